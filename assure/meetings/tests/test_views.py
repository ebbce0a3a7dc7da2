"""Pages: what users see, and bad input refused with a message (never a 500, nothing saved)."""
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.actions.models import ActionUpdate
from assure.actions.services import Owner
from assure.conftest import date_boxes
from assure.meetings import services
from assure.meetings.models import AgendaItem, ForwardPlanEntry, Meeting, Paper
from assure.partnerships.models import Body

D = datetime.date


def url(name, partnership, **kwargs):
    return reverse(f"meetings:{name}", kwargs={"slug": partnership.slug, **kwargs})


def text(response):
    return response.content.decode()


# --- meetings list and scheduling -----------------------------------------------------------------

def test_list_splits_upcoming_and_past_and_filters_by_body(business, partnership, meeting, future_meeting, subgroup, business_user):
    services.schedule_meeting(partnership=partnership, body=subgroup, date=D(2026, 6, 1), by=business_user)
    page = text(business.get(url("list", partnership)))
    upcoming, past = page.split(">Past<")
    assert "11 May 2026" in upcoming and "1 June 2026" in upcoming and "2 March 2026" in past
    filtered = text(business.get(url("list", partnership) + f"?body={subgroup.pk}"))
    assert "1 June 2026" in filtered and "11 May 2026" not in filtered


@pytest.mark.parametrize("name", ["list", "forward-plan"])
def test_another_partnerships_body_is_refused_with_a_message(business, partnership, other_partnership, meeting,
                                                            name, business_user):
    theirs = Body.objects.create(partnership=other_partnership, name="Their Board")
    services.schedule_meeting(partnership=other_partnership, body=theirs, date=D(2026, 2, 2), by=business_user)
    response = business.get(url(name, partnership) + f"?body={theirs.pk}")
    assert response.status_code == 200
    assert "Choose a board or group from the list" in text(response) and "Their Board" not in text(response)


@pytest.mark.parametrize("query", ["?body=abc", "?body=-1", "?body=" + "9" * 30, "?page=x", "?page=-5",
                                   "?upcoming=999999", "?body=\x00"])
def test_meeting_list_survives_bad_query_strings(business, partnership, meeting, query):
    response = business.get(url("list", partnership) + query)
    assert response.status_code == 200 and "2 March 2026" in text(response)


def test_meeting_list_pages_past_meetings_keeping_the_body_filter(business, partnership, board, subgroup,
                                                                 business_user):
    for n in range(30):
        services.schedule_meeting(partnership=partnership, body=board, date=D(2024, 1, 1) + datetime.timedelta(weeks=n),
                                  by=business_user)
    services.schedule_meeting(partnership=partnership, body=subgroup, date=D(2025, 12, 1), by=business_user)
    first = text(business.get(url("list", partnership) + f"?body={board.pk}"))
    assert "1 January 2024" not in first and "Showing 1 to 25 of 30" in first
    assert f"?body={board.pk}&amp;page=2" in first
    second = text(business.get(url("list", partnership) + f"?body={board.pk}&page=2"))
    assert "1 January 2024" in second and "1 December 2025" not in second


def test_schedule_a_meeting(business, partnership, board):
    response = business.post(url("schedule", partnership), {"body": board.pk, **date_boxes("date", "2026-04-20"), "start_time": "10:00",
                                                            "location": "Council House"})
    meeting = Meeting.objects.get()
    assert response.status_code == 302 and response["Location"] == url("detail", partnership, meeting_id=meeting.pk)
    assert (meeting.date, meeting.start_time, meeting.location) == (D(2026, 4, 20), datetime.time(10), "Council House")


@pytest.mark.parametrize("typed, message", [
    ({"date_day": "30", "date_month": "2", "date_year": "2026"}, "The date of the meeting must be a real date"),
    ({}, "Enter the date of the meeting"),
    ({"date_day": "", "date_month": "4", "date_year": "2026"}, "The date of the meeting must include a day"),
    ({"date_day": "next", "date_month": "tuesday", "date_year": "2026"}, "The date of the meeting must be a real date"),
])
def test_schedule_with_a_bad_date_is_refused(business, partnership, board, typed, message):
    response = business.post(url("schedule", partnership), {"body": board.pk, **typed})
    assert response.status_code == 200 and message in text(response) and "govuk-error-summary" in text(response)
    assert not Meeting.objects.exists()


