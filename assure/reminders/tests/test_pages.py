"""'Your emails' for every role, the reminder settings for the business team, the links to them, and the daily
run at 07:00 London time."""
import datetime

from django.urls import reverse

from assure.conftest import make_user, signed_in_client
from assure.mail.services import queue_email
from assure.partnerships.models import Person, Role
from assure.reminders import queries, tasks
from assure.reminders.models import Preference, ReminderSettings


def choices(**changes):
    data = {"version": "1", "due_soon": "on", "overdue": "on", "digest": "on", "circulation": "on"}
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_every_role_chooses_its_own_emails(business_user, member_user, readonly_user):
    for user in (business_user, member_user, readonly_user):
        client = signed_in_client(user)
        url = reverse("reminders:mine", args=["fenbridge"])
        assert "What do you want to receive?" in client.get(url).content.decode()
        response = client.post(url, choices(digest=None), follow=True)
        assert "Your choice of emails is saved." in response.content.decode()
        preference = Preference.objects.get(person__user=user)
        assert (preference.due_soon, preference.digest, preference.circulation) == (True, False, True)


def test_a_stale_page_saves_nothing(member_user):
    client = signed_in_client(member_user)
    url = reverse("reminders:mine", args=["fenbridge"])
    client.post(url, choices(digest=None))
    response = client.post(url, choices(overdue=None))          # version 1 again: someone saved since
    assert response.status_code == 200 and "Someone else changed this record" in response.content.decode()
    assert Preference.objects.get(person__user=member_user).overdue is True


def test_the_page_lists_emails_sent_to_you_and_no_one_else_s(partnership, member_user, business_user):
    me = queries.person_of(member_user, partnership)
    queue_email(partnership=partnership, to="mo@example.org", subject="Action due 16 March 2026: Mine",
                body="b", kind="reminder", person=me)
    queue_email(partnership=partnership, to="bea@example.org", subject="Someone else's", body="b", kind="reminder",
                person=queries.person_of(business_user, partnership))
    page = signed_in_client(member_user).get(reverse("reminders:mine", args=["fenbridge"])).content.decode()
    assert "Action due 16 March 2026: Mine" in page and "Someone else&#x27;s" not in page
    assert reverse("reminders:outbox", args=["fenbridge"]) not in page


def test_a_sign_in_with_no_person_is_told_why_nothing_comes(partnership):
    user = make_user(partnership, Role.Kind.MEMBER, "nell", "Nell Unlinked")
    Person.objects.filter(user=user).update(user=None)
    page = signed_in_client(user).get(reverse("reminders:mine", args=["fenbridge"])).content.decode()
    assert "not linked to a person" in page


def test_my_actions_links_to_your_emails(member_user):
    page = signed_in_client(member_user).get(reverse("actions:mine", args=["fenbridge"])).content.decode()
    assert reverse("reminders:mine", args=["fenbridge"]) in page


def test_the_business_team_sets_the_days_and_the_digest_day(partnership, business_user):
    client = signed_in_client(business_user)
    url = reverse("reminders:settings", args=["fenbridge"])
    response = client.post(url, {"version": "1", "days_before_due": "0", "digest_weekday": "2"})
    assert "Days before an action is due must be 1 or more" in response.content.decode()
    assert not ReminderSettings.objects.exists()
    client.post(url, {"version": "1", "days_before_due": "10", "digest_weekday": "2"})
    settings = queries.settings_for(partnership)
    assert (settings.days_before_due, settings.digest_weekday, settings.team_digest) == (10, 2, False)


def test_the_business_team_only_changes_the_settings(member_user, readonly_user):
    for user in (member_user, readonly_user):
        client = signed_in_client(user)
        assert client.post(reverse("reminders:settings", args=["fenbridge"]),
                           {"version": "1", "days_before_due": "3", "digest_weekday": "1"}).status_code == 403
        assert client.get(reverse("reminders:outbox", args=["fenbridge"])).status_code == 403
    assert not ReminderSettings.objects.exists()


def test_the_daily_run_is_at_seven_in_london_winter_and_summer():
    due = tasks.at_london_time(tasks.SEND_AT)
    utc = datetime.UTC
    assert due(datetime.datetime(2026, 1, 12, 7, 0))                          # GMT: huey's naive UTC clock
    assert not due(datetime.datetime(2026, 7, 13, 7, 0))
    assert due(datetime.datetime(2026, 7, 13, 6, 0, tzinfo=utc))              # BST
    assert not due(datetime.datetime(2026, 1, 12, 7, 1))


def test_the_daily_task_sends_as_assure_itself(partnership, business_user):
    from . import factories

    ana = factories.person(partnership, business_user, "Ana Clarke", "ana.clarke@example.org")
    factories.action(partnership, business_user, [ana], datetime.date(2026, 3, 12))
    assert tasks.send_daily_reminders.call_local() == 2      # the reminder and Ana's weekly digest (Monday)
    assert tasks.send_daily_reminders.call_local() == 0
