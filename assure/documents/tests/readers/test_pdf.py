"""The PDF reader on PDFs built here with reportlab."""
import io

import pytest

pytest.importorskip("reportlab")
from PIL import Image  # noqa: E402 - Pillow comes with pdfplumber
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.pdfencrypt import StandardEncryption  # noqa: E402
from reportlab.lib.styles import getSampleStyleSheet  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle  # noqa: E402
from reportlab.platypus import Paragraph as RLParagraph  # noqa: E402

from assure.documents.checks import EncryptedDocument, UnreadableDocument, pdf_is_encrypted  # noqa: E402
from assure.documents.document import Paragraph  # noqa: E402
from assure.documents.document import Table as DocTable  # noqa: E402
from assure.documents.readers.pdf import NO_TEXT_LAYER, read_pdf  # noqa: E402
from assure.imports import corpus  # noqa: E402

STYLES = getSampleStyleSheet()
HEADER = ["Item", "Action", "By whom", "By when"]


def grid(rows, repeat_header=True, widths=(40, 250, 70, 70)):
    table = Table(rows, colWidths=list(widths), repeatRows=1 if repeat_header else 0)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
    return table


def action_rows(count):
    return [[str(n), f"Circulate paper number {n} to partners", "AB", "30/04/2026"] for n in range(1, count + 1)]


def tables(document):
    return [b for b in document.blocks if isinstance(b, DocTable)]


def paragraphs(document):
    return [b.text for b in document.blocks if isinstance(b, Paragraph)]