def test_schedule_for_another_partnerships_body_is_refused(business, partnership, other_partnership):
    theirs = Body.objects.create(partnership=other_partnership, name="Their Board")
    response = business.post(url("schedule", partnership), {"body": theirs.pk, **date_boxes("date", "2026-04-20")})
    assert response.status_code == 200 and "Choose a board or group from the list" in text(response)
    assert not Meeting.objects.exists()


def test_stale_meeting_edit_shows_the_conflict_and_keeps_the_other_change(business, partnership, meeting, business_user):
    services.edit_meeting(meeting, by=business_user, expected_version=1, date=meeting.date, location="Room A")
    response = business.post(url("edit", partnership, meeting_id=meeting.pk), {
        **date_boxes("date", "2026-03-02"), "location": "Room B", "status": "scheduled", "version": 1})
    assert response.status_code == 200 and "Someone else changed this record" in text(response)
    meeting.refresh_from_db()
    assert meeting.location == "Room A"


def test_cancel_meeting(business, partnership, future_meeting):
    response = business.post(url("cancel", partnership, meeting_id=future_meeting.pk), {"version": 1, "reason": "No quorum"})
    assert response.status_code == 302
    future_meeting.refresh_from_db()
    assert future_meeting.status == Meeting.Status.CANCELLED
    assert "No quorum" in text(business.get(url("detail", partnership, meeting_id=future_meeting.pk)))


# --- the meeting page --------------------------------------------------------------------------------

@pytest.fixture
def full_meeting(meeting, item, people, earlier_action, business_user, partnership):
    services.record_minutes(item, by=business_user, expected_version=1, discussion="Referrals rose.<script>alert(1)</script>")
    services.add_decision(item, text="The board noted the dataset.", by=business_user)
    services.record_item_action(item, text="Explain the rise in referrals", by=business_user, due_date=D(2026, 4, 30),
                                owners=[Owner(person=people["police"]), Owner(group_name="Business team")])
    services.add_paper(item, upload=SimpleUploadedFile("Dataset.pdf", b"%PDF-1.4 dataset"), by=business_user)
    services.record_attendance(meeting, by=business_user, entries=[
        services.AttendanceEntry(people["la"], "apologies"),
        services.AttendanceEntry(people["la_deputy"], "present", people["la"])])
    return meeting


def test_meeting_page_shows_the_record(reader, partnership, full_meeting):
    page = text(reader.get(url("detail", partnership, meeting_id=full_meeting.pk)))
    for expected in ("3. Performance dataset Q3", "Referrals rose.", "The board noted the dataset.",
                     "Explain the rise in referrals", "Paul Okafor, Business team", "30 Apr 2026", "Dataset",
                     "Liam Adeyemi", "Lena Ashworth", "Apologies",  # attendance, with the deputy
                     "Circulate the neglect strategy", "Next meeting",  # matters arising from January
                     "Change history"):
        assert expected in page, expected
    assert "<script>alert(1)" not in page
    # A reader sees no buttons that would only answer 403.
    assert url("item-add", partnership, meeting_id=full_meeting.pk) not in page
    assert "Record update" not in page


def test_manager_sees_the_editing_links(business, partnership, full_meeting):
    page = text(business.get(url("detail", partnership, meeting_id=full_meeting.pk)))
    assert url("item-add", partnership, meeting_id=full_meeting.pk) in page
    assert "Record update" in page and "Approve the previous minutes" in page


def test_another_partnerships_meeting_is_404(client_for, outsider_user, partnership, meeting):
    client = client_for(outsider_user)
    assert client.get(url("detail", partnership, meeting_id=meeting.pk)).status_code == 404
    assert client.get(reverse("meetings:detail", kwargs={"slug": "harrowdale", "meeting_id": meeting.pk})).status_code == 404


# --- agenda, minutes, actions, papers ------------------------------------------------------------------

def test_add_sub_item_with_presenter(business, partnership, item, people):
    response = business.post(url("item-add", partnership, meeting_id=item.meeting.pk),
                             {"number": "3.1", "title": "Missing episodes", "presenter": people["police"].pk})
    assert response.status_code == 302
    added = AgendaItem.objects.get(number="3.1")
    assert added.presenter == people["police"]


def test_presenter_from_another_partnership_is_refused(business, partnership, item, other_person):
    response = business.post(url("item-add", partnership, meeting_id=item.meeting.pk),
                             {"number": "4", "title": "Sneaky", "presenter": other_person.pk})
    assert response.status_code == 200 and "Select a valid choice" in text(response)
    assert AgendaItem.objects.count() == 1


