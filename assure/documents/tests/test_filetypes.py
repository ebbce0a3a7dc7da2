"""The one file-type rule: what a file is comes from its bytes; its name only says what it claims to be."""
import io
import zipfile

import pytest

from assure.documents import filetypes


def zip_of(*names: str, mimetype: bytes | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        if mimetype is not None:
            archive.writestr("mimetype", mimetype)
        for name in names:
            archive.writestr(name, "<x/>")
    return out.getvalue()


CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "pdf"),
    (b"\r\n%PDF-1.4 junk before the header is allowed", "pdf"),
    (zip_of("[Content_Types].xml", "word/document.xml"), "docx"),
    (zip_of("[Content_Types].xml", "word/document2.xml"), "docx"),
    (zip_of("[Content_Types].xml", "xl/workbook.xml"), "xlsx"),
    (zip_of("[Content_Types].xml", "ppt/presentation.xml"), "pptx"),
    (zip_of("content.xml", mimetype=b"application/vnd.oasis.opendocument.text"), "odt"),
    (zip_of("content.xml", mimetype=b"application/vnd.oasis.opendocument.spreadsheet"), "zip"),
    (zip_of("word/document.xml"), "zip"),  # no content types: not an Office file
    (zip_of("notes.txt"), "zip"),
    (b"PK\x03\x04 damaged but names word/document.xml", "docx"),
    (b"PK\x03\x04 damaged", "zip"),
    (CFB, "cfb"),
    (b"Minutes of the Executive Board\nPresent: Ada Quill\n", "text"),
    ("Café minutes\n".encode("cp1252"), "text"),
    ("Zoë".encode("utf-16"), "text"),
    (b"Line one\x0cnext page\n", "text"),
    (b"<!DOCTYPE html><html><body><p>Minutes</p></body></html>", "html"),
    (b"<p>Present: Ada Quill</p>", "html"),
    (b"<table><tr><td>1</td></tr></table>", "html"),
    (b"MZ\x90\x00\x03\x00\x00\x00\x00\x00", "binary"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "binary"),
    (b"abc\x00def", "binary"),
    (bytes(range(1, 32)) * 10, "binary"),
])
def test_the_kind_comes_from_the_bytes(data, kind):
    assert filetypes.sniff(data) == kind


@pytest.mark.parametrize("name, claimed", [
    ("minutes.docx", "docx"), ("MINUTES.DOCX", "docx"), ("report.pdf", "pdf"), ("data.xlsx", "xlsx"),
    ("slides.pptx", "pptx"), ("notes.odt", "odt"), ("notes.txt", "text"), ("notes.md", "text"),
    ("page.htm", "html"), ("page.html", "html"), (r"C:\Users\ada\minutes.docx", "docx"),
    ("minutes.doc", None), ("minutes", None), ("archive.tar.gz", None), ("minutes.docx.exe", None),
])
def test_the_name_only_says_what_the_file_claims_to_be(name, claimed):
    assert filetypes.kind_for_name(name) == claimed


@pytest.mark.parametrize("claimed, actual, agrees", [
    ("pdf", "pdf", True), ("docx", "docx", True), ("text", "html", True), ("html", "text", True),
    ("docx", "zip", False), ("docx", "xlsx", False), ("pdf", "text", False), ("text", "binary", False),
    ("docx", "cfb", False),
])
def test_bytes_bear_out_the_name(claimed, actual, agrees):
    assert filetypes.agrees(claimed, actual) is agrees


@pytest.mark.parametrize("data, kind, words", [
    (b"MZ\x90\x00", "binary", "a Windows program"),
    (b"\x7fELF\x02", "binary", "a program"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "binary", "a png file (image/png)"),
    (b"\x01\x02\x03", "binary", "a binary file of an unknown type"),
    (b"%PDF-1.4", "pdf", "a PDF"),
    (b"PK\x03\x04", "xlsx", "an Excel workbook"),
])
def test_what_the_person_sent_in_words(data, kind, words):
    assert filetypes.describe(data, kind) == words
