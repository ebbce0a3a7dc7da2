"""What owners and the business team receive, when, and only once (clock: Monday 9 March 2026, the default
digest day)."""
import datetime

import pytest
from django.core import mail as outbox

from assure.actions.models import Action
from assure.core.audit import MissingActor
from assure.mail.models import Email
from assure.partnerships.models import Person
from assure.reminders import compose, queries, services
from assure.reviews.tests import factories as review_factories

from . import factories

D = datetime.date
TODAY = D(2026, 3, 9)


@pytest.fixture
def people(partnership, business_user):
    by = business_user
    return {
        "ana": factories.person(partnership, by, "Ana Clarke", "ana.clarke@example.org"),
        "ben": factories.person(partnership, by, "Ben Osei", "ben.osei@example.org"),
        "cal": factories.person(partnership, by, "Cal Whitby"),        # no email address
    }


def sent(kind=None):
    return [e for e in Email.objects.order_by("pk") if kind is None or e.kind == kind]


def test_an_owner_is_reminded_the_partnership_s_days_before_an_action_is_due(partnership, business_user, people):
    due = factories.action(partnership, business_user, [people["ana"], people["cal"]], D(2026, 3, 16))
    factories.action(partnership, business_user, [people["ben"]], D(2026, 3, 17), text="Later than seven days")
    plan = services.send_reminders(partnership, by=business_user, digests=False)
    [email] = sent()
    assert (email.to, email.kind, email.status) == ("ana.clarke@example.org", "reminder", Email.Status.SENT)
    assert email.subject == "Action due 16 March 2026: Circulate the neglect strategy to every school"
    assert f"/p/fenbridge/actions/{due.pk}/" in email.body and "/p/fenbridge/emails/" in email.body
    assert email.attachments == [] and outbox.outbox[0].attachments == []
    assert plan.without_email == [people["cal"]]


def test_the_partnership_chooses_how_many_days_before(partnership, business_user, people):
    factories.action(partnership, business_user, [people["ana"]], D(2026, 3, 14))
    settings = queries.settings_for(partnership)
    services.update_settings(partnership, by=business_user, expected_version=settings.version, days_before_due=3,
                             digest_weekday=0, team_digest=True)
    assert services.send_reminders(partnership, by=business_user, digests=False).emails == []
    [email] = services.send_reminders(partnership, by=business_user, digests=False, today=D(2026, 3, 11)).emails
    assert email.subject.startswith("Action due 14 March 2026: ")


def test_an_action_that_falls_overdue_gets_one_notice_and_a_long_overdue_one_none(partnership, business_user, people):
    factories.action(partnership, business_user, [people["ben"]], D(2026, 3, 6), text="Send the audit report")
    factories.action(partnership, business_user, [people["ben"]], D(2026, 1, 6), text="Book the venue")
    factories.action(partnership, business_user, [people["ben"]], D(2026, 3, 6), text="Done already",
                     status=Action.Status.COMPLETED)
    services.send_reminders(partnership, by=business_user, digests=False)
    assert [e.subject for e in sent()] == ["Overdue action: Send the audit report"]
    assert services.send_reminders(partnership, by=business_user, digests=False, today=D(2026, 3, 10)).emails == []


def test_each_person_s_choices_are_respected(partnership, business_user, people):
    factories.action(partnership, business_user, [people["ana"], people["ben"]], D(2026, 3, 12))
    services.update_preferences(people["ana"], by=business_user, expected_version=1, due_soon=False)
    plan = services.send_reminders(partnership, by=business_user, digests=False)
    assert [e.to for e in sent()] == ["ben.osei@example.org"]
    assert plan.turned_off == [people["ana"]]


def test_a_second_run_the_same_day_sends_nothing_twice(partnership, business_user, people):
    factories.action(partnership, business_user, [people["ana"]], D(2026, 3, 12))
    factories.action(partnership, business_user, [people["ben"]], D(2026, 3, 5))
    first = services.send_reminders(partnership, by=business_user)
    assert len(first.emails) == len(sent()) > 2          # reminder, overdue notice, two digests
    assert services.send_reminders(partnership, by=business_user).emails == []
    assert compose.unsent(compose.day(partnership, TODAY)).emails == []
    assert len(sent()) == len(first.emails)


def test_the_weekly_digest_lists_a_person_s_open_actions_on_the_digest_day_only(partnership, business_user, people):
    factories.action(partnership, business_user, [people["ana"]], D(2026, 3, 2), text="Overdue one")
    factories.action(partnership, business_user, [people["ana"]], D(2026, 3, 20), text="Soon one")
    factories.action(partnership, business_user, [people["ana"]], D(2026, 6, 1), text="Later one")
    assert compose.digests(partnership, TODAY).emails
    assert not services.send_reminders(partnership, by=business_user, today=D(2026, 3, 10)).emails
    services.send_reminders(partnership, by=business_user)
    [digest] = sent("digest")
    assert digest.subject == "Your actions this week: 1 overdue, 1 due soon"
    assert digest.body.index("Overdue one") < digest.body.index("Soon one") < digest.body.index("Later one")
    assert "/p/fenbridge/actions/mine/" in digest.body


def test_the_business_team_digest_covers_the_partnership(partnership, business_user, member_user, people):
    Person.objects.filter(user=business_user).update(email="bea.business@example.org")
    factories.action(partnership, business_user, [people["cal"]], D(2026, 3, 2), text="Overdue for Cal")
    factories.action(partnership, business_user, [people["ben"]], D(2026, 3, 13), text="Due this week for Ben")
    case = review_factories.case(partnership, business_user, date_aware=D(2026, 3, 2), date_notified=None)
    services.send_reminders(partnership, by=business_user)
    [team] = sent("team-digest")
    assert team.to == "bea.business@example.org"
    assert team.subject == "Partnership actions this week: 1 overdue, 1 due in 7 days"
    assert "Overdue for Cal" in team.body and "Due this week for Ben" in team.body
    assert f"/p/fenbridge/reviews/cases/{case.pk}/" in team.body and case.pseudonym in team.body
    assert "no email address (they get no reminders): Cal Whitby" in team.body
    settings = queries.settings_for(partnership)
    services.update_settings(partnership, by=business_user, expected_version=settings.version, days_before_due=7,
                             digest_weekday=0, team_digest=False)
    assert not [e for e in compose.digests(partnership, TODAY).emails if e.kind == "team-digest"]


def test_sending_needs_someone_to_send_as(partnership):
    with pytest.raises(MissingActor):
        services.send_reminders(partnership, by=None)
