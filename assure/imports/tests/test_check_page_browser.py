"""The check page in Debian's Chromium, as a business manager uses it: upload a fictional eight-item Word minutes,
see the short list of things to check, fix a flagged owner and a due date inline, link an update to the earlier
action it reports on, save, and find the meeting with its minutes. The page must fit in about three screens at
1280 x 900, not scroll sideways at 390 px, and pass axe."""
import datetime
import shutil

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from assure.actions.models import Action
from assure.actions.services import Owner, create_action
from assure.conftest import make_user
from assure.core.tests.test_accessibility import DESKTOP, PHONE, check_page
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium, sign_in
from assure.imports.models import ImportedDocument
from assure.meetings.models import Meeting
from assure.partnerships.models import Body, Organisation, Person, Role

from .eight_items import APOLOGIES, IN_ATTENDANCE, MEMBERS, minutes_docx

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]
MAX_HEIGHT = 2700   # about three screens at 1280 x 900
ON_SCREEN = "(s) => { const r = document.querySelector(s).getBoundingClientRect(); return [r.top, r.bottom, innerHeight]; }"


def page_height(page) -> int:
    return page.evaluate("document.documentElement.scrollHeight")


@pytest.fixture
def board(partnership):
    """The Executive Board, everyone in the minutes already in the partnership, and an earlier meeting's open action."""
    board = Body.objects.create(partnership=partnership, name="Executive Board", kind=Body.Kind.EXECUTIVE_BOARD)
    organisations = {}
    for name, initials, _role, organisation in MEMBERS + IN_ATTENDANCE + APOLOGIES:
        if organisation not in organisations:
            organisations[organisation] = Organisation.objects.create(partnership=partnership, name=organisation,
                                                                      kind="other")
        if name != "Bea Business":   # she is the signed-in business manager, made with her account
            Person.objects.create(partnership=partnership, full_name=name, initials=initials,
                                  organisation=organisations[organisation])
    return board


