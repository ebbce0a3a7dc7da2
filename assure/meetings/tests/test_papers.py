import io
import zipfile

import pytest
from django.core.exceptions import ValidationError

from assure.meetings import papers


def _zip(*names, mimetype=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if mimetype:
            archive.writestr("mimetype", mimetype)
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


DOCX = _zip("[Content_Types].xml", "word/document.xml")
XLSX = _zip("[Content_Types].xml", "xl/workbook.xml")
PPTX = _zip("[Content_Types].xml", "ppt/presentation.xml")
ODT = _zip("content.xml", mimetype="application/vnd.oasis.opendocument.text")


@pytest.mark.parametrize("name, content", [
    ("report.pdf", b"%PDF-1.7\n..."), ("Report.PDF", b"%PDF-1.4"), ("minutes.docx", DOCX), ("data.xlsx", XLSX),
    ("slides.pptx", PPTX), ("notes.odt", ODT), ("notes.txt", "Caf\u00e9 agenda".encode()),
    ("legacy.txt", "Caf\u00e9".encode("cp1252")),
])
def test_accepted(name, content):
    assert papers.check_paper(name, len(content), io.BytesIO(content)) == name.rsplit(".", 1)[1].lower()


@pytest.mark.parametrize("name, content, message", [
    ("virus.exe", b"MZ...", "must be a PDF"),
    ("page.html", b"<html>", "must be a PDF"),
    ("noextension", b"%PDF-1.4", "must be a PDF"),
    ("old.doc", b"\xd0\xcf\x11\xe0", "must be a PDF"),
    ("fake.pdf", b"<script>alert(1)</script>", "called .pdf but is really a text file"),
    ("fake.docx", b"%PDF-1.4", "called .docx but is really a PDF"),
    ("sheet-as-doc.docx", XLSX, "called .docx but is really an Excel workbook"),
    ("broken.xlsx", b"PK\x03\x04garbage", "called .xlsx but is really a zip archive"),
    ("binary.txt", b"abc\x00def", "called .txt but is really a binary file"),
    ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "password-protected"),
    ("empty.pdf", b"", "empty"),
])
def test_refused_with_a_reason(name, content, message):
    with pytest.raises(ValidationError) as refused:
        papers.check_paper(name, len(content), io.BytesIO(content))
    assert message in refused.value.messages[0]


def test_oversize_refused_before_reading():
    class Unreadable(io.BytesIO):
        def read(self, *args):
            raise AssertionError("should not read an oversize file")

    with pytest.raises(ValidationError) as refused:
        papers.check_paper("big.pdf", papers.MAX_BYTES + 1, Unreadable())
    assert "must be smaller than 20.0 MB" in refused.value.messages[0]


def test_file_position_restored_for_saving():
    handle = io.BytesIO(DOCX)
    papers.check_paper("a.docx", len(DOCX), handle)
    assert handle.tell() == 0


@pytest.mark.parametrize("name, content_type", [
    ("a.pdf", "application/pdf"), ("a.TXT", "text/plain; charset=utf-8"), ("a.exe", "application/octet-stream")])
def test_content_type_from_extension(name, content_type):
    assert papers.content_type(name) == content_type
