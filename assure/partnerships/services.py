"""Every change to the partnership's structure goes through these functions, each atomic and naming who acted.

They raise ValidationError with a message a person can act on; a refused change writes nothing.
"""
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.db import transaction
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from assure.core import names
from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.ordering import move_in_order
from assure.core.transactions import atomic

from .models import Body, Membership, Organisation, Partnership, Person, Priority, Role
from .queries import close_matches, people_to_match


def _save(obj, reason: str = ""):
    """Save, with the reason for the change on its history row (the @service names who acted)."""
    if reason:
        obj._change_reason = reason
    obj.save()
    return obj


def _text(value) -> str:
    return " ".join((value or "").split())


def _check_same_partnership(partnership, obj, what: str):
    if obj is not None and obj.partnership_id != partnership.pk:
        raise ValidationError(f"{what} must belong to {partnership}.")


# --- Organisations -------------------------------------------------------------------------------

def _check_organisation(partnership, name, kind, exclude_pk=None):
    if not name:
        raise ValidationError("Enter the organisation's name.")
    if kind not in Organisation.Kind.values:
        raise ValidationError("Choose what kind of organisation this is.")
    clash = Organisation.objects.filter(partnership=partnership, name__iexact=name).exclude(pk=exclude_pk)
    if clash.exists():
        raise ValidationError(f"There is already an organisation called '{clash.first().name}' in this partnership.")


@service
@transaction.atomic
def create_organisation(*, partnership: Partnership, name: str, kind: str, short_name: str = "", by) -> Organisation:
    name, short_name = _text(name), _text(short_name)
    _check_organisation(partnership, name, kind)
    return _save(Organisation(partnership=partnership, name=name, short_name=short_name, kind=kind))


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def create_organisations(*, partnership: Partnership, names, by, kind: str = Organisation.Kind.OTHER) -> list[Organisation]:
    """create_organisation for several new names at once (organisations named in imported minutes): the same
    checks, one read of the partnership's names, one insert and one history insert."""
    wanted = {}
    for name in names:
        name = _text(name)
        if not name:
            raise ValidationError("Enter the organisation's name.")
        wanted.setdefault(name.casefold(), name)
    if kind not in Organisation.Kind.values:
        raise ValidationError("Choose what kind of organisation this is.")
    if not wanted:
        return []
    taken = {n.casefold(): n for n in Organisation.objects.filter(partnership=partnership).values_list("name", flat=True)}
    for key in wanted:
        if key in taken:
            raise ValidationError(f"There is already an organisation called '{taken[key]}' in this partnership.")
    return bulk_create_with_history([Organisation(partnership=partnership, name=name, kind=kind)
                                     for name in wanted.values()], Organisation)


@service
@transaction.atomic
def update_organisation(organisation: Organisation, *, name: str, kind: str, short_name: str = "",
                        by, expected_version: int) -> Organisation:
    name, short_name = _text(name), _text(short_name)
    _check_organisation(organisation.partnership, name, kind, exclude_pk=organisation.pk)
    claim_version(Organisation, organisation.pk, expected_version)
    organisation.refresh_from_db()
    organisation.name, organisation.kind, organisation.short_name = name, kind, short_name
    return _save(organisation)


# --- People --------------------------------------------------------------------------------------

def _check_person(partnership, full_name, organisation):
    if not full_name:
        raise ValidationError("Enter the person's full name.")
    _check_same_partnership(partnership, organisation, "The organisation")


def _check_not_a_second_person(partnership, full_name: str, confirmed_different: bool, exclude_pk=None,
                               among=None) -> None:
    """A name closely matching someone already here is refused until the person adding it confirms it is someone else."""
    if confirmed_different:
        return
    matches = close_matches(partnership, full_name, exclude_pk=exclude_pk, among=among)
    if matches:
        listed = ", ".join(m.full_name + (f" ({m.organisation})" if m.organisation_id else "") for m in matches[:3])
        raise ValidationError(f"{full_name} closely matches {listed}, already in this partnership. Choose the existing "
                              "person, or confirm that this is a different person.", code="close_match")


