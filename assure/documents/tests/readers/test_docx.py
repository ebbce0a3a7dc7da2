"""The Word reader on .docx files built here with python-docx."""
import io
import zipfile

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from assure.documents.checks import UnreadableDocument
from assure.documents.document import Paragraph, Table
from assure.documents.intake import read_document
from assure.documents.readers.docx import read_docx


def save(word) -> bytes:
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def body_texts(document):
    return [b.text if isinstance(b, Paragraph) else b.rows for b in document.blocks if not isinstance(b, Paragraph) or b.text]


def test_paragraphs_and_tables_come_in_body_order_with_style_names():
    word = docx.Document()
    word.add_heading("Executive Board", level=1)
    word.add_paragraph("Present:")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Name", "Organisation"
    table.cell(1, 0).text, table.cell(1, 1).text = "Ada Quist", "Borsetshire Police"
    word.add_paragraph("1. Welcome and apologies")

    document = read_docx(save(word), "minutes.docx")

    assert document.kind == "docx" and document.source == "minutes.docx"
    assert body_texts(document) == [
        "Executive Board",
        "Present:",
        (("Name", "Organisation"), ("Ada Quist", "Borsetshire Police")),
        "1. Welcome and apologies",
    ]
    assert document.blocks[0].style == "Heading 1"


def test_horizontally_merged_cell_appears_once_and_columns_stay_aligned():
    word = docx.Document()
    table = word.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Part 1 - for decision"
    for col, text in enumerate(["3", "Annual report", "JC"]):
        table.cell(1, col).text = text

    (block,) = read_docx(save(word)).blocks[-1:]

    assert block.rows == (("Part 1 - for decision", "", ""), ("3", "Annual report", "JC"))


def test_vertically_merged_cell_appears_once():
    word = docx.Document()
    table = word.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(2, 0)).text = "5. Risk register"
    for row, text in enumerate(["Update the register", "Report to the Board", "Close risk 4"]):
        table.cell(row, 1).text = text

    block = read_docx(save(word)).blocks[-1]

    assert block.rows == (
        ("5. Risk register", "Update the register"),
        ("", "Report to the Board"),
        ("", "Close risk 4"),
    )
    assert "".join(cell for row in block.rows for cell in row).count("Risk register") == 1


def test_nested_table_is_flattened_into_its_parent_cell_and_not_repeated_outside():
    word = docx.Document()
    table = word.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Attendance"
    cell = table.cell(0, 1)
    cell.paragraphs[0].text = "Members:"
    inner = cell.add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Bo Pike", "P"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "Cy Reed", "A"

    document = read_docx(save(word))

    tables = [b for b in document.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert tables[0].rows == (("Attendance", "Members:\nBo Pike | P\nCy Reed | A"),)


def test_headers_and_footers_are_furniture_not_body():
    word = docx.Document()
    section = word.sections[0]
    section.header.paragraphs[0].text = "Felpersham Safeguarding Adults Board - 4 March 2026"
    section.footer.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    word.add_paragraph("Minutes of the meeting")

    document = read_docx(save(word))

    assert document.furniture == ["Felpersham Safeguarding Adults Board - 4 March 2026", "OFFICIAL-SENSITIVE"]
    assert "OFFICIAL" not in document.text() and "4 March" not in document.text()


def test_tracked_changes_are_read_as_accepted():
    word = docx.Document()
    paragraph = word.add_paragraph()
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve">Action: </w:t></w:r>'))
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">'
        '<w:r><w:delText>JC</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z">'
        '<w:r><w:t>PH</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve"> to circulate the audit</w:t></w:r>'))

    document = read_docx(save(word))

    assert body_texts(document) == ["Action: PH to circulate the audit"]
    assert paragraph.text != "Action: PH to circulate the audit"  # what python-docx alone would miss


def test_deleted_table_row_is_left_out():
    word = docx.Document()
    table = word.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "kept"
    table.cell(1, 0).text = "struck out"
    table.rows[1]._tr.get_or_add_trPr().append(
        parse_xml(f'<w:del {nsdecls("w")} w:id="3" w:author="A" w:date="2026-01-01T00:00:00Z"/>'))

    assert read_docx(save(word)).blocks[-1].rows == (("kept",),)


def test_content_inside_a_content_control_is_read():
    word = docx.Document()
    word.add_paragraph("before")
    word.element.body.insert(1, parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>Date: 4 March 2026</w:t></w:r></w:p>'
        '</w:sdtContent></w:sdt>'))

    assert body_texts(read_docx(save(word))) == ["before", "Date: 4 March 2026"]


