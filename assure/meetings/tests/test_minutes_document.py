"""The minutes as a Composition (title block, attendance, Item | Discussion | Action | Owner; draft until approved)
and as the Word and PDF downloads."""
import datetime
import io

import pytest
from django.urls import reverse

from assure.documents.compose import Paragraph, Table
from assure.meetings import minutes_document, services
from assure.meetings.minutes_document import DRAFT_NOTE, MinutedAction, MinutedItem, item_rows, minutes_composition

from .documents_fixtures import minuted_meeting


def _minutes_table(composition) -> Table:
    (table,) = [b for b in composition.sections[2].blocks if isinstance(b, Table)]
    return table


def test_item_rows_put_each_action_beside_its_owner():
    item = MinutedItem(number="4", title="Exploitation update", presenter="Paul Okafor",
                       discussion="Members heard the update.", decisions=("Agreed the plan.",), actions=(
                           MinutedAction("Circulate the plan", (("Lena Ashworth", "LA"),), "30 April 2026"),
                           MinutedAction("Book a workshop", (("Business team", ""), ("Guest Speaker", "GS")),
                                         "Next meeting (not yet scheduled)")))

    rows = item_rows(item, {"Lena Ashworth": "LA"})

    assert rows == [
        ("4.", "Exploitation update (presented by Paul Okafor)\n\nMembers heard the update.\n\nDecision: Agreed the plan.",
         "Circulate the plan\nDue: 30 April 2026", "LA"),
        ("", "", "Book a workshop\nDue: Next meeting (not yet scheduled)", "Business team/Guest Speaker"),
    ]


def test_an_item_without_minutes_says_so():
    rows = item_rows(MinutedItem("5", "Any other business", "", "", (), ()), {})
    assert rows == [("5.", "Any other business\n\nNo minutes recorded.", "", "")]


@pytest.mark.django_db
def test_composition_holds_title_block_attendance_and_item_rows(meeting, people, business_user):
    meeting.start_time, meeting.location = datetime.time(10, 0), "Room 2, Shire Hall"
    meeting.save()
    minuted_meeting(meeting, people, business_user)

    composition = minutes_composition(meeting)

    title_block = composition.sections[0].blocks[0]
    assert title_block.columns == ("Meeting", "Executive Board")
    assert title_block.rows == (("Date", "Monday 2 March 2026"), ("Time", "10:00"), ("Venue", "Room 2, Shire Hall"))
    attendance = {t.caption: t.rows for t in composition.sections[1].blocks}
    assert attendance["Present (2)"] == (
        ("Lena Ashworth (LA)", "Fenbridge Council", "Director of Children's Services"),
        ("Paul Okafor (PO)", "Fenshire Police", ""))
    assert attendance["In attendance (1)"][0][0] == "Sam Whitlock (SW)"
    assert attendance["Apologies (1)"][0][0] == "Hana Ibrahim (HI)"
    table = _minutes_table(composition)
    assert table.columns == ("Item", "Discussion", "Action", "Owner")
    assert [row[0] for row in table.rows] == ["1.", "2.", ""]
    assert table.rows[1][2] == "Write to head teachers about the toolkit\nDue: 30 April 2026"
    assert table.rows[1][3] == "LA"  # initials: she is in the attendance block
    assert "Decision: The relaunch goes ahead in April." in table.rows[1][1]
    assert table.rows[2][3] == "Business team"


@pytest.mark.django_db
def test_marked_draft_until_a_later_meeting_approves_them(meeting, people, business_user, board, partnership):
    minuted_meeting(meeting, people, business_user)
    assert minutes_composition(meeting).draft_note == DRAFT_NOTE

    later = services.schedule_meeting(partnership=partnership, body=board, date=datetime.date(2026, 3, 6),
                                      by=business_user)
    services.approve_minutes(later, by=business_user)
    meeting.refresh_from_db()

    composition = minutes_composition(meeting)
    assert composition.draft_note == ""
    assert composition.lines == ("Minutes approved as an accurate record on 6 March 2026",)


@pytest.mark.django_db
def test_an_empty_meeting_gives_minutes_that_say_so(meeting):
    composition = minutes_composition(meeting)
    assert composition.sections[2].blocks == (
        Paragraph("The agenda is empty: no minutes have been written.", "empty"),)
    assert composition.sections[1].blocks[0] == Paragraph("Present: none recorded.", "empty")


@pytest.mark.django_db
def test_word_download_opens_and_holds_the_minutes_table(meeting, people, business_user, reader, partnership):
    minuted_meeting(meeting, people, business_user)
    from docx import Document

    response = reader.get(reverse("meetings:minutes-docx", args=[partnership.slug, meeting.pk]))

    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="minutes-executive-board-2026-03-02.docx"'
    document = Document(io.BytesIO(response.content))
    headers = [[cell.text for cell in table.rows[0].cells] for table in document.tables]
    assert ["Item", "Discussion", "Action", "Owner"] in headers
    minutes = document.tables[headers.index(["Item", "Discussion", "Action", "Owner"])]
    assert minutes.rows[2].cells[3].text == "LA"
    assert DRAFT_NOTE in "\n".join(p.text for p in document.paragraphs)


@pytest.mark.django_db
def test_pdf_download_shows_the_draft_mark_and_the_table(meeting, people, business_user, reader, partnership):
    import pdfplumber

    minuted_meeting(meeting, people, business_user)

    response = reader.get(reverse("meetings:minutes-pdf", args=[partnership.slug, meeting.pk]))

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    with pdfplumber.open(io.BytesIO(response.content)) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Draft: not yet approved" in text
    assert "Write to head" in text and "Neglect toolkit relaunch" in text


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["meetings:minutes-docx", "meetings:minutes-pdf", "meetings:agenda-pack",
                                  "meetings:action-log-docx", "meetings:action-log-xlsx"])
def test_another_partnerships_meeting_is_404(name, client_for, outsider_user, other_partnership, meeting):
    response = client_for(outsider_user).get(reverse(name, args=[other_partnership.slug, meeting.pk]))
    assert response.status_code == 404


def test_file_name_is_safe():
    class Body:
        short_name, name = "", "Exploitation / Missing Subgroup"

    class Meeting:
        body, date = Body(), datetime.date(2026, 3, 2)

    assert minutes_document.file_name(Meeting(), "pdf") == "minutes-exploitation---missing-subgroup-2026-03-02.pdf"