@service
@transaction.atomic
def create_person(*, partnership: Partnership, full_name: str, by, initials: str = "", job_title: str = "",
                  organisation: Organisation | None = None, email: str = "", confirmed_different: bool = False) -> Person:
    """Add a person. A name closely matching someone already here needs `confirmed_different=True`."""
    full_name = _text(full_name)
    _check_person(partnership, full_name, organisation)
    _check_not_a_second_person(partnership, full_name, confirmed_different)
    person = Person(partnership=partnership, full_name=full_name,
                    initials=(initials or "").replace(" ", "") or names.initials(full_name),
                    job_title=_text(job_title), organisation=organisation, email=(email or "").strip())
    return _save(person)


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def create_people(*, partnership: Partnership, people, by) -> list[Person]:
    """create_person for several people at once (an imported attendance list): `people` are dicts of
    create_person's keyword arguments (full_name, and optionally initials, job_title, organisation, email,
    confirmed_different). The same checks; one insert and one history insert. All or nothing."""
    new, existing = [], None
    for fields in people:
        full_name = _text(fields.get("full_name"))
        organisation = fields.get("organisation")
        _check_person(partnership, full_name, organisation)
        if not fields.get("confirmed_different", False) and existing is None:
            existing = people_to_match(partnership)   # read once for the whole list, not once a name
        _check_not_a_second_person(partnership, full_name, fields.get("confirmed_different", False), among=existing)
        person = Person(partnership=partnership, full_name=full_name,
                        initials=(fields.get("initials") or "").replace(" ", "") or names.initials(full_name),
                        job_title=_text(fields.get("job_title")), organisation=organisation,
                        email=(fields.get("email") or "").strip())
        new.append(person)
    if new:
        bulk_create_with_history(new, Person)
    return new


@service
@transaction.atomic
def update_person(person: Person, *, full_name: str, by, expected_version: int, initials: str = "",
                  job_title: str = "", organisation: Organisation | None = None, email: str = "",
                  confirmed_different: bool = False) -> Person:
    """Change a person. Renaming them to a name closely matching someone else here needs `confirmed_different=True`."""
    full_name = _text(full_name)
    _check_person(person.partnership, full_name, organisation)
    claim_version(Person, person.pk, expected_version)
    person.refresh_from_db()
    if full_name.casefold() != person.full_name.casefold():
        _check_not_a_second_person(person.partnership, full_name, confirmed_different, exclude_pk=person.pk)
    person.full_name = full_name
    person.initials = (initials or "").replace(" ", "") or names.initials(full_name)
    person.job_title = _text(job_title)
    person.organisation = organisation
    person.email = (email or "").strip()
    return _save(person)


# --- Bodies --------------------------------------------------------------------------------------

def _check_body(partnership, name, kind, reports_to, body=None):
    if not name:
        raise ValidationError("Enter the name of the board or group.")
    if kind not in Body.Kind.values:
        raise ValidationError("Choose whether this is the Executive Board, a partnership group or a subgroup.")
    clash = Body.objects.filter(partnership=partnership, name__iexact=name).exclude(pk=getattr(body, "pk", None))
    if clash.exists():
        raise ValidationError(f"There is already a board or group called '{clash.first().name}'.")
    if reports_to is None:
        return
    _check_same_partnership(partnership, reports_to, "The group it reports to")
    # Walk up the chain: a group cannot report to itself, directly or through others.
    seen, current = set(), reports_to
    while current is not None and current.pk not in seen:
        if body is not None and current.pk == body.pk:
            raise ValidationError(f"{name} cannot report to {reports_to}: that would make a loop.")
        seen.add(current.pk)
        current = current.reports_to


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def create_body(*, partnership: Partnership, name: str, kind: str, by, short_name: str = "",
                reports_to: Body | None = None) -> Body:
    name, short_name = _text(name), _text(short_name)
    _check_body(partnership, name, kind, reports_to)
    return _save(Body(partnership=partnership, name=name, short_name=short_name, kind=kind, reports_to=reports_to))


@service
@transaction.atomic
def update_body(body: Body, *, name: str, kind: str, by, expected_version: int, short_name: str = "",
                reports_to: Body | None = None) -> Body:
    name, short_name = _text(name), _text(short_name)
    _check_body(body.partnership, name, kind, reports_to, body=body)
    claim_version(Body, body.pk, expected_version)
    body.refresh_from_db()
    body.name, body.kind, body.short_name, body.reports_to = name, kind, short_name, reports_to
    return _save(body)


# --- Priorities ----------------------------------------------------------------------------------

