"""Reads of the partnership's structure that are more than a filter."""
from django.db.models import Case, Count, IntegerField, Value, When
from django.db.models.functions import Upper

from assure.core import clock
from assure.core.names import close_names, normalise_name

from .models import Body, Membership, Organisation, Person, Role

STATUTORY_FIRST = Case(
    *[When(kind=kind, then=Value(rank)) for rank, kind in enumerate(Organisation.STATUTORY)],
    default=Value(len(Organisation.STATUTORY)), output_field=IntegerField(),
)

ROLE_ORDER = Case(
    *[When(role=role, then=Value(rank)) for rank, role in enumerate(Membership.Role.values)],
    output_field=IntegerField(),
)

BODY_ORDER = Case(
    *[When(kind=kind, then=Value(rank)) for rank, kind in enumerate(Body.Kind.values)],
    output_field=IntegerField(),
)


def organisations(partnership):
    """Local authority, police and health first, then everyone else by name."""
    return (Organisation.objects.filter(partnership=partnership)
            .annotate(statutory_order=STATUTORY_FIRST, people_count=Count("people"))
            .order_by("statutory_order", "name"))


def close_matches(partnership, full_name: str, *, exclude_pk=None, among=None) -> list[Person]:
    """People of the partnership whose name closely matches `full_name` (core.names.closely_matches): maybe the same person.
    `among`: people already read (Person objects, or people_to_match's rows), when checking many names at once."""
    if among is None:
        among = people_to_match(partnership)
    found = [among[i] for i in close_names(full_name, [p.full_name for p in among], getattr(among, "plain", None))
             if among[i].pk != exclude_pk]
    if found and isinstance(found[0], PersonName):   # the few who match, read in full to name them
        return list(Person.objects.filter(pk__in=[p.pk for p in found]).select_related("organisation")
                    .order_by("full_name"))
    return found


class PersonName(tuple):
    """(pk, full_name) of one of the partnership's people: what the close-name check compares."""

    __slots__ = ()
    pk = property(lambda self: self[0])
    full_name = property(lambda self: self[1])


class PeopleToMatch(list):
    """people_to_match's rows, with each name normalised once (`plain`) for the many names checked against them."""

    @property
    def plain(self) -> list[str]:
        if "_plain" not in self.__dict__:
            self._plain = [normalise_name(p.full_name) for p in self]
        return self._plain


def people_to_match(partnership) -> PeopleToMatch:
    """Every name in the partnership as plain rows (hundreds, read on every import); close_matches reads in full
    only the few who closely match."""
    return PeopleToMatch(PersonName(row) for row in Person.objects.filter(partnership=partnership)
                         .order_by("full_name").values_list("pk", "full_name"))


def people(partnership):
    """The partnership's people by name (filters.PeopleFilter narrows it)."""
    return Person.objects.filter(partnership=partnership).select_related("organisation", "user").order_by("full_name", "id")


def people_sharing_initials(person):
    """Others in the partnership with the same initials: owners written as initials could mean either."""
    if not person.initials:
        return Person.objects.none()
    return (Person.objects.filter(partnership=person.partnership_id, initials__iexact=person.initials)
            .exclude(pk=person.pk).order_by("full_name"))


def shared_initials(partnership) -> set[str]:
    """Initials (upper case) held by more than one person in the partnership."""
    rows = (Person.objects.filter(partnership=partnership).exclude(initials="")
            .annotate(key=Upper("initials")).values("key").annotate(n=Count("id")).filter(n__gt=1))
    return {row["key"] for row in rows}


def bodies(partnership):
    return (Body.objects.filter(partnership=partnership).select_related("reports_to")
            .annotate(body_order=BODY_ORDER, member_count=Count("memberships")).order_by("body_order", "name"))


def members_of(body):
    """Chair, vice-chair, members, advisers; by name within each role."""
    return (Membership.objects.filter(body=body)
            .select_related("person__organisation", "deputy__organisation")
            .annotate(role_order=ROLE_ORDER)
            .order_by("role_order", "person__full_name"))


def meetings_of(body, past: int = 5) -> dict:
    """The body's next meeting and its latest few, for its page."""
    # Through the body's relation: the meetings app sits above this one and imports it, not the reverse.
    Meeting = body.meetings.model
    today = clock.today()
    meetings = body.meetings.exclude(status=Meeting.Status.CANCELLED)
    return {"next": meetings.filter(date__gte=today).order_by("date").first(),
            "recent": list(meetings.filter(date__lt=today).order_by("-date")[:past])}


def accounts(partnership):
    """The partnership's sign-in accounts with the person each belongs to."""
    people = {p.user_id: p for p in Person.objects.filter(partnership=partnership, user__isnull=False)}
    roles = list(Role.objects.filter(partnership=partnership).select_related("user").order_by("user__username"))
    for role in roles:
        role.person = people.get(role.user_id)
    return roles


def deactivated_accounts(partnership):
    """People whose account no longer has access here: they can be given access again."""
    return (Person.objects.filter(partnership=partnership, user__isnull=False)
            .exclude(user__partnership_roles__partnership=partnership).select_related("user"))


def people_without_account(partnership):
    return Person.objects.filter(partnership=partnership, user__isnull=True).order_by("full_name")


def command_actor(partnership, username: str, *, doing: str, manage: bool = True):
    """The account a command acts as (`--by USERNAME`): one with a role here that allows `doing` on the web.

    Raises ValueError with a one-line reason a person can act on.
    """
    from django.contrib.auth import get_user_model

    username = (username or "").strip()
    user = get_user_model().objects.filter(username=username).first() if username else None
    if user is None:
        raise ValueError(f"No user called '{username}'. Give the username of the person {doing} (--by USERNAME).")
    if not user.is_active:
        raise ValueError(f"The account '{username}' is deactivated, so it cannot be named as {doing}.")
    role = Role.objects.filter(user=user, partnership=partnership).first()
    if role is None:
        raise ValueError(f"'{username}' has no role in {partnership.name}. Name someone of its business team, "
                         "or give them a role on its Accounts page.")
    if manage and not role.can_manage:
        raise ValueError(f"'{username}' is {role.get_kind_display().lower()} in {partnership.name}; only its "
                         f"business team can be named as {doing}.")
    return user