def canvas_pdf(pages, encrypt=None) -> bytes:
    """pages: a list of lists of (x, y, text) or ("image", x, y) per page."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, encrypt=encrypt)
    for page in pages:
        for item in page:
            if item[0] == "image":
                pdf.drawImage(ImageReader(Image.new("RGB", (60, 40), "grey")), item[1], item[2], 300, 200)
            else:
                pdf.drawString(*item)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_text_and_tables_in_reading_order_with_furniture_removed():
    meeting = corpus.meeting(7)
    document = read_pdf(corpus.as_pdf(meeting, page_per_item=True), "m.pdf")

    text = document.text()
    assert document.kind == "pdf" and document.pages == len(meeting.items) + 1
    assert paragraphs(document)[0] == meeting.body
    assert tables(document)[0].rows[0] == ("Name", "Initials", "Role", "Organisation")
    assert (meeting.present[0].name, meeting.present[0].initials) == tables(document)[0].rows[1][:2]
    assert "OFFICIAL-SENSITIVE" not in text and "Page 2 of" not in text
    assert "OFFICIAL-SENSITIVE" in document.furniture
    assert any("Page 1 of" in line for line in document.furniture)
    titles = [p for p in paragraphs(document) if p[:2].rstrip(".").isdigit()]
    assert titles == [f"{item.number}. {item.title}" for item in meeting.items]


@pytest.mark.parametrize("repeat_header", [True, False])
def test_table_over_a_page_break_is_one_table_with_one_header(repeat_header):
    rows = action_rows(60)
    story = [RLParagraph("Action log", STYLES["Heading2"]), grid([HEADER] + rows, repeat_header)]
    document = read_pdf(corpus.build_pdf(story, footer="Exec Board", pages=None))

    assert document.pages >= 2
    (table,) = tables(document)
    assert table.rows[0] == tuple(HEADER)
    assert list(table.rows[1:]) == [tuple(row) for row in rows]


def test_tables_with_different_columns_on_consecutive_pages_stay_apart():
    first = grid([HEADER] + action_rows(3))
    second = grid([["Name", "Organisation"], ["Ada Quist", "Police"]], widths=(200, 200))
    document = read_pdf(corpus.build_pdf([first, PageBreak(), second]))

    assert [t.rows[0] for t in tables(document)] == [tuple(HEADER), ("Name", "Organisation")]


def test_text_between_tables_keeps_them_apart():
    story = [grid([HEADER] + action_rows(2)), RLParagraph("Decisions", STYLES["Normal"]), grid([HEADER] + action_rows(2))]
    assert len(tables(read_pdf(corpus.build_pdf(story)))) == 2


def test_hyphenation_at_line_end_is_rejoined():
    document = read_pdf(canvas_pdf([[(72, 700, "Ear-"), (72, 688, "ly help is now offered in two hubs.")]]))

    assert paragraphs(document) == ["Early help is now offered in two hubs."]


def test_repeated_running_header_and_bare_page_numbers_are_furniture():
    pages = [[(72, 800, "Felpersham SAB minutes 4.3.26"), (72, 700, f"Body text of page {n}."), (300, 30, str(n))]
             for n in range(1, 4)]
    document = read_pdf(canvas_pdf(pages))

    assert paragraphs(document) == ["Body text of page 1.", "Body text of page 2.", "Body text of page 3."]
    assert document.furniture[0] == "Felpersham SAB minutes 4.3.26"


def test_pdf_with_only_images_is_refused_as_a_scan():
    with pytest.raises(UnreadableDocument) as refused:
        read_pdf(canvas_pdf([[("image", 72, 400)], [("image", 72, 400)]]))
    assert str(refused.value) == NO_TEXT_LAYER == "This PDF has no text layer (it may be a scan)."


def test_a_scanned_page_among_text_pages_fails_rather_than_half_reading():
    pages = [[(72, 700, "Minutes page one.")], [("image", 72, 400)], [(72, 700, "Minutes page three.")]]

    with pytest.raises(UnreadableDocument, match=r"Page 2 of 3 .*no text layer"):
        read_pdf(canvas_pdf(pages))


def test_a_truly_blank_page_is_not_a_failure():
    document = read_pdf(canvas_pdf([[(72, 700, "Page one text.")], [], [(72, 700, "Page three text.")]]))

    assert paragraphs(document) == ["Page one text.", "Page three text."]


def test_page_cap():
    data = canvas_pdf([[(72, 700, f"Page {n} text.")] for n in range(5)])

    with pytest.raises(UnreadableDocument, match="This PDF has 5 pages; the most Assure reads is 4. Split it"):
        read_pdf(data, max_pages=4)


def test_password_protected_pdf_is_refused():
    data = canvas_pdf([[(72, 700, "Secret minutes")]], encrypt=StandardEncryption("open-sesame", ownerPassword="owner"))
    assert pdf_is_encrypted(data)

    with pytest.raises(EncryptedDocument) as refused:
        read_pdf(data)
    assert str(refused.value) == "This PDF is password-protected: save a copy without the password and upload that."


def test_pdf_encrypted_only_to_restrict_printing_opens_without_a_password_and_is_read():
    restricted = StandardEncryption("", ownerPassword="owner", canPrint=0, canCopy=0)
    data = canvas_pdf([[(72, 700, "Minutes of the Felpersham SAB")]], encrypt=restricted)
    assert pdf_is_encrypted(data)

    assert paragraphs(read_pdf(data)) == ["Minutes of the Felpersham SAB"]


@pytest.mark.parametrize("data", [b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF"])
def test_damaged_pdf_is_refused_with_a_reason(data):
    with pytest.raises(UnreadableDocument):
        read_pdf(data)


def test_bold_or_larger_lines_are_headings_and_start_their_own_paragraph():
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(72, 700, "3. Annual report 2025-26")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 687, "The Board noted the draft report.")
    pdf.drawString(72, 674, "It will be published in June.")
    pdf.setFont("Helvetica", 16)
    pdf.drawString(72, 600, "Any other business")
    pdf.save()

    document = read_pdf(out.getvalue())

    assert [(b.text, b.style) for b in document.blocks] == [
        ("3. Annual report 2025-26", "Heading"),
        ("The Board noted the draft report. It will be published in June.", ""),
        ("Any other business", "Heading"),
    ]


def test_superscript_ordinal_stays_on_its_line_and_doubled_characters_count_once():
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    x = 72
    for text, size, rise in [("Meeting held on 22", 11, 0), ("nd", 7, 4), (" March 2026", 11, 0)]:
        pdf.setFont("Helvetica", size)
        pdf.drawString(x, 700 + rise, text)
        x += pdf.stringWidth(text, "Helvetica", size)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 650, "Minutes")
    pdf.drawString(72.3, 650, "Minutes")  # fake bold: the same text printed twice, slightly offset
    pdf.save()

    assert paragraphs(read_pdf(out.getvalue())) == ["Meeting held on 22nd March 2026", "Minutes"]


def test_continuation_with_fewer_columns_is_joined_into_the_matching_columns():
    # Page 2's part of the table has its last two columns merged: the finder sees three columns.
    first = grid([HEADER] + action_rows(2))
    second = grid([["3", "Report back on the audit", "AB and CD by May"]], widths=(40, 250, 140))
    document = read_pdf(corpus.build_pdf([Spacer(1, 620), first, PageBreak(), second]))

    (table,) = tables(document)
    assert table.rows[-1] == ("3", "Report back on the audit", "AB and CD by May", "")
    assert len(table.rows) == 4


def test_a_table_after_a_page_break_is_not_a_continuation_of_a_short_table_before_it():
    attendance = grid([HEADER] + action_rows(2))
    actions = grid([HEADER] + action_rows(3))  # same columns, but page 1 ended early
    document = read_pdf(corpus.build_pdf([attendance, PageBreak(), actions]))

    assert [len(t.rows) for t in tables(document)] == [3, 4]


def test_borderless_table_is_read_by_its_aligned_columns_and_wrapped_cells_are_joined():
    rows = [(72, 700, ["Item", "Action", "By whom", "By when"]),
            (72, 686, ["4", "Circulate the neglect audit to", "JCol/AS", "May Board"]),
            (None, 672, ["", "all partners and schools", "", ""]),
            (72, 658, ["5", "Book the development session", "DBe", "30/04/2026"])]
    page = []
    for _, y, cells in rows:
        for x, text in zip((72, 110, 330, 420), cells):
            if text:
                page.append((x, y, text))
    page.append((72, 600, "The meeting closed at 12:30."))
    page.append((72, 560, "Date: 4 March 2026"))
    page.append((330, 560, "Venue: Council House"))

    document = read_pdf(canvas_pdf([page]))

    (table,) = tables(document)
    assert table.rows == (
        ("Item", "Action", "By whom", "By when"),
        ("4", "Circulate the neglect audit to all partners and schools", "JCol/AS", "May Board"),
        ("5", "Book the development session", "DBe", "30/04/2026"),
    )
    assert paragraphs(document) == ["The meeting closed at 12:30.", "Date: 4 March 2026\tVenue: Council House"]


def test_page_cap_is_checked_against_the_declared_page_count_before_pages_are_built():
    data = canvas_pdf([[(72, 700, "One page.")]]).replace(b"/Count 1", b"/Count 5000000")

    with pytest.raises(UnreadableDocument, match="This PDF has 5,000,000 pages; the most Assure reads is 200. Split it"):
        read_pdf(data)


def test_numbered_lines_start_entries_but_a_wrapped_line_starting_with_a_number_does_not():
    page = [
        (72, 700, "The Board noted that the number of referrals received by the front door in"),
        (72, 687, "2025 was higher than in any year before, and asked for the reasons."),
        (72, 674, "1. Circulate the dataset."),
        (72, 661, "2. Book a development session."),
    ]
    document = read_pdf(canvas_pdf([page]))

    assert paragraphs(document) == [
        "The Board noted that the number of referrals received by the front door in 2025 was higher than in "
        "any year before, and asked for the reasons.",
        "1. Circulate the dataset.",
        "2. Book a development session.",
    ]


@pytest.mark.parametrize(
    "text, font, shown",
    [
        ("\uf0fc", "ABCDEE+Wingdings-Regular", "✓"),
        ("\uf0fb", "Wingdings", "✗"),
        ("ü", "Wingdings", "✓"),
        ("ü", "Arial", "ü"),  # a real ü in a text font stays
        ("\uf0b7", "Symbol", "•"),
        ("A", "Wingdings", "A"),
    ],
)
def test_symbol_font_marks_are_read_as_the_marks_they_show(text, font, shown):
    from assure.documents.readers.pdf import symbol_text

    assert symbol_text(text, font) == shown


def test_short_labelled_lines_are_paragraphs_of_their_own():
    # Attendance written as consecutive labelled lines with no space between them.
    story = [RLParagraph(text, STYLES["Normal"]) for text in (
        "Date: 3 March 2025", "Present: Ann Black (AB), Carl Dunn (CD)", "Apologies: Neil Ford")]
    story.append(grid([HEADER] + action_rows(1)))
    assert paragraphs(read_pdf(corpus.build_pdf(story))) == [
        "Date: 3 March 2025", "Present: Ann Black (AB), Carl Dunn (CD)", "Apologies: Neil Ford"]


def test_a_wrapped_sentence_is_still_one_paragraph():
    sentence = ("The Board noted that the neglect strategy had been shared with every school and that "
                "the training offer would be extended to health visitors: two sessions are planned.")
    assert paragraphs(read_pdf(corpus.build_pdf([RLParagraph(sentence, STYLES["Normal"])]))) == [sentence]


@pytest.mark.parametrize("raw, shown", [
    ("(cid:127) Ruth Gann (Probation)", "• Ruth Gann (Probation)"),
    ("(cid:108) Ruth Gann (Probation)", "• Ruth Gann (Probation)"),
    ("Ruth (cid:3)Gann", "Ruth Gann"),
    ("Agreed (cid:127) noted", "Agreed • noted"),
    ("No placeholders here", "No placeholders here"),
])
def test_cid_placeholders_become_bullets_or_are_dropped(raw, shown):
    from assure.documents.readers.pdf import without_cids
    assert without_cids(raw) == shown


def test_bullets_from_a_font_without_a_character_map_keep_the_listed_names():
    # reportlab's default list bullet has no character map: pdfminer reads it as "(cid:127)".
    from reportlab.platypus import ListFlowable, ListItem
    from reportlab.platypus import Paragraph as P

    from assure.imports.extract import extract_record
    names = ["Wren Tallis (Probation)", "Odile Marsh (Police)"]
    story = [P("Westholm Safeguarding Partnership Board", STYLES["Normal"]),
             P("Minutes of the meeting held on 3 March 2025", STYLES["Normal"]), P("Apologies", STYLES["Heading3"]),
             ListFlowable([ListItem(P(n, STYLES["Normal"])) for n in names], bulletType="bullet"),
             P("1. Welcome", STYLES["Normal"])]
    document = read_pdf(corpus.build_pdf(story))
    texts = paragraphs(document)
    assert not any("(cid:" in t for t in texts)
    assert [f"• {n}" for n in names] == [t for t in texts if t.startswith("•")]
    assert [p["name"] for p in extract_record(document)["people"]["apologies"]] == ["Wren Tallis", "Odile Marsh"]


def test_characters_rendered_by_the_reader_are_the_ones_pdfplumber_would_give():
    """The reader's own character device (no LTChar a character) gives every value pdfplumber's path gives."""
    import types

    import pdfplumber

    from assure.documents.readers import pdf as reader

    meeting = corpus.meeting(3, items=2, sentences=3)
    data = corpus.as_pdf(meeting, page_per_item=True)
    keys = ("text", "fontname", "size", "adv", "upright", "matrix", "x0", "x1", "y0", "y1", "width", "height", "top",
            "bottom", "doctop", "page_number", "stroking_color", "non_stroking_color")
    with pdfplumber.open(io.BytesIO(data)) as theirs, pdfplumber.open(io.BytesIO(data)) as ours:
        for their_page, our_page in zip(theirs.pages, ours.pages):
            our_page.process_object = types.MethodType(reader._process_object, our_page)
            our_page._layout = reader._layout(our_page)
            expected = [{k: c[k] for k in keys} for c in their_page.chars]
            assert expected and [{k: c[k] for k in keys} for c in our_page.chars] == expected
            assert len(our_page.rects) == len(their_page.rects) and len(our_page.lines) == len(their_page.lines)
