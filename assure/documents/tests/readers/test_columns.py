"""PDF pages set in two columns (issue 8): a full-width title, then two columns of text, read left
column first, then the right; full-width parts (titles, tables across the page) keep their place;
tables whose columns happen to sit either side of the page's middle stay tables."""
import io
import re

import pytest

pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, TableStyle  # noqa: E402
from reportlab.platypus import Paragraph as RLParagraph  # noqa: E402
from reportlab.platypus import Table as RLTable  # noqa: E402

from assure.documents.document import Paragraph, Table  # noqa: E402
from assure.documents.readers.pdf import read_pdf  # noqa: E402

STYLES = getSampleStyleSheet()
BODY = STYLES["BodyText"].clone("body", fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=4)
HEADING = STYLES["BodyText"].clone("heading", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6)
TITLE = STYLES["BodyText"].clone("title", fontName="Helvetica-Bold", fontSize=13, leading=16)
TOPICS = ["the neglect audit", "the missing episodes protocol", "school transition plans", "the training offer",
          "the escalation policy", "the learning events", "the dataset for the quarter", "the annual report"]


def _paragraph(n: int) -> str:
    topic = TOPICS[n % len(TOPICS)]
    return (f"Paragraph {n}: members discussed {topic} at some length and agreed that the partnership would "
            f"write to each agency about {topic} before the next meeting, asking for a named lead and a short "
            f"written update on progress, risks and what had been learned since the last review.")


def _discussion(n: int) -> str:
    return (f"Members discussed {TOPICS[n % len(TOPICS)]} at some length and agreed that the partnership "
            f"would write to each agency about it.")


def _build(story, templates) -> bytes:
    out = io.BytesIO()
    doc = BaseDocTemplate(out, pagesize=A4, invariant=1, title="Minutes")
    doc.addPageTemplates(templates)
    doc.build(story)
    return out.getvalue()


def _frames(top: float, bottom: float, prefix: str, gap: float = 0.8 * cm) -> list[Frame]:
    width = (A4[0] - 4 * cm - gap) / 2
    return [Frame(2 * cm, bottom, width, top - bottom, id=f"{prefix}1"),
            Frame(2 * cm + width + gap, bottom, width, top - bottom, id=f"{prefix}2")]


def _texts(document) -> list[str]:
    return [b.text for b in document.blocks if isinstance(b, Paragraph)]


def _footer(canvas, doc):
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(2 * cm, 1.2 * cm, "Fenbridge Review Group minutes - OFFICIAL")
    canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(doc.page))


def test_two_columns_under_a_full_width_title_are_read_left_column_then_right_over_pages():
    w, h = A4
    head = Frame(2 * cm, h - 5 * cm, w - 4 * cm, 3 * cm, id="head")
    story = [RLParagraph("Fenbridge Practice Review Group", TITLE),
             RLParagraph("Minutes of 5 November 2026", BODY), NextPageTemplate("later"), FrameBreak()]
    expected = ["Fenbridge Practice Review Group", "Minutes of 5 November 2026"]
    for n in range(1, 25):
        if n % 4 == 1:
            story.append(RLParagraph(f"{n // 4 + 1}  Item on {TOPICS[n // 4]}", HEADING))
            expected.append(f"{n // 4 + 1} Item on {TOPICS[n // 4]}")
        story.append(RLParagraph(_paragraph(n), BODY))
        expected.append(_paragraph(n))
    pdf = _build(story, [PageTemplate("first", [head, *_frames(h - 5 * cm, 2 * cm, "c")], onPage=_footer),
                         PageTemplate("later", _frames(h - 2 * cm, 2 * cm, "l"), onPage=_footer)])
    document = read_pdf(pdf)
    assert document.pages == 2
    texts = _texts(document)
    # Paragraphs that run on from the foot of a column, or of a page, to the head of the next are whole.
    assert texts == expected
    assert texts[:3] == ["Fenbridge Practice Review Group", "Minutes of 5 November 2026", "1 Item on the neglect audit"]
    headings = [b.text for b in document.blocks if isinstance(b, Paragraph) and b.style == "Heading"]
    assert headings[1:] == [f"{k} Item on {TOPICS[k - 1]}" for k in range(1, 7)]
    assert document.furniture == ["Fenbridge Review Group minutes - OFFICIAL 1"]  # the footer stays furniture