def _check_priority(partnership, title, first_year, last_year, priority=None):
    if not title:
        raise ValidationError({"title": "Enter the priority, for example 'Neglect'."})
    if len(title) > 200:
        raise ValidationError({"title": "The priority must be 200 characters or fewer."})
    for field, year in (("first_year", first_year), ("last_year", last_year)):
        if year is not None and not 2000 <= year <= 2100:
            raise ValidationError({field: "Enter the first year of a financial year, for example 2026 for 2026/27."})
    if first_year is not None and last_year is not None and last_year < first_year:
        raise ValidationError({"last_year": "The last year must be the same as or after the first year."})
    clash = Priority.objects.filter(partnership=partnership, title__iexact=title).exclude(pk=getattr(priority, "pk", None))
    if clash.exists():
        raise ValidationError({"title": f"There is already a priority called '{clash.first().title}'."})


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def add_priority(*, partnership: Partnership, title: str, by, description: str = "", first_year: int | None = None,
                 last_year: int | None = None) -> Priority:
    title = _text(title)
    _check_priority(partnership, title, first_year, last_year)
    position = partnership.priorities.count() + 1
    return _save(Priority(partnership=partnership, title=title, description=(description or "").strip(),
                          first_year=first_year, last_year=last_year, position=position))


@service
@transaction.atomic
def edit_priority(priority: Priority, *, title: str, by, expected_version: int, description: str = "",
                  first_year: int | None = None, last_year: int | None = None) -> Priority:
    title = _text(title)
    _check_priority(priority.partnership, title, first_year, last_year, priority=priority)
    claim_version(Priority, priority.pk, expected_version)
    priority.refresh_from_db()
    priority.title, priority.description = title, (description or "").strip()
    priority.first_year, priority.last_year = first_year, last_year
    return _save(priority)


@service
@transaction.atomic
def move_priority(priority: Priority, *, by, direction: str) -> None:
    """Swap a priority with its neighbour in the partnership's order: direction is "up" or "down"."""
    if direction not in ("up", "down"):
        raise ValidationError("Choose whether to move the priority up or down.")
    # Lock the partnership's priorities so two moves at once do not interleave.
    ordered = list(Priority.objects.select_for_update().filter(partnership_id=priority.partnership_id)
                   .order_by("position", "title", "id"))
    moved = move_in_order(ordered, priority, direction)
    if moved is None:
        raise ValidationError(f"{priority} is already {'first' if direction == 'up' else 'last'} in the order.")
    # With history, so who reordered the priorities is on the record like any other change.
    bulk_update_with_history(moved, Priority, ["position"])


# --- Memberships ---------------------------------------------------------------------------------

def _check_membership(body, person, role, deputy):
    partnership = body.partnership
    if role not in Membership.Role.values:
        raise ValidationError("Choose the member's role: chair, vice-chair, member or adviser.")
    if person.partnership_id != partnership.pk:
        raise ValidationError(f"A member must be one of the people of {partnership}.")
    if deputy is not None:
        if deputy.partnership_id != partnership.pk:
            raise ValidationError(f"The deputy must be one of the people of {partnership}. "
                                  "Add them on the People page first.")
        if deputy.pk == person.pk:
            raise ValidationError("A member cannot be their own deputy. Choose someone else or leave it empty.")


@service
@transaction.atomic
def add_member(body: Body, *, person: Person, by, role: str = Membership.Role.MEMBER,
               deputy: Person | None = None) -> Membership:
    _check_membership(body, person, role, deputy)
    if Membership.objects.filter(body=body, person=person).exists():
        raise ValidationError(f"{person} is already a member of {body}. Change their role or deputy instead.")
    return _save(Membership(body=body, person=person, role=role, deputy=deputy))


@service
@transaction.atomic
def update_membership(membership: Membership, *, role: str, by, expected_version: int,
                      deputy: Person | None = None) -> Membership:
    _check_membership(membership.body, membership.person, role, deputy)
    claim_version(Membership, membership.pk, expected_version)
    membership.refresh_from_db()
    membership.role, membership.deputy = role, deputy
    return _save(membership)


@service
@transaction.atomic
def remove_member(membership: Membership, *, by) -> None:
    membership.delete()


# --- Sign-in accounts ----------------------------------------------------------------------------

