"""The meeting page a chair reads: history on its own page, one row of controls per item, cancelling set apart."""
import pytest
from django.urls import reverse

from assure.meetings import services


def url(name, meeting):
    return reverse(f"meetings:{name}", kwargs={"slug": meeting.partnership.slug, "meeting_id": meeting.pk})


@pytest.fixture
def busy_meeting(meeting, item, business_user, people):
    """A meeting with a long history: every minutes save, decision and line of attendance adds rows."""
    for n in range(15):
        item.refresh_from_db()
        services.record_minutes(item, by=business_user, expected_version=item.version, discussion=f"Draft {n}")
    services.add_decision(item, text="The board noted the dataset.", by=business_user)
    services.record_attendance(meeting, entries=[services.AttendanceEntry(people["la"], "present")], by=business_user)
    return meeting


def test_history_is_not_on_the_meeting_page_but_behind_its_own_link(business, busy_meeting):
    page = business.get(url("detail", busy_meeting)).content.decode()
    assert "Draft 3" not in page and "What changed" not in page   # the superseded drafts live only in the history
    assert url("history", busy_meeting) in page
    history = business.get(url("history", busy_meeting)).content.decode()
    assert "Draft 3" in history and "What changed" in history


def test_the_meeting_page_does_not_grow_with_its_history(business, busy_meeting, item, business_user):
    before = len(business.get(url("detail", busy_meeting)).content)
    for text in [f"Interim {n}" for n in range(20)] + ["Draft 14"]:   # back to the same minutes, 21 saves later
        item.refresh_from_db()
        services.record_minutes(item, by=business_user, expected_version=item.version, discussion=text)
    assert len(business.get(url("detail", busy_meeting)).content) == before


def test_each_item_has_one_row_of_controls(business, meeting, business_user):
    for number in ("1", "2", "3"):
        services.add_agenda_item(meeting, number=number, title=f"Item {number}", by=business_user)
    page = business.get(url("detail", meeting)).content.decode()
    assert page.count('class="assure-item-controls"') == 3
    first = page.split('id="item-')[1]
    controls = first.split('class="assure-item-controls"')[1].split("</div>")[0]
    for label in ("Minutes, decisions and actions", "Papers", "Change item", "Move down", "Remove"):
        assert label in controls


def test_cancelling_is_set_apart_at_the_bottom_and_asks_to_confirm(business, future_meeting, business_user):
    services.add_agenda_item(future_meeting, number="1", title="Welcome", by=business_user)
    page = business.get(url("detail", future_meeting)).content.decode()
    cancel_link = f'href="{url("cancel", future_meeting)}"'
    assert page.count(cancel_link) == 1
    assert page.index('id="agenda"') < page.index('id="cancel"') < page.index(cancel_link)
    top_buttons = page.split('id="attendance"')[0]
    assert "govuk-button--warning" not in top_buttons
    confirm = business.get(url("cancel", future_meeting))
    assert confirm.status_code == 200 and "Cancel the meeting on 11 May 2026?" in confirm.content.decode()


def test_a_reader_sees_no_controls_but_can_open_the_history(reader, meeting, item):
    page = reader.get(url("detail", meeting)).content.decode()
    assert "assure-item-controls" not in page and 'id="cancel"' not in page
    assert reader.get(url("history", meeting)).status_code == 200


def test_attendance_reads_as_the_minutes_write_it(reader, meeting, people, business_user):
    services.record_attendance(meeting, entries=[
        services.AttendanceEntry(people["la"], "apologies"),
        services.AttendanceEntry(people["la_deputy"], "present", deputising_for=people["la"]),
        services.AttendanceEntry(people["police"], "present")], by=business_user)
    page = reader.get(url("detail", meeting)).content.decode()
    present = page.split("Present (2)")[1].split("</dd>")[0]
    assert "Liam Adeyemi" in present and "deputising for Lena Ashworth" in present and "Paul Okafor" in present
    assert "Lena Ashworth" in page.split("Apologies (1)")[1].split("</dd>")[0]


def test_a_long_history_is_paged_newest_first(business, meeting, item, business_user):
    for n in range(60):   # sixty saves of the minutes: more than one page of changes
        item.refresh_from_db()
        services.record_minutes(item, by=business_user, expected_version=item.version, discussion=f"Revision {n:02d}")
    first = business.get(url("history", meeting)).content.decode()
    assert "Revision 59" in first and "Revision 05" not in first
    assert "?page=2" in first
    second = business.get(url("history", meeting) + "?page=2").content.decode()
    assert "Revision 05" in second and "Revision 59" not in second
    assert business.get(url("history", meeting) + "?page=999").status_code == 200   # a stale link shows the last page