def test_a_table_across_the_page_between_two_column_stretches_keeps_its_place():
    w, h = A4
    middle = h - 12 * cm
    frames = [Frame(2 * cm, h - 4 * cm, w - 4 * cm, 2 * cm, id="head"), *_frames(h - 4 * cm, middle, "u"),
              Frame(2 * cm, middle - 5 * cm, w - 4 * cm, 5 * cm, id="table"), *_frames(middle - 5 * cm, 2 * cm, "d")]
    story = [RLParagraph("Fenbridge Neglect Subgroup", TITLE), FrameBreak()]
    story += [RLParagraph(_paragraph(n), BODY) for n in range(1, 5)]
    story.append(FrameBreak("table"))
    table = RLTable([["Action", "Lead", "Due"], ["Write to each agency about the neglect audit", "AB", "12/12/2026"],
                     ["Share the learning events programme with schools", "CD", "15/01/2027"]],
                    colWidths=[10 * cm, 3 * cm, 4 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story.append(table)
    story.append(FrameBreak())
    story += [RLParagraph(_paragraph(n), BODY) for n in range(5, 9)]
    document = read_pdf(_build(story, [PageTemplate("page", frames)]))
    order = [b.rows[1][0] if isinstance(b, Table) else b.text for b in document.blocks]
    joined = " | ".join(order)
    positions = [joined.index(f"Paragraph {n}:") for n in range(1, 9)]
    assert positions == sorted(positions)
    table_at = joined.index("Write to each agency about the neglect audit")
    assert positions[3] < table_at < positions[4]
    [read] = [b for b in document.blocks if isinstance(b, Table)]
    assert read.rows[2] == ("Share the learning events programme with schools", "CD", "15/01/2027")


def test_a_borderless_table_of_prose_either_side_of_the_middle_stays_a_table():
    # Discussion | Action: both wrapped prose, both near half the page wide. Its rows start level on
    # both sides, which two independent columns of text do not: it is read as a table, row by row.
    rows = [["Discussion", "Action"]]
    for n in range(1, 5):
        rows.append([RLParagraph(_discussion(n), BODY),
                     RLParagraph(f"Action {n}: write to each agency about {TOPICS[n]} and ask for a named lead "
                                 f"and a written update before the next meeting of the group, copying in the "
                                 f"chair, the business manager and the lead for {TOPICS[n + 1]}, and report back "
                                 f"on the replies.", BODY)])
    table = RLTable(rows, colWidths=[8.5 * cm, 8.5 * cm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 1), (-1, -1), 8),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 14)]))
    w, h = A4
    document = read_pdf(_build([RLParagraph("Fenbridge Board", TITLE), table],
                               [PageTemplate("page", [Frame(2 * cm, 2 * cm, w - 4 * cm, h - 4 * cm)])]))
    [read] = [b for b in document.blocks if isinstance(b, Table)]
    assert read.rows[0] == ("Discussion", "Action")
    assert [row[0] for row in read.rows[1:]] == [_discussion(n) for n in range(1, 5)]
    assert read.rows[2][1].startswith("Action 2: write to each agency about school transition plans and")


def test_a_short_right_column_on_the_last_page_is_still_read_after_the_left():
    # Laid out line by line: two full columns on page 1; on page 2 a full left column and two lines on
    # the right, too few to show a gutter on their own; the pages before show it.
    import textwrap

    from reportlab.pdfgen import canvas

    words = " ".join(f"Sentence {n} records what the group heard about {TOPICS[n % len(TOPICS)]}." for n in range(1, 400))
    lines = textwrap.wrap(words, 44)
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    page.setFont("Helvetica-Bold", 13)
    page.drawString(57, A4[1] - 60, "Fenbridge Practice Review Group: notes of the meeting on 5 November 2026")
    taken = 0
    for top, columns in ((A4[1] - 90, ((57, 50), (310, 50))), (A4[1] - 60, ((57, 52), (310, 2)))):
        page.setFont("Helvetica", 9.5)
        for x, count in columns:
            for k, line in enumerate(lines[taken:taken + count]):
                page.drawString(x, top - 12 * k, line)
            taken += count
        page.showPage()
    page.save()
    document = read_pdf(out.getvalue())
    read = " ".join(b.text for b in document.blocks if isinstance(b, Paragraph))
    assert read.split()[12:] == " ".join(lines[:taken]).split()


