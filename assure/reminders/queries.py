"""Reads for reminders: the partnership's settings and each person's choices, as defaults when none are saved
(so a dry run, or a page, writes nothing)."""
from django.conf import settings as django_settings
from django.urls import reverse

from assure.partnerships.models import Person, Role

from .models import Preference, ReminderSettings


def settings_for(partnership) -> ReminderSettings:
    return (ReminderSettings.objects.filter(partnership=partnership).first()
            or ReminderSettings(partnership=partnership))


def preference_for(person) -> Preference:
    return Preference.objects.filter(person=person).first() or Preference(person=person)


def preferences_of(people) -> dict[int, Preference]:
    """Each person's choices by person id, in one query; defaults for those who have not chosen."""
    people = list(people)
    saved = {p.person_id: p for p in Preference.objects.filter(person__in=[p.pk for p in people])}
    return {person.pk: saved.get(person.pk) or Preference(person=person) for person in people}


def person_of(user, partnership) -> Person | None:
    """The person this sign-in is in the partnership, if the business team linked one."""
    return Person.objects.filter(partnership=partnership, user=user).first()


def business_team(partnership) -> list[Person]:
    """The people whose sign-in is in the partnership's business team: the team digest's readers."""
    users = Role.objects.filter(partnership=partnership, kind=Role.Kind.BUSINESS_TEAM).values("user")
    return list(Person.objects.filter(partnership=partnership, user__in=users).order_by("full_name", "pk"))


def site_link(name: str, *args) -> str:
    """A page's full address for an email (no request to read the host from: settings.SITE_URL)."""
    return django_settings.SITE_URL + reverse(name, args=args)