def temporary_password() -> str:
    """Given once to the business team to pass on; long and random, so it passes every password rule."""
    return secrets.token_urlsafe(15)


def _check_not_last_business_team(role: Role, action: str):
    if role.kind != Role.Kind.BUSINESS_TEAM:
        return
    others = Role.objects.filter(partnership=role.partnership, kind=Role.Kind.BUSINESS_TEAM,
                                 user__is_active=True).exclude(pk=role.pk)
    if not others.exists():
        raise ValidationError(f"You cannot {action} the last business team account: "
                              "give someone else the business team role first.")


@service
@transaction.atomic
def create_account(*, partnership: Partnership, person: Person, username: str, kind: str, by,
                   password: str | None = None) -> tuple[Role, str]:
    """A sign-in for one of the partnership's people. Returns the role and the temporary password.

    At first sign-in the user sets up their authenticator app (the sign-in pages insist on it).
    """
    User = get_user_model()
    username = (username or "").strip()
    if not username:
        raise ValidationError("Enter a username.")
    try:
        UnicodeUsernameValidator()(username)
    except ValidationError:
        raise ValidationError("A username may contain only letters, numbers and @ . + - _ characters.") from None
    if kind not in Role.Kind.values:
        raise ValidationError("Choose a role: business team, member or read-only.")
    _check_same_partnership(partnership, person, "The person")
    if person.user_id is not None:
        if not Role.objects.filter(user_id=person.user_id, partnership=partnership).exists():
            raise ValidationError(f"{person} already has an account ({person.user.get_username()}) without access "
                                  "here. Give it access again from the list of deactivated accounts.")
        raise ValidationError(f"{person} already has an account ({person.user.get_username()}).")
    if User.objects.filter(username__iexact=username).exists():
        raise ValidationError(f"The username '{username}' is taken. Choose another.")
    password = password or temporary_password()
    user = User.objects.create_user(username=username, password=password, email=person.email)
    person.user = user
    _save(person, "Sign-in account created")
    role = _save(Role(user=user, partnership=partnership, kind=kind))
    return role, password


@service
@transaction.atomic
def change_role(role: Role, *, kind: str, by) -> Role:
    if kind not in Role.Kind.values:
        raise ValidationError("Choose a role: business team, member or read-only.")
    if kind != role.kind:
        _check_not_last_business_team(role, "change the role of")
    role.kind = kind
    return _save(role)


@service
@transaction.atomic
def deactivate_account(role: Role, *, by) -> None:
    """End the user's access to this partnership. If it was their only partnership, they can no longer sign in.

    Their person record, attendance and actions stay; the account can be given access again later.
    """
    if role.user_id == getattr(by, "pk", None):
        raise ValidationError("You cannot deactivate your own account. Ask another member of the business team.")
    _check_not_last_business_team(role, "deactivate")
    user = role.user
    role.delete()
    if not user.partnership_roles.exists() and not user.is_superuser:
        # An inactive user is signed out on their next request and cannot sign in again.
        user.is_active = False
        user.save(update_fields=["is_active"])


@service
@transaction.atomic
def reactivate_account(person: Person, *, kind: str, by) -> Role:
    if person.user_id is None:
        raise ValidationError(f"{person} has no account to give access to. Create one instead.")
    if kind not in Role.Kind.values:
        raise ValidationError("Choose a role: business team, member or read-only.")
    if Role.objects.filter(user=person.user, partnership=person.partnership).exists():
        raise ValidationError(f"{person} already has access to this partnership.")
    user = person.user
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    return _save(Role(user=user, partnership=person.partnership, kind=kind))


@service
@transaction.atomic
def reset_sign_in(role: Role, *, by) -> str:
    """A lost phone: new temporary password, authenticator and backup codes removed; set up again at sign-in.

    Refused for accounts that also belong to another partnership, whose business team must agree.
    """
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    user = role.user
    if user.partnership_roles.exclude(partnership=role.partnership).exists() or user.is_superuser:
        raise ValidationError("This account also belongs to another partnership; ask a platform administrator "
                              "to reset its sign-in.")
    if user.pk == getattr(by, "pk", None):
        raise ValidationError("You cannot reset your own sign-in here. Ask another member of the business team.")
    password = temporary_password()
    user.set_password(password)
    user.save(update_fields=["password"])
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    return password