def test_move_item_without_javascript(business, partnership, meeting, business_user):
    first = services.add_agenda_item(meeting, number="1", title="First", by=business_user)
    services.add_agenda_item(meeting, number="2", title="Second", by=business_user)
    business.post(url("item-move", partnership, meeting_id=meeting.pk, item_id=first.pk), {"direction": "down"})
    assert list(AgendaItem.objects.filter(meeting=meeting).order_by("position").values_list("title", flat=True)) == ["Second", "First"]


def test_upload_and_download_a_paper(business, reader, partnership, item):
    response = business.post(url("paper-add", partnership, meeting_id=item.meeting.pk, item_id=item.pk),
                             {"title": "", "file": SimpleUploadedFile("Q3 data.txt", b"Referrals: 412")})
    assert response.status_code == 302
    paper = Paper.objects.get()
    download = reader.get(url("paper-download", partnership, meeting_id=item.meeting.pk, paper_id=paper.pk))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"Referrals: 412"
    assert download["Content-Disposition"].startswith("attachment") and "Q3 data.txt" in download["Content-Disposition"]
    assert download["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("name, content, message", [
    ("macro.docm", b"PK\x03\x04", "must be a PDF"), ("fake.pdf", b"MZ\x90", "called .pdf but is really a Windows program")])
