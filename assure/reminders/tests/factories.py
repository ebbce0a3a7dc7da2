"""Reminders' test data: people with and without an email address, actions they own, a meeting with members."""
import datetime

from django.core.files.base import ContentFile

from assure.actions import services as actions
from assure.meetings.models import Meeting, Paper
from assure.meetings.services import add_agenda_item, schedule_meeting
from assure.partnerships import services as partnerships
from assure.partnerships.models import Body

D = datetime.date


def person(partnership, by, full_name, email=""):
    return partnerships.create_person(partnership=partnership, full_name=full_name, email=email, by=by,
                                      confirmed_different=True)


def action(partnership, by, owners, due_date, text="Circulate the neglect strategy to every school", **kwargs):
    return actions.create_action(partnership=partnership, text=text, by=by, due_date=due_date,
                                 owners=[actions.Owner(person=p) for p in owners], **kwargs)


def board_meeting(partnership, by, members, date=D(2026, 3, 2), with_paper=True, name="Executive Board"):
    body = partnerships.create_body(partnership=partnership, name=name, kind=Body.Kind.EXECUTIVE_BOARD, by=by)
    for member in members:
        partnerships.add_member(body, person=member, by=by)
    meeting = schedule_meeting(partnership=partnership, body=body, date=date, by=by, status=Meeting.Status.HELD)
    item = add_agenda_item(meeting, title="Neglect strategy", by=by)
    if with_paper:
        Paper.objects.create(item=item, title="Neglect strategy draft", original_name="neglect.pdf",
                             file=ContentFile(b"%PDF-1.4 fictional", name="neglect.pdf"))
    return meeting
