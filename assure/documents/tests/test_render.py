"""One composition drawn as Word, PDF and HTML: what a reader of each relies on (headings, contents, page numbers,
tables, charts with their words), the same bytes every time, and any typed text drawn without an error."""
import datetime
import io
import re
import zipfile

import pdfplumber
import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from lxml import html as lxml_html

from ..compose import Composition, Paragraph, Section, Table
from ..render import FORMATS, css_string, render
from . import samples
from .strategies import compositions


def text_of(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


# Word.
@pytest.fixture(scope="module")
def word_file():
    return Document(io.BytesIO(render(samples.small(), "docx")))


def test_word_has_a_title_heading_styles_and_a_contents_field(word_file):
    styles = [(p.style.name, p.text) for p in word_file.paragraphs if p.style.name in (
        "Title", "Heading 1", "Heading 2", "Heading 3", "TOC Heading")]
    assert styles == [("Title", "Fenbridge Safeguarding Partnership: yearly report 2025 to 2026"),
                      ("TOC Heading", "Contents"), ("Heading 1", "Foreword"), ("Heading 1", "Reviews"),
                      ("Heading 2", "Rapid reviews")]
    body = word_file.element.body.xml
    assert 'TOC \\o "1-3" \\h \\z \\u' in body
    assert word_file.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    reviews = next(p for p in word_file.paragraphs if p.text == "Reviews")
    assert reviews.paragraph_format.page_break_before  # new_page


def test_word_paragraph_styles_bullets_and_empty_text(word_file):
    by_text = {p.text: p for p in word_file.paragraphs}
    assert by_text["Not yet written."].runs[0].italic
    assert by_text["What the partners did together."].runs[0].bold
    assert [p.text for p in word_file.paragraphs if p.style.name == "List Bullet"] == ["Neglect", "Exploitation"]
    assert by_text["Children's arrangements"].style.name == "Subtitle"


def test_word_table_repeats_its_header_aligns_numbers_shades_ratings_and_bolds_the_total(word_file):
    grid = word_file.tables[0]
    assert [c.text for c in grid.rows[0].cells] == ["Priority", "Started", "Published", "Progress"]
    assert grid.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert grid._tbl.tblPr.find(qn("w:tblCaption")).get(qn("w:val")) == "Reviews by kind"
    first = grid.rows[1].cells
    assert first[1].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert grid.rows[0].cells[2].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert first[0].paragraphs[0].alignment is None
    assert first[3]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "FCE8C3"  # amber
    total = grid.rows[-1].cells
    assert total[0].text == "Total" and all(run.bold for cell in total for run in cell.paragraphs[0].runs)
    assert not any(run.bold for run in first[0].paragraphs[0].runs)


def test_word_says_none_for_a_table_without_rows(word_file):
    assert len(word_file.tables) == 1  # the rapid reviews table has no rows: no empty grid
    paragraphs = [p.text for p in word_file.paragraphs]
    assert paragraphs[paragraphs.index("Rapid reviews", paragraphs.index("Reviews")) + 2] == "None."


def test_word_chart_is_a_picture_with_alternative_text(word_file):
    (picture,) = word_file.inline_shapes
    properties = picture._inline.docPr
    assert properties.get("descr").startswith("A bar chart of referrals in each quarter")
    assert properties.get("title") == "Referrals by quarter (1)"
    assert "image/png" in [part.content_type for part in word_file.part.package.parts]
    assert "Referrals by quarter (1)" in [p.text for p in word_file.paragraphs if p.style.name == "Caption"]


def test_word_footer_numbers_the_pages_and_the_header_says_draft(word_file):
    section = word_file.sections[0]
    fields = [f.get(qn("w:instr")) for f in section.footer._element.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert section.footer.paragraphs[0].text == "Page  of "  # the numbers are Word's, as it lays out the pages
    assert section.header.paragraphs[0].text == "Draft: not approved"
    assert section.orientation == WD_ORIENT.PORTRAIT and section.page_width < section.page_height


def test_word_landscape_when_asked():
    section = Document(io.BytesIO(render(samples.small(landscape=True), "docx"))).sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height


def test_word_without_a_draft_note_has_an_empty_header():
    document = Document(io.BytesIO(render(samples.small(draft_note=""), "docx")))
    assert document.sections[0].header.paragraphs[0].text == ""
    assert "Draft" not in text_of(document)


def test_word_file_has_fixed_dates_and_no_thumbnail(word_file):
    data = render(samples.small(), "docx")
    entries = zipfile.ZipFile(io.BytesIO(data)).infolist()
    assert {entry.date_time for entry in entries} == {(1980, 1, 1, 0, 0, 0)}
    assert "docProps/thumbnail.jpeg" not in [entry.filename for entry in entries]
    assert word_file.core_properties.created == word_file.core_properties.modified == datetime.datetime(2000, 1, 1,
                                                                                             tzinfo=datetime.UTC)
    assert word_file.core_properties.title == "Fenbridge Safeguarding Partnership: yearly report 2025 to 2026"
    assert word_file.core_properties.comments == ""


@pytest.mark.parametrize("file_format", ["docx", "pdf", "html"])
def test_the_same_composition_gives_the_same_bytes_at_any_time(file_format, fixed_clock):
    composition = samples.small()
    first = render(composition, file_format)
    fixed_clock.move_to(datetime.datetime(2031, 7, 4, 15, 47, 12, tzinfo=datetime.UTC))
    assert render(composition, file_format) == first


def test_an_unknown_format_is_refused():
    with pytest.raises(ValueError, match="give docx, pdf or html"):
        render(samples.small(), "odt")
    assert set(FORMATS) == {"docx", "pdf", "html"}


# PDF.
def long_composition() -> Composition:
    rows = tuple((f"Indicator {n}", str(n), str(n * 2)) for n in range(1, 91))
    return samples.small(sections=samples.small().sections + (
        Section("Performance dataset", (Table(("Indicator", "This year", "Last year"), rows,
                                              caption="All indicators", numeric=(1, 2)),), new_page=True),))


@pytest.fixture(scope="module")
def pdf_file():
    return render(long_composition(), "pdf")


def pdf_pages(data):
    with pdfplumber.open(io.BytesIO(data)) as document:
        return [page.extract_text() for page in document.pages]


def test_pdf_numbers_every_page_and_says_draft_on_each(pdf_file):
    pages = pdf_pages(pdf_file)
    assert len(pages) >= 4
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert text.count("Draft: not approved") == (2 if number == 1 else 1)  # the header; page 1 says it too


def test_pdf_bookmarks_follow_the_headings(pdf_file):
    with pdfplumber.open(io.BytesIO(pdf_file)) as document:
        outline = [(level, title) for level, title, *_ in document.doc.get_outlines()]
    assert outline == [(1, "Fenbridge Safeguarding Partnership: yearly report 2025 to 2026"), (2, "Contents"),
                       (2, "Foreword"), (2, "Reviews"), (3, "Rapid reviews"), (2, "Performance dataset")]


def test_pdf_contents_give_page_numbers(pdf_file):
    pages = pdf_pages(pdf_file)
    contents = pages[0]
    reviews_page = next(n for n, text in enumerate(pages, start=1) if re.search("^Reviews$", text, re.M))
    dataset_page = next(n for n, text in enumerate(pages, start=1) if re.search("^Performance dataset$", text, re.M))
    assert reviews_page == 2  # starts on a new page
    assert re.search(rf"Reviews\.+ ?{reviews_page}\b", contents)
    assert re.search(rf"Rapid reviews\.+ ?{reviews_page}\b", contents)
    assert re.search(rf"Performance dataset\.+ ?{dataset_page}\b", contents)


def test_pdf_table_repeats_its_header_on_each_page(pdf_file):
    pages = [text for text in pdf_pages(pdf_file) if "Indicator " in text]
    assert len(pages) >= 2
    assert all("Indicator This year Last year" in text for text in pages)
    assert "Indicator 90 90 180" in pages[-1]


def structure(data, kind):
    def find(node):
        if node.get("type") == kind:
            yield node
        for child in node.get("children", ()):
            yield from find(child)
    with pdfplumber.open(io.BytesIO(data)) as document:
        return [found for page in document.pages for node in page.structure_tree for found in find(node)]


def test_pdf_is_tagged_with_headings_tables_and_the_charts_alternative_text(pdf_file):
    (figure,) = structure(pdf_file, "Figure")
    assert figure["alt_text"] == samples.chart(1).description
    assert len(structure(pdf_file, "H2")) == 4  # contents, foreword, reviews, dataset
    assert len(structure(pdf_file, "H3")) == 1
    assert structure(pdf_file, "TH")
    with pdfplumber.open(io.BytesIO(pdf_file)) as document:
        assert document.metadata["Title"] == "Fenbridge Safeguarding Partnership: yearly report 2025 to 2026"
        assert "CreationDate" not in document.metadata and "ModDate" not in document.metadata
        catalog = document.doc.catalog
        assert catalog["Lang"] == b"en-GB" and "StructTreeRoot" in catalog
        assert catalog["MarkInfo"]["Marked"] is True


def test_pdf_landscape_when_asked():
    with pdfplumber.open(io.BytesIO(render(samples.small(landscape=True), "pdf"))) as document:
        assert document.pages[0].width > document.pages[0].height


# HTML.
@pytest.fixture(scope="module")
def page():
    return lxml_html.document_fromstring(render(samples.small(), "html"))


def test_html_page_is_one_accessible_document(page):
    assert page.get("lang") == "en-GB"
    assert [h.text_content() for h in page.iter("h1")] == [
        "Fenbridge Safeguarding Partnership: yearly report 2025 to 2026"]
    levels = [int(h.tag[1]) for h in page.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels == [1, 2, 2, 2, 3]
    assert all(later <= earlier + 1 for earlier, later in zip(levels, levels[1:]))
    nav = page.find(".//nav")
    assert nav.get("aria-labelledby") == "contents-heading"
    assert [(a.text, a.get("href")) for a in nav.iter("a")] == [
        ("Foreword", "#section-1"), ("Reviews", "#section-2"), ("Rapid reviews", "#section-3")]
    assert all(page.get_element_by_id(a.get("href")[1:]) is not None for a in nav.iter("a"))


def test_html_table_has_headers_caption_and_a_labelled_scrolling_wrapper(page):
    (table,) = page.iter("table")
    wrapper = table.getparent()
    assert wrapper.get("class") == "table-wrap" and wrapper.get("tabindex") == "0" and wrapper.get("role") == "region"
    caption = table.find("caption")
    assert caption.text == "Reviews by kind" and wrapper.get("aria-labelledby") == caption.get("id")
    assert {th.get("scope") for th in table.iter("th")} == {"col"}
    first = table.findall(".//tbody/tr")[0].findall("td")
    assert [td.get("class") for td in first] == [None, "numeric", "numeric", "rag-amber"]
    assert table.findall(".//tbody/tr")[-1].get("class") == "total"
    assert len(table.findall(".//colgroup/col")) == 4  # widths (3, 1, 1, 1.5) as rules in the stylesheet
    assert "#table-1 col:nth-child(1) { width: 46.15%; }" in page.find(".//style").text
    # The table without rows says so.
    rapid = page.get_element_by_id("section-3").getparent()
    assert [p.text_content() for p in rapid.iter("p")] == ["Rapid reviews", "None."]


def test_html_chart_is_a_figure_with_its_text_alternative(page):
    (figure,) = page.iter("figure")
    image = figure.find("img")
    assert image.get("alt") == samples.chart(1).description
    assert image.get("src").startswith("data:image/svg+xml;base64,")
    assert figure.find("figcaption").text == "Referrals by quarter (1)"


def test_html_paragraph_styles_and_draft_note(page):
    assert page.find_class("empty")[0].text == "Not yet written."
    assert page.find_class("lead")[0].text == "What the partners did together."
    assert page.find_class("draft")[0].text == "Draft: not approved"


def test_html_table_without_a_caption_is_labelled_by_its_columns():
    composition = samples.small(sections=(Section("Figures", (Table(("Name", "Count"), (("A", "1"),)),)),))
    wrapper = lxml_html.document_fromstring(render(composition, "html")).find_class("table-wrap")[0]
    assert wrapper.get("aria-label") == "Table: Name, Count"


def test_typed_text_is_escaped_not_run():
    composition = samples.small(draft_note='Draft "1" </style>', sections=(Section("<b>Heading</b>", (
        Paragraph("<script>alert(1)</script>"), Table(("<i>",), (("<em>x</em>",),))),),))
    text = render(composition, "html").decode()
    assert "<script>alert" not in text and "<b>Heading" not in text and "<em>x" not in text
    assert "&lt;script&gt;" in text
    assert css_string('Draft "1" </style>') == '"Draft \\22 1\\22  \\3c \\2f style\\3e "'
    assert 'Draft "1" </style>' in pdf_pages(render(composition, "pdf"))[0]


# Any typed text, any shape.
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(composition=compositions)
def test_any_composition_renders_in_all_three_formats(composition):
    document = Document(io.BytesIO(render(composition, "docx")))
    assert document.paragraphs[0].style.name == "Title"
    page = lxml_html.document_fromstring(render(composition, "html"))
    assert len(list(page.iter("h1"))) == 1 and page.find(".//title").text.strip()
    with pdfplumber.open(io.BytesIO(render(composition, "pdf"))) as pdf:
        assert len(pdf.pages) >= 1
