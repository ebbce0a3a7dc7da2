"""The agenda pack: agenda, papers in agenda order (PDF as they are, Word converted, others listed), matters arising,
forward plan; page numbers across the pack and a bookmark per part; unreadable papers listed with the reason."""
import datetime
import io
import os
import pathlib

import pytest
from django.urls import reverse

from assure.documents.document import Document
from assure.documents.document import Paragraph as DocParagraph
from assure.documents.document import Table as DocTable
from assure.meetings import agenda_pack, services
from assure.meetings.agenda_pack import build_pack, word_paper_composition

from .documents_fixtures import docx_bytes, pdf_bytes, stored_paper


def _text_by_page(data: bytes) -> list[str]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _outline(data: bytes) -> list[tuple[str, int]]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return [(entry.title, reader.get_destination_page_number(entry) + 1) for entry in reader.outline]


@pytest.fixture
def papered_meeting(meeting, item, people, business_user, earlier_action, partnership, board):
    """Item 3 has a 3-page PDF and a Word paper; item 4 a spreadsheet, a locked PDF and a damaged one."""
    stored_paper(item, "Dataset commentary", "commentary.pdf", pdf_bytes(3, "Commentary"))
    stored_paper(item, "Neglect strategy", "strategy.docx",
                 docx_bytes("Our approach", "Families are seen early.", (("Measure", "Q3"), ("Visits", "12"))))
    other = services.add_agenda_item(meeting, number="4", title="Budget", by=business_user, presenter=people["la"])
    stored_paper(other, "Spending table", "spending.xlsx", b"PK\x03\x04 not really read")
    stored_paper(other, "Locked report", "locked.pdf", pdf_bytes(2, "Locked", password="secret"))
    stored_paper(other, "Broken report", "broken.pdf", b"%PDF-1.7\nthis is not a PDF at all")
    services.book_forward_plan_entry(partnership=partnership, body=board, title="Annual report draft",
                                     month=datetime.date(2026, 6, 1), by=business_user)
    return meeting


@pytest.mark.django_db
def test_pack_has_every_part_in_order_with_bookmarks_and_page_numbers(papered_meeting):
    pack = build_pack(papered_meeting)
    if os.environ.get("PACK_OUT"):  # to look at it
        pathlib.Path(os.environ["PACK_OUT"]).write_bytes(pack.pdf)

    outline = _outline(pack.pdf)
    titles = [title for title, _ in outline]
    assert titles == ["Agenda", "3. Dataset commentary", "3. Neglect strategy", "Matters arising", "Forward plan"]
    assert outline == pack.outline
    pages = _text_by_page(pack.pdf)
    assert len(pages) == pack.pages
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert text.count("Page ") == 1  # our parts' own numbers give way to the pack's
    first_paper = dict(outline)["3. Dataset commentary"]
    assert [("Commentary page" in pages[first_paper - 1 + n]) for n in range(3)] == [True] * 3
    assert "Commentary page 3" in pages[first_paper + 1]
    word = pages[dict(outline)["3. Neglect strategy"] - 1]
    assert "Families are seen early." in word and "Visits" in word
    assert "Circulate the neglect" in pages[dict(outline)["Matters arising"] - 1]
    assert "Annual report draft" in pages[dict(outline)["Forward plan"] - 1]


@pytest.mark.django_db
def test_agenda_lists_presenters_pages_and_papers_not_included(papered_meeting):
    pack = build_pack(papered_meeting)

    agenda = " ".join(" ".join(_text_by_page(pack.pdf)[:dict(pack.outline)["3. Dataset commentary"] - 1]).split())
    start = dict(pack.outline)["3. Dataset commentary"]
    assert f"Dataset commentary (page {start})" in agenda
    assert "Lena" in agenda and "Ashworth" in agenda  # item 4's presenter (the cell wraps)
    reasons = {part.title: part.reason for part in pack.papers if not part.included}
    assert reasons == {
        "Spending table": "not included: open it in Assure",
        "Locked report": "not included: it is protected by a password",
        "Broken report": "not included: the PDF is damaged and cannot be read",
    }
    assert "Locked report – not included: it is protected by a password" in agenda
    assert "Spending table – not included: open it in Assure" in agenda


@pytest.mark.django_db
def test_pack_download_for_a_reader(papered_meeting, reader, partnership):
    response = reader.get(reverse("meetings:agenda-pack", args=[partnership.slug, papered_meeting.pk]))

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="agenda-pack-executive-board-2026-03-02.pdf"'
    assert [title for title, _ in _outline(response.content)][0] == "Agenda"


@pytest.mark.django_db
def test_a_pdf_encrypted_only_against_changes_goes_in(meeting, item):
    stored_paper(item, "Protected", "protected.pdf", pdf_bytes(2, "Protected", password="edit", owner_only=True))

    pack = build_pack(meeting)

    assert [title for title, _ in pack.outline][1] == "3. Protected"
    assert "Protected page 2" in _text_by_page(pack.pdf)[2]


@pytest.mark.django_db
def test_missing_file_and_empty_meeting_do_not_fail(meeting, item):
    paper = stored_paper(item, "Gone", "gone.pdf", pdf_bytes(1))
    paper.file.storage.delete(paper.file.name)

    pack = build_pack(meeting)

    assert [p.reason for p in pack.papers] == ["not included: the stored file is missing"]
    assert [title for title, _ in pack.outline] == ["Agenda", "Matters arising", "Forward plan"]


@pytest.mark.django_db
def test_an_unreadable_word_paper_is_listed_with_the_reason(meeting, item):
    stored_paper(item, "Fake", "fake.docx", b"%PDF-1.4 a PDF named as Word")

    (part,) = build_pack(meeting).papers

    assert not part.included and part.reason.startswith("not included: ")
    assert "PDF" in part.reason


def test_word_paper_headings_start_sections_and_tables_keep_their_rows():
    document = Document(blocks=[
        DocParagraph("Preface text."), DocParagraph("Findings", style="Heading 1"), DocParagraph("Two findings."),
        DocTable(rows=(("Finding", "Owner", "Due"), ("Share plans", "LA"), ("", "", ""))),
    ])

    composition = word_paper_composition("Review summary", "Item 5: Reviews", document)

    assert [s.title for s in composition.sections] == ["Review summary", "Findings"]
    table = composition.sections[1].blocks[1]
    assert table.columns == ("Finding", "Owner", "Due") and table.rows == (("Share plans", "LA", ""),)


def test_an_empty_word_paper_says_so():
    composition = word_paper_composition("Blank", "", Document(blocks=[]))
    assert composition.sections[0].blocks[0].text == "The paper has no text."


@pytest.mark.django_db
def test_every_paper_follows_the_meeting_permission(papered_meeting):
    # Papers have no visibility of their own: whoever may open the meeting gets all of them in the pack.
    assert len(agenda_pack.papers_for(papered_meeting)) == 5
