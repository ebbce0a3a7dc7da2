"""The meeting's action log as Word and XLSX: actions agreed at the meeting and the matters arising, with owner,
due date, status and the latest update."""
import io

import pytest
from django.urls import reverse

from assure.meetings import services
from assure.meetings.action_log_document import COLUMNS, action_log_composition, action_log_table

from .documents_fixtures import minuted_meeting


@pytest.fixture
def logged_meeting(meeting, people, business_user, earlier_action):
    minuted_meeting(meeting, people, business_user)
    services.record_matters_arising_update(meeting, earlier_action, text="Sent to all schools", status="completed",
                                           by=business_user, expected_version=earlier_action.version)
    return meeting


@pytest.mark.django_db
def test_rows_hold_agreed_actions_then_matters_arising(logged_meeting):
    rows = action_log_table(logged_meeting)

    assert rows[0] == ["List", "Agreed at", "Item", "Action", "Owner", "Due", "Status", "Latest update"]
    assert [row[0] for row in rows[1:]] == ["Agreed at this meeting", "Agreed at this meeting", "Matters arising"]
    assert rows[1][1:7] == ["2 Mar 2026", "2", "Write to head teachers about the toolkit", "Lena Ashworth",
                            "30 April 2026", "Open"]
    assert rows[2][4:6] == ["Business team", "Next meeting (not yet scheduled)"]
    assert rows[3][1:7] == ["12 Jan 2026", "4", "Circulate the neglect strategy", "Lena Ashworth",
                            "2 March 2026 (next meeting)", "Completed"]
    assert rows[3][7].endswith(": Sent to all schools")


@pytest.mark.django_db
def test_word_composition_is_landscape_with_both_lists(logged_meeting):
    composition = action_log_composition(logged_meeting)
    assert composition.landscape
    assert [s.title for s in composition.sections] == ["Actions agreed at this meeting", "Matters arising"]
    assert composition.sections[0].blocks[0].columns == COLUMNS


@pytest.mark.django_db
def test_xlsx_download_has_the_columns(logged_meeting, reader, partnership):
    import openpyxl

    response = reader.get(reverse("meetings:action-log-xlsx", args=[partnership.slug, logged_meeting.pk]))

    assert response.status_code == 200
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == ["List", *COLUMNS]
    assert len(values) == 4 and values[3][3] == "Circulate the neglect strategy"


@pytest.mark.django_db
def test_word_download_opens_with_the_table(logged_meeting, reader, partnership):
    from docx import Document

    response = reader.get(reverse("meetings:action-log-docx", args=[partnership.slug, logged_meeting.pk]))

    document = Document(io.BytesIO(response.content))
    assert [cell.text for cell in document.tables[0].rows[0].cells] == list(COLUMNS)
    assert document.tables[1].rows[1].cells[2].text == "Circulate the neglect strategy"


@pytest.mark.django_db
def test_a_meeting_without_actions_says_so(meeting):
    composition = action_log_composition(meeting)
    assert composition.sections[0].blocks[0].text == "No actions were agreed at this meeting."
    assert action_log_table(meeting) == [["List", *COLUMNS]]


@pytest.mark.django_db
def test_meeting_page_links_the_documents(meeting, reader, partnership):
    page = reader.get(reverse("meetings:detail", args=[partnership.slug, meeting.pk])).content.decode()
    for name in ("minutes-docx", "minutes-pdf", "agenda-pack", "action-log-docx", "action-log-xlsx"):
        assert reverse(f"meetings:{name}", args=[partnership.slug, meeting.pk]) in page
    assert "Minutes (draft: not yet approved)" in page