def test_tabs_and_line_breaks_survive():
    word = docx.Document()
    run = word.add_paragraph().add_run("Chair")
    run.add_tab()
    run.add_text("Ann Lee")
    run.add_break()
    run.add_text("Vice chair")

    assert body_texts(read_docx(save(word))) == ["Chair\tAnn Lee\nVice chair"]


def test_damaged_document_xml_is_refused_with_a_reason():
    good = save(docx.Document())
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, b"<w:document>not closed" if item.filename == "word/document.xml" else data)

    with pytest.raises(UnreadableDocument, match="damaged"):
        read_docx(out.getvalue())


def add_outline_list(word) -> str:
    """A two-level list "1." / "1.1" in the numbering part; returns its numId."""
    numbering = word.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def numbered(paragraph, num_id, level):
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def test_word_list_numbers_are_written_into_the_text():
    word = docx.Document()
    num_id = add_outline_list(word)
    numbered(word.add_paragraph("Welcome and apologies"), num_id, 0)
    numbered(word.add_paragraph("Matters arising"), num_id, 0)
    numbered(word.add_paragraph("Action log reviewed"), num_id, 1)
    numbered(word.add_paragraph("Risk register"), num_id, 1)
    numbered(word.add_paragraph("first option"), num_id, 2)
    numbered(word.add_paragraph("Any other business"), num_id, 0)

    assert body_texts(read_docx(save(word))) == [
        "1. Welcome and apologies", "2. Matters arising", "2.1 Action log reviewed", "2.2 Risk register",
        "(a) first option", "3. Any other business",
    ]


def test_numbered_item_column_in_a_table_keeps_its_numbers_even_when_the_cell_is_otherwise_empty():
    word = docx.Document()
    num_id = add_outline_list(word)
    table = word.add_table(rows=2, cols=2)
    for row in table.rows:
        numbered(row.cells[0].paragraphs[0], num_id, 0)
        row.cells[1].text = "Circulate the audit"

    assert read_docx(save(word)).blocks[-1].rows == (("1.", "Circulate the audit"), ("2.", "Circulate the audit"))


def test_numbering_set_by_a_list_style():
    word = docx.Document()
    word.add_paragraph("Welcome", style="List Number")
    word.add_paragraph("Budget", style="List Number")
    word.add_paragraph("Notes", style="List Bullet")

    assert body_texts(read_docx(save(word))) == ["1. Welcome", "2. Budget", "• Notes"]


def test_wingdings_ticks_and_crosses_in_an_attendance_grid_are_read_as_marks():
    word = docx.Document()
    table = word.add_table(rows=1, cols=3)
    table.cell(0, 0).text = "Ada Quist"
    tick = table.cell(0, 1).paragraphs[0].add_run("ü")
    tick.font.name = "Wingdings"
    table.cell(0, 2).paragraphs[0]._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="F0FB"/></w:r>'))

    assert read_docx(save(word)).blocks[-1].rows == (("Ada Quist", "✓", "✗"),)


def test_main_part_under_another_name_is_found_through_the_package_relationships():
    word = docx.Document()
    word.add_paragraph("Minutes of the Learning and Review Subgroup")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(save(word))) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            name = item.filename.replace("word/document.xml", "word/document2.xml").replace(
                "word/_rels/document.xml.rels", "word/_rels/document2.xml.rels")
            if item.filename in ("_rels/.rels", "[Content_Types].xml"):
                data = data.replace(b"word/document.xml", b"word/document2.xml")
            target.writestr(name, data)

    document = read_document(out.getvalue(), "minutes.docx", sandbox=False)

    assert body_texts(document) == ["Minutes of the Learning and Review Subgroup"]


@pytest.mark.parametrize("prefix", ["w", "x"])
def test_style_names_and_list_styles_whatever_the_namespace_prefix(prefix):
    """The fast scan of the styles part and the full parse it falls back to agree."""
    from assure.documents.readers.docx import _Package

    word = docx.Document()
    word.add_paragraph("Welcome", style="List Number")
    word.add_heading("Item", level=2)
    data = save(word)
    if prefix != "w":
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
            for item in source.infolist():
                part = source.read(item.filename)
                if item.filename == "word/styles.xml":
                    part = part.replace(b"xmlns:w=", b"xmlns:x=").replace(b"<w:", b"<x:").replace(
                        b"</w:", b"</x:").replace(b" w:", b" x:")
                target.writestr(item, part)
        data = out.getvalue()

    names, numbering = _Package(data).style_tables()

    assert names["Heading2"] == "Heading 2" and numbering["ListNumber"][1] == 0
    assert [b.style for b in read_docx(data).blocks] == ["List Number", "Heading 2"]