@pytest.mark.parametrize("offset", [0, 4, 7, 11])
def test_columns_whose_lines_are_not_level_are_still_read_one_after_the_other(offset):
    # Word and InDesign set each column's lines from its own top: the right column's baselines sit
    # anywhere between the left column's.
    import textwrap

    from reportlab.pdfgen import canvas

    words = " ".join(f"Point {n} notes what the panel heard about {TOPICS[n % len(TOPICS)]}." for n in range(1, 120))
    lines = textwrap.wrap(words, 44)[:70]
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    page.setFont("Helvetica-Bold", 13)
    page.drawString(57, A4[1] - 60, "Fenbridge Practice Review Group: notes of the meeting on 5 November 2026")
    page.setFont("Helvetica", 9.5)
    for k, line in enumerate(lines):
        x, row, shift = (57, k, 0) if k < 35 else (310, k - 35, offset)
        page.drawString(x, A4[1] - 90 - shift - 12 * row, line)
    page.save()
    read = " ".join(b.text for b in read_pdf(out.getvalue()).blocks if isinstance(b, Paragraph))
    assert read.split()[12:] == " ".join(lines).split()


def test_a_ruled_table_inside_one_column_is_read_in_that_column():
    w, h = A4
    head = Frame(2 * cm, h - 4 * cm, w - 4 * cm, 2 * cm, id="head")
    story = [RLParagraph("Fenbridge Neglect Subgroup", TITLE), FrameBreak()]
    story += [RLParagraph(_paragraph(n), BODY) for n in range(1, 4)]
    table = RLTable([["Action", "Lead"], ["Write to each school", "AB"], ["Book the panel", "CD"]],
                    colWidths=[5 * cm, 2 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [table, *(RLParagraph(_paragraph(n), BODY) for n in range(4, 6)), FrameBreak()]
    story += [RLParagraph(_paragraph(n), BODY) for n in range(6, 10)]
    document = read_pdf(_build(story, [PageTemplate("page", [head, *_frames(h - 4 * cm, 2 * cm, "c")])]))
    order = ["TABLE" if isinstance(b, Table) else b.text.split(":")[0] for b in document.blocks]
    assert [o for o in order if o == "TABLE" or o.startswith("Paragraph ")] == [
        "Paragraph 1", "Paragraph 2", "Paragraph 3", "TABLE", "Paragraph 4", "Paragraph 5",
        "Paragraph 6", "Paragraph 7", "Paragraph 8", "Paragraph 9"]
    [read] = [b for b in document.blocks if isinstance(b, Table)]
    assert read.rows == (("Action", "Lead"), ("Write to each school", "AB"), ("Book the panel", "CD"))


def test_a_sentence_broken_by_a_page_break_is_one_paragraph_but_a_finished_one_is_not():
    import textwrap

    from reportlab.pdfgen import canvas

    first = "The group heard " + ", ".join(f"about {TOPICS[n % len(TOPICS)]} from agency {n}" for n in range(1, 16)) + "."
    second = "The group noted the report. Members thanked the author for a clear summary of the findings."
    wrapped = textwrap.wrap(first, 90)
    pages = [wrapped[:3], [*wrapped[3:], None, *textwrap.wrap(second, 90)]]  # page 1 ends mid-sentence
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    for lines in pages:
        page.setFont("Helvetica", 10)
        top = A4[1] - 80 if lines is pages[1] else A4[1] - 700
        for k, line in enumerate(lines):
            if line:
                page.drawString(57, top - 12 * k, line)
        page.showPage()
    page.save()
    texts = [b.text for b in read_pdf(out.getvalue()).blocks if isinstance(b, Paragraph)]
    assert texts == [first, second]


def test_notes_in_a_narrow_margin_beside_the_text_are_not_a_second_column():
    # Discussion with action notes in the right margin, level with the text they belong to: a margin
    # a third as wide as the text is not a column of the page, so a note is not moved below the text.
    import textwrap

    from reportlab.pdfgen import canvas

    text = textwrap.wrap(" ".join(f"Finding {n} was discussed by the panel and {TOPICS[n % 8]} was noted." for n in range(60)), 56)[:40]
    notes = {4: "Note A: JK to write to the school about the plan", 18: "Note B: MB to share the audit with partners",
             30: "Note C: all to send comments on the draft"}
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=1)
    page.setFont("Helvetica", 9.5)
    for k, line in enumerate(text):
        page.drawString(57, A4[1] - 80 - 12 * k, line)
    for row, note in notes.items():
        for j, part in enumerate(textwrap.wrap(note, 26)):
            page.drawString(360, A4[1] - 80 - 12 * (row + j), part)
    page.save()
    document = read_pdf(out.getvalue())
    flat = " ".join(b.text if isinstance(b, Paragraph) else " ".join(c for row in b.rows for c in row) for b in document.blocks)
    # a finding in the text between notes B and C
    later = next(m.group() for line in text[21:28] if (m := re.search(r"Finding \d+", line)))
    assert flat.index("Note A") < flat.index(f"{later} ") < flat.index("Note C")
