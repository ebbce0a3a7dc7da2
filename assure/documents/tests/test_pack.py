"""A pack: the parts in order as one PDF, numbered across all of it, with a bookmark for each part; a part that is not
a readable PDF becomes a page saying why; the page counts a caller needs before packing; the same bytes every time."""
import io

import pdfplumber
import pytest

from ..compose import Composition, Section, Table
from ..pack import MAX_PAGES, Part, checked, pack, page_count
from ..render import pdf, render
from . import samples


def _pdf(*sizes: tuple[int, int], rotate: int = 0) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for width, height in sizes:
        page = writer.add_blank_page(width=width, height=height)
        if rotate:
            page.rotate(rotate)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _locked() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf((595, 842)))))
    writer.encrypt(user_password="secret", owner_password="secret-owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture(scope="module")
def made():
    agenda = Composition("Executive Board: agenda, 12 March 2026", (Section("Agenda", (Table(
        ("Item", "Paper", "Presenter"), (("1", "Yearly report draft", "Business manager"),
                                         ("2", "Risk register", "Chair"), ("3", "Wide figures", "Analyst"))),)),),
        author="Fenbridge Safeguarding Partnership")
    parts = [Part("Agenda", pdf(agenda, numbered=False), keep_bookmarks=True),
             Part("1. Yearly report draft", render(samples.small(), "pdf")),
             Part("2. Risk register", b"%PDF-1.4 junk"),
             Part("3. Wide figures", render(samples.small(landscape=True, draft_note=""), "pdf"))]
    return parts, pack(parts, title=agenda.title, author=agenda.author)


def test_pack_holds_the_parts_in_order_numbered_across_all_pages(made):
    _, data = made
    with pdfplumber.open(io.BytesIO(data)) as document:
        pages = [page.extract_text() for page in document.pages]
        sizes = [page.width > page.height for page in document.pages]
        outline = [(level, title) for level, title, *_ in document.doc.get_outlines()]
        assert document.metadata["Title"] == "Executive Board: agenda, 12 March 2026"
        assert document.metadata["Author"] == "Fenbridge Safeguarding Partnership"
    assert len(pages) == 1 + 2 + 1 + 3
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of 7" in text
    assert "Presenter" in pages[0] and "Page 1 of 1" not in pages[0]  # the agenda is numbered by the pack only
    assert "2. Risk register" in pages[3]
    assert "could not be added because the PDF is damaged and cannot be read" in pages[3]
    assert sizes == [False] * 4 + [True] * 3  # each part keeps its own page size
    assert [item for item in outline if item[0] == 1] == [
        (1, "Agenda"), (1, "1. Yearly report draft"), (1, "2. Risk register"), (1, "3. Wide figures")]
    assert (2, "Executive Board: agenda, 12 March 2026") in outline  # the agenda's headings beneath its bookmark
    assert outline[3:] == [(1, "1. Yearly report draft"), (1, "2. Risk register"), (1, "3. Wide figures")]  # a
    # paper's own bookmarks are kept only when asked


def test_pack_is_the_same_every_time(made):
    parts, data = made
    assert pack(parts, title="Executive Board: agenda, 12 March 2026",
                author="Fenbridge Safeguarding Partnership") == data


def test_one_part_is_numbered_by_the_pack():
    with pdfplumber.open(io.BytesIO(pack([Part("Report", pdf(samples.small(table_of_contents=False),
                                                                 numbered=False))]))) as document:
        assert "Page 1 of 2" in document.pages[0].extract_text()


def test_rotated_and_landscape_pages_are_numbered_where_they_are_read():
    from pypdf import PdfReader

    data = pack([Part("Landscape", _pdf((842, 595))), Part("Turned", _pdf((595, 842), rotate=90))])

    reader = PdfReader(io.BytesIO(data))
    assert [p.extract_text().strip() for p in reader.pages] == ["Page 1 of 2", "Page 2 of 2"]
    assert [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages] == [(842, 595), (842, 595)]
    assert [entry.title for entry in reader.outline] == ["Landscape", "Turned"]


def test_checked_gives_the_pages_or_the_reason():
    assert checked(_pdf((595, 842), (595, 842))) == (_pdf((595, 842), (595, 842)), 2, "")
    assert checked(_locked()) == (None, 0, "it is protected by a password")
    assert checked(b"%PDF-1.7\nnot a PDF") == (None, 0, "the PDF is damaged and cannot be read")
    assert checked(b"") == (None, 0, "the PDF is damaged and cannot be read")
    assert checked(_pdf()) == (None, 0, "the PDF has no pages")
    assert checked(_pdf(*[(100, 100)] * (MAX_PAGES + 1))) == (None, 0, f"it has 501 pages (over {MAX_PAGES})")
    assert page_count(_pdf((595, 842))) == 1
    with pytest.raises(ValueError, match="protected by a password"):
        page_count(_locked())


def test_a_locked_part_is_a_notice_and_an_empty_pack_is_refused():
    with pdfplumber.open(io.BytesIO(pack([Part("Locked", _locked())]))) as document:
        text = document.pages[0].extract_text()
    assert "could not be added because it is protected by a password" in text and "Page 1 of 1" in text
    with pytest.raises(ValueError, match="at least one part"):
        pack([])
