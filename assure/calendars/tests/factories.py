"""Boards, people and meetings for the calendar tests (fictional)."""
import datetime

from assure.meetings import services as meetings
from assure.partnerships.models import Body, Membership, Person


def body(partnership, name="Executive Board", kind=Body.Kind.EXECUTIVE_BOARD):
    return Body.objects.create(partnership=partnership, name=name, kind=kind)


def person(partnership, name, email="", user=None):
    person = Person.objects.filter(partnership=partnership, user=user).first() if user else None
    if person is None:
        person = Person.objects.create(partnership=partnership, full_name=name, email=email, user=user)
    elif email:
        person.email = email
        person.save()
    return person


def member(body, person, deputy=None):
    return Membership.objects.create(body=body, person=person, deputy=deputy)


def meeting(body, by, date=datetime.date(2026, 4, 20), start_time=datetime.time(10, 0), location="Room 2, Fenbridge Hall"):
    return meetings.schedule_meeting(partnership=body.partnership, body=body, date=date, start_time=start_time,
                                     location=location, by=by)
