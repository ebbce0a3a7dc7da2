"""An agenda pack: the agenda then each paper in order as one PDF, numbered across all of it, with a bookmark for
the agenda and each paper; a paper that is not a readable PDF becomes a page saying so; the same bytes every time."""
import io

import pdfplumber
import pytest

from ..compose import Composition, Section, Table
from ..pack import Paper, pack
from ..render import render
from . import samples


@pytest.fixture(scope="module")
def made():
    agenda = Composition("Executive Board: agenda, 12 March 2026", (Section("Agenda", (Table(
        ("Item", "Paper", "Presenter"), (("1", "Yearly report draft", "Business manager"),
                                         ("2", "Risk register", "Chair"), ("3", "Wide figures", "Analyst"))),)),),
        author="Fenbridge Safeguarding Partnership")
    papers = [Paper("Yearly report draft", render(samples.small(), "pdf")), Paper("Risk register", b"%PDF-1.4 junk"),
              Paper("Wide figures", render(samples.small(landscape=True, draft_note=""), "pdf"))]
    return agenda, papers, pack(agenda, papers)


def test_pack_holds_the_agenda_then_each_paper_numbered_across_all_pages(made):
    _, _, data = made
    with pdfplumber.open(io.BytesIO(data)) as document:
        pages = [page.extract_text() for page in document.pages]
        sizes = [page.width > page.height for page in document.pages]
        outline = [(level, title) for level, title, *_ in document.doc.get_outlines()]
        assert document.metadata["Title"] == "Executive Board: agenda, 12 March 2026"
    assert len(pages) == 1 + 2 + 1 + 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of 7" in text
    assert "Presenter" in pages[0] and "Page 1 of 1" not in pages[0]  # the agenda is numbered by the pack only
    assert "Risk register" in pages[3] and "could not be added because it is not a PDF that can be read" in pages[3]
    assert sizes == [False] * 4 + [True] * 3  # each paper keeps its own page size
    assert [item for item in outline if item[0] == 1] == [
        (1, "Agenda"), (1, "1. Yearly report draft"), (1, "2. Risk register"), (1, "3. Wide figures")]
    assert (2, "Executive Board: agenda, 12 March 2026") in outline  # the agenda's headings beneath its bookmark


def test_pack_is_the_same_every_time(made):
    agenda, papers, data = made
    assert pack(agenda, papers) == data


def test_pack_without_papers_is_the_agenda():
    with pdfplumber.open(io.BytesIO(pack(samples.small(table_of_contents=False), []))) as document:
        assert "Page 1 of 2" in document.pages[0].extract_text()