@pytest.mark.django_db(transaction=True)
def test_check_an_eight_item_meeting_in_two_minutes(live_server, partnership, board, settings, tmp_path):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # the live server speaks plain HTTP
    manager = make_user(partnership, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business")
    device = TOTPDevice.objects.create(user=manager, name="app", confirmed=True)
    earlier = Meeting.objects.create(partnership=partnership, body=board, date=datetime.date(2026, 9, 24), status="held")
    leaflet = create_action(partnership=partnership, text="Produce a practitioner leaflet on resolving disagreements",
                            owners=[Owner(person=Person.objects.get(full_name="Jackie Channell"))], by=manager,
                            body=board, meeting=earlier)
    minutes = tmp_path / "Executive Board 27 November 2026.docx"
    minutes.write_bytes(minutes_docx())
    base, problems = live_server.url, []

    with launch_chromium() as browser:
        context = browser.new_context(viewport=DESKTOP, bypass_csp=True)   # lets axe be injected
        page = context.new_page()
        sign_in(page, base, "bea", device)
        page.goto(base + reverse("imports:upload", args=[partnership.slug]))
        assert page.get_by_label("Minutes files").get_attribute("multiple") is not None   # several files at once
        check_page(page, "upload page at 1280 px", problems, DESKTOP)
        page.set_viewport_size(PHONE)
        check_page(page, "upload page at 390 px", problems, PHONE)
        page.set_viewport_size(DESKTOP)
        page.get_by_label("Minutes files").set_input_files(str(minutes))
        page.get_by_role("button", name="Upload and read").click()
        page.wait_for_url("**/imports/*/")

        # The short list: the unknown owner and the update nobody could link (the earlier meeting has no action 7),
        # each linking to its row.
        to_check = page.locator("#things-to-check")
        flagged = to_check.get_by_role("link")
        assert to_check.get_by_role("heading").inner_text() == f"{flagged.count()} things to check"
        assert flagged.count() <= 3, to_check.inner_text()
        assert "owner 'ZQ'" in to_check.inner_text() and "Which earlier action" in to_check.inner_text()
        desktop_height = page_height(page)
        assert desktop_height <= MAX_HEIGHT, f"check page is {desktop_height} px tall at 1280 x 900"
        check_page(page, "check page at 1280 px", problems, DESKTOP)
        page.set_viewport_size(PHONE)
        phone_height = page_height(page)
        check_page(page, "check page at 390 px", problems, PHONE)
        page.set_viewport_size(DESKTOP)
        print(f"\ncheck page for the eight-item meeting: {desktop_height} px tall at 1280 x 900, "
              f"{phone_height} px at 390 x 844")

        # People matched with confidence are one collapsed line each.
        people = page.locator("li[id^=person-]")
        assert people.count() == 10
        assert page.locator("li[id^=person-] details[open]").count() == 0

        # Each row links to where it was read: the source pane beside shows that table row, and the row stays in view.
        source = page.locator("li#action-0").get_by_role("link", name="Source")
        target = source.get_attribute("href")
        source.click()
        assert "Circulate the neglect strategy" in page.locator(target).inner_text()
        for shown in (target, "li#action-0"):
            top, bottom, height = page.evaluate(ON_SCREEN, shown)
            assert 0 <= top and bottom <= height, f"{shown} is off the screen after following the Source link"

        # Fix the flagged owner and its due date in its row, reached from the list.
        to_check.get_by_role("link", name="owner 'ZQ'").click()
        row = page.locator("li#action-3")
        assert row.locator("details").first.get_attribute("open") is not None
        row.get_by_label("Owners").fill("Gareth Lowe")
        due = row.get_by_role("group", name="Due date")
        for part, value in (("Day", "18"), ("Month", "12"), ("Year", "2026")):
            due.get_by_label(part).fill(value)

        # Link the update to the earlier action it reports on.
        to_check.get_by_role("link", name="Which earlier action").click()
        page.locator("li#update-0").get_by_label("Earlier action it reports on").select_option(value=str(leaflet.pk))

        # The start time as people type it: a time that is not one is refused in the error summary, by name.
        meeting = page.locator("#meeting")
        meeting.locator("summary").click()
        meeting.get_by_label("Start time (optional)").fill("half past")
        page.get_by_role("button", name="Save meeting").click()
        summary = page.locator(".govuk-error-summary")
        assert "Enter the start time as a time of day, like 14:00 or 2pm" in summary.inner_text()
        assert not Meeting.objects.filter(date=datetime.date(2026, 11, 27)).exists()
        summary.get_by_role("link").first.click()
        page.get_by_label("Start time (optional)").fill("2pm")
        page.get_by_label("Place (optional)").fill("Room 4, Fenbridge House")
        page.get_by_role("button", name="Save meeting").click()
        assert "Saved: " in page.content()

        saved = Meeting.objects.get(body=board, date=datetime.date(2026, 11, 27))
        checked = ImportedDocument.objects.get().record   # what the person confirmed, in MINUTES_SCHEMA keys
        assert (checked["start_time"], checked["location"]) == ("14:00", "Room 4, Fenbridge House")
        action = Action.objects.get(meeting=saved, text__startswith="Write to the four schools")
        assert action.due_date == datetime.date(2026, 12, 18)
        assert [owner.person.full_name for owner in action.owners.all()] == ["Gareth Lowe"]
        leaflet.refresh_from_db()
        assert leaflet.updates.filter(meeting=saved).exists()

        # The meeting, found from the meetings list, with its items and actions.
        page.goto(base + reverse("meetings:list", args=[partnership.slug]))
        page.get_by_role("link", name="27 November 2026").first.click()
        content = page.content()
        for text in ("Neglect strategy", "Any other business", "Write to the four schools", "Circulate the neglect strategy"):
            assert text in content
        context.close()
    assert not problems, "\n".join(problems)
