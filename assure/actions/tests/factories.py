"""Small builders for the actions tests (fictional data)."""
import datetime

from assure.actions import services
from assure.actions.models import Action
from assure.core.audit import system_actor
from assure.meetings.models import AgendaItem, Meeting
from assure.partnerships.models import Person


def meeting(body, date, status=Meeting.Status.HELD):
    return Meeting.objects.create(partnership=body.partnership, body=body, date=date, status=status)


def item(of_meeting, number="3", title="Matters arising"):
    return AgendaItem.objects.create(meeting=of_meeting, number=number, title=title)


def person_of(user, partnership):
    return Person.objects.get(user=user, partnership=partnership)


def action(partnership, *, by=None, owners=None, text="Circulate the audit findings", **kwargs) -> Action:
    by = by or system_actor()  # tests that do not care who acted
    if owners is None:
        owners = [services.Owner(group_name="Business team")]
    else:
        owners = [o if isinstance(o, services.Owner) else services.Owner(person=o) for o in owners]
    return services.create_action(partnership=partnership, text=text, owners=owners, by=by, **kwargs)


def days(n):
    return datetime.timedelta(days=n)
