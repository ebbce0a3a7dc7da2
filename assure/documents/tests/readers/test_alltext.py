"""Every word of a publication's file, for the identifiability check: read through the intake, in the sandbox.

Every name, address and number here is invented (phone numbers from Ofcom's drama ranges).
"""
import io

import pytest
from docx import Document

from assure.documents.checks import (
    EmptyDocument,
    EncryptedDocument,
    OversizedDocument,
    UnreadableDocument,
    WrongFileType,
)
from assure.documents.intake import read_text

SECRET = "Kestrel Okonedo-Vance lived at 14 Mill Lane"


def docx_bytes(build) -> bytes:
    document = Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


PAGE_BREAK = object()


def pdf_bytes(lines, *, encrypt=None, image_only=False) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, encrypt=encrypt)
    if image_only:
        pdf.rect(100, 100, 300, 300, fill=1)  # a page with marks but no text, like a scan
    y = 780
    for line in lines:
        if line == PAGE_BREAK:
            pdf.showPage()
            y = 780
            continue
        pdf.drawString(72, y, line)
        y -= 14
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_docx_text_comes_from_body_tables_headers_and_footers():
    def build(document):
        document.add_paragraph("Learning review for Child K")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Name", "Address"
        table.cell(1, 0).text, table.cell(1, 1).text = "Kestrel Okonedo-Vance", "14 Mill Lane"
        table.cell(1, 1).add_table(rows=1, cols=1).cell(0, 0).text = "FB1 2AB"
        document.sections[0].header.paragraphs[0].text = "Draft: call 07700 900123"
        document.sections[0].footer.paragraphs[0].text = "kestrel@example.org"

    text = read_text(docx_bytes(build), "report.docx")
    assert "Kestrel Okonedo-Vance | 14 Mill Lane FB1 2AB" in text
    for found in ("07700 900123", "kestrel@example.org"):
        assert found in text


def test_docx_text_includes_comments_tracked_deletions_and_content_controls_but_not_fallback_copies():
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'

    def build(document):
        paragraph = document.add_paragraph("Redacted: ")
        paragraph._p.append(parse_xml(
            f'<w:del {w} w:id="1" w:author="x"><w:r><w:delText>Kestrel</w:delText></w:r></w:del>'))
        paragraph._p.append(parse_xml(
            f'<mc:AlternateContent {w} {mc}><mc:Choice Requires="wps"><w:r><w:t>box text</w:t></w:r></mc:Choice>'
            f'<mc:Fallback><w:r><w:t>box text</w:t></w:r></mc:Fallback></mc:AlternateContent>'))
        document.element.body.insert(0, parse_xml(
            f'<w:sdt {w}><w:sdtContent><w:p><w:r><w:t>In a content control: FB1 2AB</w:t></w:r></w:p>'
            f'</w:sdtContent></w:sdt>'))
        document.add_comment(paragraph.runs, text="Check 07700 900123 before publishing", author="Reviews officer")

    text = read_text(docx_bytes(build), "report.docx")
    assert "Redacted: Kestrel" in text
    assert text.count("box text") == 1
    assert "In a content control: FB1 2AB" in text
    assert "Check 07700 900123 before publishing" in text


def test_pdf_text_is_read_from_every_page():
    text = read_text(pdf_bytes(["Page one", PAGE_BREAK, SECRET, PAGE_BREAK, "DOB 01/02/2020"]), "report.pdf")
    assert text.index("Page one") < text.index(SECRET) < text.index("DOB 01/02/2020")


@pytest.mark.parametrize("data,encoding", [
    (SECRET.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + SECRET.encode("utf-8"), "utf-8 with BOM"),
    (("Zoë " + SECRET).encode("cp1252"), "Windows-1252"),
    (("Zoë " + SECRET).encode("utf-16"), "UTF-16 with BOM"),
])
def test_txt_in_common_encodings(data, encoding):
    assert SECRET in read_text(data, "briefing.TXT"), encoding


def test_txt_line_endings_are_normalised():
    assert read_text(b"one\r\ntwo\rthree", "a.txt") == "one\ntwo\nthree"


@pytest.mark.parametrize("data, filename, refusal, reason", [
    (b"anything", "report.doc", WrongFileType, "Old Office (.doc) files cannot be read: open it and save it as .docx."),
    (b"anything", "report.html", WrongFileType, "(.html) cannot be read: upload .docx, .pdf or .txt."),
    (b"anything", "report", WrongFileType, "(no extension) cannot be read"),
    (b"", "report.txt", EmptyDocument, "The file is empty."),
    (b"x" * 2048, "report.txt", OversizedDocument, "it must be smaller than 1 KB"),
    (b"   \n\t ", "report.txt", UnreadableDocument, "The file holds no text to check."),
    (b"\x00\x01\x02", "report.txt", WrongFileType, "called .txt but is really a binary file"),
    (b"plain text", "report.docx", WrongFileType, "called .docx but is really a text file"),
    (b"PK\x03\x04broken zip word/document.xml", "report.docx", UnreadableDocument, "zip container cannot be opened"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "report.docx", WrongFileType, "an old-style Office file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "report.docx", EncryptedDocument,
     "password-protected"),
    (b"plain text", "report.pdf", WrongFileType, "called .pdf but is really a text file"),
    (b"%PDF-1.4\n garbage", "report.pdf", UnreadableDocument, "The PDF could not be read; it may be damaged."),
])
def test_unreadable_files_are_refused_with_a_reason(data, filename, refusal, reason):
    with pytest.raises(refusal) as error:
        read_text(data, filename, max_bytes=1024 if refusal is OversizedDocument else 20 * 1024 * 1024)
    assert "\n" not in str(error.value)
    assert reason in str(error.value)


def test_the_default_size_cap_is_20_mb():
    with pytest.raises(OversizedDocument, match="smaller than 20.0 MB"):
        read_text(b"a" * (20 * 1024 * 1024 + 1), "big.txt")


def test_an_encrypted_pdf_is_refused():
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = pdf_bytes([SECRET], encrypt=StandardEncryption("secret", canPrint=0))
    with pytest.raises(EncryptedDocument, match="password-protected"):
        read_text(data, "report.pdf")


def test_an_image_only_pdf_is_refused():
    with pytest.raises(UnreadableDocument, match="no text layer"):
        read_text(pdf_bytes([], image_only=True), "scan.pdf")