def test_wrong_paper_is_refused_with_a_message(business, partnership, item, name, content, message):
    response = business.post(url("paper-add", partnership, meeting_id=item.meeting.pk, item_id=item.pk),
                             {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 200 and message in text(response)
    assert not Paper.objects.exists()


def test_paper_of_another_meeting_is_404_through_this_meeting(reader, partnership, item, future_meeting, business_user):
    paper = services.add_paper(item, upload=SimpleUploadedFile("a.txt", b"a"), by=business_user)
    assert reader.get(url("paper-download", partnership, meeting_id=future_meeting.pk, paper_id=paper.pk)).status_code == 404


def test_paper_files_are_not_served_at_a_public_address(reader, item, business_user, settings):
    paper = services.add_paper(item, upload=SimpleUploadedFile("a.txt", b"secret"), by=business_user)
    assert reader.get("/media/" + paper.file.name).status_code == 404
    assert not settings.MEDIA_URL or reader.get(settings.MEDIA_URL + paper.file.name).status_code == 404


# --- matters arising, approval, forward plan ----------------------------------------------------------------

def test_record_matters_arising_update(business, partnership, meeting, earlier_action):
    response = business.post(url("matters-arising-update", partnership, meeting_id=meeting.pk, action_id=earlier_action.pk),
                             {"status": "carried_forward", "text": "Waiting for the ICB", "version": earlier_action.version})
    assert response.status_code == 302
    update = ActionUpdate.objects.get()
    assert (update.meeting, update.status, update.text) == (meeting, "carried_forward", "Waiting for the ICB")
    page = text(business.get(url("detail", partnership, meeting_id=meeting.pk)))
    assert "Waiting for the ICB" in page


def test_stale_matters_arising_update_is_refused(business, partnership, meeting, earlier_action, business_user):
    opened = earlier_action.version
    services.record_matters_arising_update(meeting, earlier_action, text="First", status="carried_forward",
                                           by=business_user, expected_version=opened)
    response = business.post(url("matters-arising-update", partnership, meeting_id=meeting.pk, action_id=earlier_action.pk),
                             {"status": "completed", "text": "Second", "version": opened})
    assert response.status_code == 200 and "Someone else changed this record" in text(response)
    assert ActionUpdate.objects.count() == 1


def test_action_that_is_not_a_matter_arising_is_404(business, partnership, earlier_meeting, earlier_action):
    # The action belongs to the January meeting itself, so it is not a matter arising there.
    response = business.get(url("matters-arising-update", partnership, meeting_id=earlier_meeting.pk, action_id=earlier_action.pk))
    assert response.status_code == 404


def test_approve_previous_minutes(business, partnership, meeting, earlier_meeting):
    response = business.post(url("approve-minutes", partnership, meeting_id=meeting.pk))
    assert response.status_code == 302
    earlier_meeting.refresh_from_db()
    assert earlier_meeting.minutes_approved_at == meeting
    again = business.post(url("approve-minutes", partnership, meeting_id=meeting.pk))
    assert again.status_code == 200 and "already approved" in text(again)


def test_book_forward_plan_entry_every_year(business, partnership, board):
    response = business.post(url("forward-plan-add", partnership), {
        "body": board.pk, "title": "LADO annual report", "booking": "yearly", "every_year_in": "9"})
    assert response.status_code == 302
    entry = ForwardPlanEntry.objects.get()
    assert (entry.every_year_in, entry.when) == (9, "Every September")
    assert "Every September" in text(business.get(url("forward-plan", partnership) + f"?body={board.pk}"))


@pytest.mark.parametrize("data, message", [
    ({"booking": "month", "month_month": "4"}, "Choose the month and enter the year"),
    ({"booking": "month", "month_month": "1", "month_year": "2026"}, "this month or a later one"),
    ({"booking": "yearly"}, "Choose the month of the year"),
    ({"booking": "meeting"}, "Choose the meeting"),
    ({}, "Choose a meeting, a month, or every year"),
])
def test_forward_plan_bad_booking(business, partnership, board, data, message):
    response = business.post(url("forward-plan-add", partnership), {"body": board.pk, "title": "X", **data})
    assert response.status_code == 200 and message in text(response)
    assert not ForwardPlanEntry.objects.exists()


def test_due_entry_shown_on_draft_agenda_and_added_in_one_click(business, partnership, future_meeting, business_user):
    entry = services.book_forward_plan_entry(partnership=partnership, body=future_meeting.body, title="CDOP annual report",
                                             every_year_in=5, by=business_user)
    page = text(business.get(url("detail", partnership, meeting_id=future_meeting.pk)))
    assert "Due from the forward plan" in page and "CDOP annual report" in page
    business.post(url("forward-plan-to-agenda", partnership, meeting_id=future_meeting.pk, entry_id=entry.pk))
    assert AgendaItem.objects.get(meeting=future_meeting).forward_plan_entry == entry
    assert "Due from the forward plan" not in text(business.get(url("detail", partnership, meeting_id=future_meeting.pk)))


# --- attendance report ------------------------------------------------------------------------------------------

def test_attendance_report_flags_a_missing_statutory_partner(reader, partnership, meeting, people, business_user):
    services.record_attendance(meeting, by=business_user, entries=[
        services.AttendanceEntry(people["la"], "present"), services.AttendanceEntry(people["police"], "apologies"),
        services.AttendanceEntry(people["health"], "present")])
    page = text(reader.get(url("attendance-report", partnership),
                           {**date_boxes("start", "2026-01-01"), **date_boxes("end", "2026-03-31")}))
    flagged = page.split('id="flagged"')[1].split('id="organisations"')[0]
    assert "Fenshire Police" in flagged and "2 Mar 2026" in flagged
    organisations = page.split('id="organisations"')[1].split('id="people"')[0]
    assert organisations.index("Fenbridge Council") < organisations.index("Fenshire Police") < organisations.index("Fenshire Integrated Care Board")


@pytest.mark.parametrize("query, message", [
    ({**date_boxes("start", "2026-03-31"), **date_boxes("end", "2026-01-01")}, "must be the same as or after"),
    ({**date_boxes("start", "2026-02-31"), **date_boxes("end", "2026-03-01")}, "The start date must be a real date"),
    ({**date_boxes("start", ""), **date_boxes("end", "2026-03-01")}, "Enter the start date"),
    ({**date_boxes("start", "2026-01-01"), **date_boxes("end", "2026-03-01"), "body": "abc"},
     "Choose a board or group from the list"),
    ({"start": "2026-03-31", "end": "2026-01-01"}, "must be the same as or after"),   # one ISO date, from a link
    ({"start": "2026-02-31", "end": "2026-03-01"}, "The start date must be a real date"),
    ({**date_boxes("start", "2026-01-01"), "start_month": "", **date_boxes("end", "2026-03-01")}, "must include a month"),
])
def test_attendance_report_bad_range(reader, partnership, query, message):
    response = reader.get(url("attendance-report", partnership), query)
    assert response.status_code == 200 and message in text(response)
    assert "Meetings without a statutory partner" not in text(response)


def test_attendance_report_from_the_gov_uk_date_boxes(reader, partnership, meeting, people, business_user):
    services.record_attendance(meeting, by=business_user, entries=[services.AttendanceEntry(people["la"], "present")])
    query = "?start_day=1&start_month=1&start_year=2026&end_day=31&end_month=3&end_year=2026"
    page = text(reader.get(url("attendance-report", partnership) + query))
    assert "1 January 2026 to 31 March 2026" in page and "Lena Ashworth" in page
    assert 'name="start_day" type="text" inputmode="numeric" value="1"' in page


def test_attendance_report_defaults_to_the_last_year(reader, partnership):
    response = reader.get(url("attendance-report", partnership))
    assert response.status_code == 200 and "9 March 2025 to 9 March 2026" in text(response)


def test_remove_item_and_forward_plan_entry_after_confirming(business, partnership, item, business_user):
    entry = services.book_forward_plan_entry(partnership=partnership, body=item.meeting.body, title="X", every_year_in=9,
                                             by=business_user)
    assert "Remove item 3" in text(business.get(url("item-remove", partnership, meeting_id=item.meeting.pk, item_id=item.pk)))
    assert business.post(url("item-remove", partnership, meeting_id=item.meeting.pk, item_id=item.pk)).status_code == 302
    assert business.post(url("forward-plan-remove", partnership, entry_id=entry.pk)).status_code == 302
    assert not AgendaItem.objects.exists() and not ForwardPlanEntry.objects.exists()


def test_forward_plan_entry_page_shows_its_history(business, partnership, board, business_user):
    entry = services.book_forward_plan_entry(partnership=partnership, body=board, title="LADO report", every_year_in=9,
                                             by=business_user)
    services.edit_forward_plan_entry(entry, by=business_user, expected_version=1, title="LADO annual report", every_year_in=9)
    page = text(business.get(url("forward-plan-edit", partnership, entry_id=entry.pk)))
    assert "Change history" in page and "LADO report" in page and "Bea Business" in page


def test_oversize_paper_is_refused_with_the_limit_in_the_message(business, partnership, item, settings):
    settings.PAPER_MAX_BYTES = 1024 * 1024
    response = business.post(url("paper-add", partnership, meeting_id=item.meeting.pk, item_id=item.pk),
                             {"file": SimpleUploadedFile("big.txt", b"x" * (1024 * 1024 + 1))})
    assert response.status_code == 200 and "must be smaller than 1.0 MB" in text(response)
    assert not Paper.objects.exists()


def test_cancelled_meeting_page_offers_no_editing(business, partnership, future_meeting, business_user):
    services.cancel_meeting(future_meeting, by=business_user, expected_version=1)
    page = text(business.get(url("detail", partnership, meeting_id=future_meeting.pk)))
    assert "Cancelled" in page and url("item-add", partnership, meeting_id=future_meeting.pk) not in page
    response = business.post(url("item-add", partnership, meeting_id=future_meeting.pk), {"title": "Late"})
    assert response.status_code == 200 and "has been cancelled" in text(response)
    assert not AgendaItem.objects.exists()


def test_forward_plan_form_offers_only_meetings_still_to_come(business, partnership, meeting, future_meeting):
    page = text(business.get(url("forward-plan-add", partnership)))
    assert "11 May 2026" in page and "2 March 2026" not in page
    response = business.post(url("forward-plan-add", partnership), {
        "body": meeting.body_id, "title": "X", "booking": "meeting", "meeting": meeting.pk})
    assert response.status_code == 200 and "Select a valid choice" in text(response)
    assert not ForwardPlanEntry.objects.exists()


@pytest.mark.parametrize("name", ["list", "forward-plan", "attendance-report"])
def test_list_pages_do_not_grow_queries_with_rows(business, partnership, board, subgroup, people, business_user, name,
                                                 django_assert_max_num_queries):
    def add(n, start):
        for i in range(n):
            m = services.schedule_meeting(partnership=partnership, body=board if i % 2 else subgroup,
                                          date=start + datetime.timedelta(days=7 * i), by=business_user)
            if m.date < D(2026, 3, 9):
                services.record_attendance(m, by=business_user, entries=[
                    services.AttendanceEntry(people["la"], "present"), services.AttendanceEntry(people["police"], "apologies")])
            services.book_forward_plan_entry(partnership=partnership, body=m.body, title=f"Item {start} {i}", meeting=m, allow_past=True,
                                             by=business_user)

    add(2, D(2025, 6, 2))
    with django_assert_max_num_queries(40) as few:
        business.get(url(name, partnership))
    add(40, D(2025, 6, 3))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert business.get(url(name, partnership)).status_code == 200
