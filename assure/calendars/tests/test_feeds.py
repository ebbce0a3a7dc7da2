"""The secret feed addresses: what each feed holds for whom, and when an address stops working."""
import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from assure.actions.services import Owner, create_action
from assure.conftest import make_user, signed_in_client
from assure.meetings.models import Attendance
from assure.partnerships.models import Body, Role

from .. import services
from ..models import FeedLink
from . import factories


def feed_url(partnership, token):
    return reverse("calendars:feed", args=[partnership.slug, token])


def dates(response):
    return sorted(str(e["DTSTART"].dt)[:10] + " " + str(e["SUMMARY"])
                  for e in Calendar.from_ical(response.content).walk("VEVENT"))


@pytest.fixture
def setting(partnership, business_user, member_user):
    """Mo sits on the board; the subgroup is not his, except one meeting he attended; Kit is Mo's deputy."""
    board = factories.body(partnership)
    subgroup = factories.body(partnership, "Exploitation Subgroup", Body.Kind.SUBGROUP)
    mo = factories.person(partnership, "Mo Member", user=member_user)
    kit = factories.person(partnership, "Kit Deputy")
    factories.member(board, mo, deputy=kit)
    board_meeting = factories.meeting(board, business_user, date=datetime.date(2026, 4, 20))
    sub_meeting = factories.meeting(subgroup, business_user, date=datetime.date(2026, 4, 21))
    attended = factories.meeting(subgroup, business_user, date=datetime.date(2026, 3, 2))
    Attendance.objects.create(meeting=attended, person=mo, status=Attendance.Status.PRESENT)
    return {"board": board, "subgroup": subgroup, "mo": mo, "kit": kit, "board_meeting": board_meeting,
            "sub_meeting": sub_meeting, "attended": attended}


def test_a_persons_feed_holds_their_bodies_attended_meetings_and_due_actions(partnership, member_user,
                                                                             business_user, setting):
    mine = create_action(partnership=partnership, text="Send the audit", due_date=datetime.date(2026, 4, 30),
                         owners=[Owner(person=setting["mo"])], by=business_user)
    create_action(partnership=partnership, text="Someone else's", due_date=datetime.date(2026, 4, 29),
                  owners=[Owner(person=setting["kit"])], by=business_user)
    token = services.reset_feed(partnership, by=member_user)
    response = Client().get(feed_url(partnership, token))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "no-store"
    assert "attachment" not in response.get("Content-Disposition", "")
    assert dates(response) == ["2026-03-02 Exploitation Subgroup meeting", "2026-04-20 Executive Board meeting",
                               f"2026-04-30 Action {mine.pk} due"]
    # The subgroup's meeting of 21 April is not Mo's: never in his feed.
    assert b"20260421" not in response.content


def test_a_deputy_sees_the_meetings_of_the_body_they_deputise_on(partnership, setting):
    kit_user = make_user(partnership, Role.Kind.READ_ONLY, "kit", "Kit Deputy")
    kit_user.people.all().delete()   # make_user's own person; Kit is the one named as deputy
    kit = setting["kit"]
    kit.user = kit_user
    kit.save()
    token = services.reset_feed(partnership, by=kit_user)
    assert dates(Client().get(feed_url(partnership, token))) == ["2026-04-20 Executive Board meeting"]


def test_a_bodys_feed_holds_its_meetings_only(partnership, readonly_user, setting):
    token = services.reset_feed(partnership, by=readonly_user, body=setting["subgroup"])
    assert dates(Client().get(feed_url(partnership, token))) == [
        "2026-03-02 Exploitation Subgroup meeting", "2026-04-21 Exploitation Subgroup meeting"]


def test_reset_stops_the_old_address_at_once(partnership, member_user, setting):
    client = signed_in_client(member_user)
    client.post(reverse("calendars:reset", args=[partnership.slug]))
    page = client.get(reverse("calendars:mine", args=[partnership.slug]))
    old = page.context["mine"]["https"]
    assert Client().get(old).status_code == 200
    response = client.post(reverse("calendars:reset", args=[partnership.slug]))
    assert response.status_code == 302
    assert Client().get(old).status_code == 404
    new = client.get(reverse("calendars:mine", args=[partnership.slug])).context["mine"]["https"]
    assert new != old and Client().get(new).status_code == 200


def test_the_reset_page_asks_first_and_warns(partnership, member_user, setting):
    client = signed_in_client(member_user)
    url = reverse("calendars:body-reset", args=[partnership.slug, setting["board"].pk])
    assert "Make an address" in client.get(url).content.decode()
    client.post(url)
    page = client.get(url).content.decode()
    assert "Reset the address of the calendar of Executive Board?" in page and "stops working" in page


def test_the_page_shows_https_and_webcal_addresses(partnership, readonly_user, setting):
    client = signed_in_client(readonly_user)
    client.post(reverse("calendars:body-reset", args=[partnership.slug, setting["board"].pk]))
    page = client.get(reverse("calendars:mine", args=[partnership.slug]))
    text = page.content.decode()
    row = next(r for r in page.context["bodies"] if r["body"] == setting["board"])
    assert row["address"]["https"].startswith("http://testserver/p/fenbridge/calendar/feed/")
    assert row["address"]["webcal"].startswith("webcal://testserver/p/fenbridge/calendar/feed/")
    assert row["address"]["https"] in text and row["address"]["webcal"] in text
    assert "Google Calendar" in text and "Outlook" in text


def test_mangled_unknown_and_other_partnership_addresses_are_not_found(partnership, other_partnership,
                                                                       member_user, setting):
    token = services.reset_feed(partnership, by=member_user)
    anonymous = Client()
    assert anonymous.get(feed_url(other_partnership, token)).status_code == 404
    assert anonymous.get(feed_url(partnership, token[:-1] + ("A" if token[-1] != "A" else "B"))).status_code == 404
    assert anonymous.get(feed_url(partnership, token[:20])).status_code == 404
    assert anonymous.get(feed_url(partnership, "x" * 43)).status_code == 404


def test_the_address_stops_when_the_person_loses_their_role(partnership, member_user, setting):
    token = services.reset_feed(partnership, by=member_user)
    Role.objects.filter(user=member_user, partnership=partnership).delete()
    assert Client().get(feed_url(partnership, token)).status_code == 404


def test_the_database_holds_no_token(partnership, member_user, setting):
    token = services.reset_feed(partnership, by=member_user)
    link = FeedLink.objects.get()
    assert token not in (link.salt, link.token_hash)
    assert link.history.count() == 1 and not hasattr(link.history.first(), "salt")


def test_another_partnerships_body_is_refused(partnership, other_partnership, member_user):
    theirs = factories.body(other_partnership)
    with pytest.raises(ValidationError):
        services.reset_feed(partnership, by=member_user, body=theirs)
    client = signed_in_client(member_user)
    assert client.get(reverse("calendars:body-reset", args=[partnership.slug, theirs.pk])).status_code == 404


def test_my_actions_and_the_body_page_link_to_the_calendar(partnership, member_user, setting):
    client = signed_in_client(member_user)
    mine = reverse("calendars:mine", args=[partnership.slug])
    assert mine in client.get(reverse("actions:mine", args=[partnership.slug])).content.decode()
    body_page = client.get(reverse("partnerships:body-detail", args=[partnership.slug, setting["board"].pk]))
    assert f'{mine}#body-{setting["board"].pk}' in body_page.content.decode()
