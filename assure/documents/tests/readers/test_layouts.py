"""Readers on the common layouts of issue 8: narrow word-wrapped table columns (ruled and borderless),
text wrapped to the top of a page, and minutes published as a council website page."""
import io

import pytest

pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Paragraph as RLParagraph  # noqa: E402
from reportlab.platypus import Table, TableStyle  # noqa: E402

from assure.documents.document import Paragraph  # noqa: E402
from assure.documents.document import Table as DocTable  # noqa: E402
from assure.documents.readers.pdf import read_pdf  # noqa: E402
from assure.documents.readers.text import parse_html  # noqa: E402
from assure.imports import corpus  # noqa: E402

SMALL = getSampleStyleSheet()["BodyText"].clone("small", fontSize=8, leading=9.5)
LONG_ACTION = "Write to the Integrated Care Board about attendance at strategy meetings"


def _cell(*paragraphs):
    return [RLParagraph(p, SMALL) for p in paragraphs]


def _action_table(ruled: bool):
    rows = [["Item", "Discussion", "Action", "Lead", "Due"],
            ["4.", _cell("The Board discussed the findings and noted the improvement since the last quarter."),
             _cell(LONG_ACTION, "Share the neglect audit findings with the practitioner forum"),
             _cell("NJ", "BE"), _cell("15/07/2024", "17/06/2024")],
            ["5.", _cell("Members asked for the figures to be broken down by locality."),
             _cell("Publish the annual report"), _cell("DW"), _cell("30/07/2024")]]
    table = Table(rows, colWidths=[26, 200, 110, 38, 47])
    lines = [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))] if ruled else [
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, (0, 0, 0)), ("TOPPADDING", (0, 1), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 10)]
    table.setStyle(TableStyle([*lines, ("FONTSIZE", (0, 0), (-1, -1), 8), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _tables(document):
    return [b for b in document.blocks if isinstance(b, DocTable)]


@pytest.mark.parametrize("ruled", [True, False], ids=["ruled", "borderless"])
def test_narrow_columns_give_back_whole_cells_one_paragraph_per_action(ruled):
    pdf = corpus.build_pdf([_action_table(ruled)], footer="Board minutes 01.07.24")
    [table] = _tables(read_pdf(pdf))
    header, first, second = table.rows
    assert header == ("Item", "Discussion", "Action", "Lead", "Due")
    # Wrapped word by word in a 110 pt column, still one action each; the owners and dates stay paired.
    assert first[2] == f"{LONG_ACTION}\nShare the neglect audit findings with the practitioner forum"
    assert first[3] == "NJ\nBE"
    assert first[4] == "15/07/2024\n17/06/2024"  # the year cut at the column's edge is rejoined
    assert first[1] == "The Board discussed the findings and noted the improvement since the last quarter."
    assert second[:3] == ("5.", "Members asked for the figures to be broken down by locality.", "Publish the annual report")


def test_a_line_wrapped_to_the_top_of_a_page_is_text_not_a_running_header():
    # Three pages that each open with the same words, wrapped from the page before, at the body's line
    # spacing from the text below them; the running header stands apart, as headers do.
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    for n in range(1, 4):
        page.setFont("Helvetica", 8)
        page.drawString(72, A4[1] - 30, "Fenbridge Safeguarding Board minutes")
        page.drawString(72, 25, f"Page {n} of 3")
        page.setFont("Helvetica", 10)
        y = A4[1] - 80
        page.drawString(72, y, "17/09/2024.")
        for k in range(40):
            y -= 12
            topic = ["Neglect audit", "Risk register", "Training offer"][n - 1]
            page.drawString(72, y, f"{topic}, line {k}: the Board discussed the findings and the improvement.")
        page.showPage()
    page.save()
    document = read_pdf(out.getvalue())
    body = "\n".join(b.text for b in document.blocks if isinstance(b, Paragraph))
    assert body.count("17/09/2024.") == 3
    assert document.furniture == ["Fenbridge Safeguarding Board minutes", "Page 1 of 3"]


def test_council_page_chrome_goes_to_furniture_and_headings_keep_their_level():
    html = corpus.as_council_html(corpus.layout_meeting(3, items=3, first_number=23), table_items=False)
    document = parse_html(html.decode())
    text = "\n".join(b.text for b in document.blocks if isinstance(b, Paragraph))
    for chrome in ("Skip to main content", "Councillors\n", "Search this site", "Accessibility statement", "Home >"):
        assert chrome not in text
    assert document.furniture and document.furniture[0].startswith("Minutes - ")  # the page's <title>
    headings = [b for b in document.blocks if isinstance(b, Paragraph) and b.style.startswith("Heading")]
    assert headings[0].style == "Heading 1" and headings[0].text.startswith("Minutes: ")
    assert [h.text[:3] for h in headings if h.style == "Heading 3"] == ["23.", "24.", "25."]


def test_page_chrome_is_recognised_by_role_and_by_class_words():
    html = """<html><body><div role="navigation">Home Meetings</div><div class="site-footer">Footer text</div>
    <div class="breadcrumbTrail">Home &gt; Committees</div><div class="mgContent"><p>Present: Jo Bloggs</p>
    <div><div>nested</div> still content</div></div><img src="x.png"><p>After the image</p></body></html>"""
    document = parse_html(html)
    assert [b.text for b in document.blocks] == ["Present: Jo Bloggs", "nested", "still content", "After the image"]


def test_a_word_longer_than_its_column_is_rejoined_but_a_normal_wrap_keeps_its_space():
    rows = [["Lead", "Title"], [_cell("Safeguarding"), _cell("Quarterly performance dataset")]]
    table = Table(rows, colWidths=[50, 62])  # 38 pt for text: "Safeguard" + "ing"
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
    [read] = _tables(read_pdf(corpus.build_pdf([table])))
    assert read.rows[1] == ("Safeguarding", "Quarterly performance dataset")


def test_minutes_pasted_into_an_email_keep_its_headers_and_greeting_as_furniture():
    from assure.documents.readers.text import parse_text

    text = ("From: Jo Bloggs\nSent: 12 March 2025 16:04\nTo: Subgroup members\nSubject: Notes of 11/03/25\n\n"
            "Hi all,\nPlease see the notes below.\nThanks, Jo\n\n-----\n\nFenbridge Neglect Subgroup\n"
            "Notes of meeting 11/03/25\n\nPresent: Ann Lee (AL) chair, Jo Bloggs (JB) notes\n")
    document = parse_text(text)
    assert [b.text for b in document.blocks] == ["Fenbridge Neglect Subgroup", "Notes of meeting 11/03/25",
                                                 "Present: Ann Lee (AL) chair, Jo Bloggs (JB) notes"]
    assert document.furniture[:2] == ["From: Jo Bloggs", "Sent: 12 March 2025 16:04"]
    assert "Hi all," in document.furniture


def test_an_emails_attendance_before_its_first_separator_is_not_the_greeting():
    # Converted without blank lines, the first rule line comes after the attendance: that stays minutes.
    from assure.documents.readers.text import parse_text

    text = ("From: Jo Bloggs\nSent: 12 March 2025 16:04\nSubject: Notes of 11/03/25\nHi all\n"
            "Notes from yesterday's neglect subgroup below.\nWho was there:\nAnn Lee - Chair, Fenbridge Council\n"
            "Jo Bloggs - Business Support (notes)\n-----\n1) Welcome\n-----\nAll welcomed.\n")
    document = parse_text(text)
    texts = [b.text for b in document.blocks]
    assert texts[2:5] == ["Who was there:", "Ann Lee - Chair, Fenbridge Council", "Jo Bloggs - Business Support (notes)"]
    assert texts[1] == "Notes from yesterday's neglect subgroup below."  # what it says of the meeting is kept
    assert document.furniture == ["From: Jo Bloggs", "Sent: 12 March 2025 16:04", "Subject: Notes of 11/03/25"]


def test_a_text_that_only_mentions_from_is_not_an_email():
    from assure.documents.readers.text import parse_text

    document = parse_text("From: the chair's report\n1. Welcome\nThe chair welcomed members.")
    assert document.furniture == [] and document.blocks[0].text == "From: the chair's report"


def test_ordered_lists_keep_the_numbers_a_browser_shows():
    html = ('<html><body><ol start="23"><li>Minutes of the last meeting</li><li>Risk register'
            '<ol type="a"><li>Agreed the register</li><li>Noted the new risks</li></ol></li>'
            '<li value="30">Any other business</li></ol><ul><li>Not numbered</li></ul></body></html>')
    assert [b.text for b in parse_html(html).blocks] == [
        "23. Minutes of the last meeting", "24. Risk register", "(a) Agreed the register", "(b) Noted the new risks",
        "30. Any other business", "• Not numbered"]


def test_a_page_header_holding_the_minutes_title_is_kept():
    html = ('<html><body><div class="page-header"><h1>Minutes: Fenbridge Safeguarding Board</h1></div>'
            '<div class="site-footer">Contact us</div></body></html>')
    assert [b.text for b in parse_html(html).blocks] == ["Minutes: Fenbridge Safeguarding Board"]


def test_centred_lines_in_a_narrow_cell_keep_their_spaces():
    centred = SMALL.clone("centred", alignment=1)
    rows = [["Lead"], [RLParagraph("Safeguarding leads", centred)]]
    table = Table(rows, colWidths=[62])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
    [read] = _tables(read_pdf(corpus.build_pdf([table])))
    assert read.rows[1] == ("Safeguarding leads",)
