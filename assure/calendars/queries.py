"""What each feed holds, and who an invitation goes to. Feeds look back a year and forward without limit."""
import datetime
from dataclasses import dataclass

from django.db.models import Q

from assure.actions import queries as action_queries
from assure.core import clock
from assure.mail.models import Email
from assure.meetings.models import Meeting
from assure.partnerships.models import Body, Membership, Person

LOOK_BACK = datetime.timedelta(days=366)


def person_of(user, partnership):
    return Person.objects.filter(partnership=partnership, user=user).first()


def role_of(user, partnership):
    return user.partnership_roles.filter(partnership=partnership).first()


def _recent(meetings):
    return (meetings.filter(date__gte=clock.today() - LOOK_BACK)
            .select_related("body", "partnership").order_by("date", "start_time", "pk"))


def bodies_sat_on(person):
    """The bodies a person is a member of, or the named deputy of a member of."""
    if person is None:
        return Body.objects.none()
    return Body.objects.filter(Q(memberships__person=person) | Q(memberships__deputy=person)).distinct()


def person_meetings(partnership, person):
    if person is None:
        return Meeting.objects.none()
    return _recent(Meeting.objects.filter(partnership=partnership).filter(
        Q(body__in=bodies_sat_on(person)) | Q(attendance__person=person)).distinct())


def person_actions(partnership, person) -> list:
    """(action, due date) for the person's live actions that have a due date (an action due "at the next meeting"
    takes that meeting's date)."""
    return [(a, a.effective_due) for a in action_queries.my_live_actions(partnership, person)
            if a.effective_due is not None]


def body_meetings(body):
    return _recent(Meeting.objects.filter(body=body))


def bodies(partnership):
    return Body.objects.filter(partnership=partnership).order_by("name")


@dataclass
class Recipient:
    person: Person
    why: str          # "Member", "Chair", "Deputy for Lena Ashworth"
    key: str          # the outbox key of this person's invitation at the meeting's current version
    already_sent: bool = False


def invitation_key(meeting, person) -> str:
    """One email per person per version of the meeting: sending again after a change sends the update, and
    sending twice at the same version sends nothing twice."""
    method = "cancel" if meeting.status == Meeting.Status.CANCELLED else "request"
    return f"invitation:meeting-{meeting.pk}:person-{person.pk}:seq-{meeting.version}:{method}"


def invitation_recipients(meeting) -> tuple[list[Recipient], list[Recipient]]:
    """(with an email address, without one): the body's members and their named deputies, once each."""
    seen, found = set(), []
    for membership in (Membership.objects.filter(body=meeting.body).select_related("person", "deputy")
                       .order_by("person__full_name")):
        found.append((membership.person, membership.get_role_display()))
        if membership.deputy_id:
            found.append((membership.deputy, f"Deputy for {membership.person.full_name}"))
    recipients = []
    for person, why in found:
        if person.pk in seen:
            continue
        seen.add(person.pk)
        recipients.append(Recipient(person=person, why=why, key=invitation_key(meeting, person)))
    sent = set(Email.objects.filter(key__in=[r.key for r in recipients]).values_list("key", flat=True))
    for r in recipients:
        r.already_sent = r.key in sent
    return [r for r in recipients if r.person.email], [r for r in recipients if not r.person.email]
