"""Checks before parsing: each refusal has its own class and a one-line reason."""
import io
import zipfile

import pytest

from assure.documents import checks
from assure.documents.checks import (
    EmptyDocument,
    EncryptedDocument,
    OversizedDocument,
    UnreadableDocument,
    WrongFileType,
    ZipBomb,
    check_file,
    check_zip,
)
from assure.imports import corpus

CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\0" * 200
DOCX = corpus.as_docx(corpus.meeting(1))
TEXT = corpus.as_text(corpus.meeting(1))
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def zip_of(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "data, name, kind",
    [
        (DOCX, "minutes.docx", "docx"),
        (DOCX, "MINUTES.DOCX", "docx"),
        (PDF, "minutes.pdf", "pdf"),
        (TEXT, "minutes.txt", "text"),
        (b"<html><body><table><tr><td>1</td></tr></table></body></html>", "minutes.html", "html"),
        (b"<p>Present: Ann Lee</p>", "minutes.htm", "html"),
        ("Caf\u00e9 minutes\n".encode("cp1252"), "minutes.txt", "text"),
    ],
)
def test_files_that_pass_and_the_reader_they_need(data, name, kind):
    assert check_file(data, name).kind == kind


@pytest.mark.parametrize(
    "data, name, refusal, reason",
    [
        (b"", "minutes.docx", EmptyDocument, "The file is empty."),
        (PDF, "minutes.docx", WrongFileType, "The file is called .docx but is really a PDF."),
        (EXE, "minutes.docx", WrongFileType, "The file is called .docx but is really a Windows program."),
        (EXE, "minutes.pdf", WrongFileType, "The file is called .pdf but is really a Windows program."),
        (EXE, "minutes.txt", WrongFileType, "The file is called .txt but is really a Windows program."),
        (DOCX, "minutes.pdf", WrongFileType, "The file is called .pdf but is really a Word document."),
        (DOCX, "minutes.txt", WrongFileType, "The file is called .txt but is really a Word document."),
        (b"\x00\x01\x02" * 100, "minutes.txt", WrongFileType, "really a binary file of an unknown type"),
        (zip_of({"a.txt": b"hello"}), "minutes.docx", WrongFileType, "but is really a zip archive"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "minutes.docx", WrongFileType, "really a png file (image/png)"),
        (CFB, "minutes.docx", WrongFileType, "old-style Office file"),
        (CFB + "EncryptedPackage".encode("utf-16-le"), "minutes.docx", EncryptedDocument, "password-protected"),
        (CFB, "minutes.doc", WrongFileType, "save it as .docx"),
        (TEXT, "minutes.odt", WrongFileType, "(.odt) cannot be read: upload .docx, .html, .pdf or .txt."),
        (TEXT, "minutes", WrongFileType, "(no extension) cannot be read"),
    ],
)
def test_refusals_carry_a_one_line_reason(data, name, refusal, reason):
    with pytest.raises(refusal) as refused:
        check_file(data, name)
    assert reason in str(refused.value)
    assert "\n" not in str(refused.value)
    assert isinstance(refused.value, UnreadableDocument)


def test_oversized_file_is_refused_against_the_limit_given():
    with pytest.raises(OversizedDocument, match=r"too large \(1\.0 MB\): it must be smaller than 512 KB"):
        check_file(b"x" * (1024 * 1024), "minutes.txt", max_bytes=512 * 1024)
    assert check_file(b"x" * 1024, "minutes.txt", max_bytes=1024).kind == "text"


def test_zip_bomb_by_compression_ratio_is_refused_before_anything_is_decompressed():
    bomb = zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"\0" * (8 * 1024 * 1024)})
    assert len(bomb) < 100_000

    with pytest.raises(ZipBomb, match="compressed suspiciously hard"):
        check_file(bomb, "minutes.docx")


def test_zip_bomb_by_declared_total_size(monkeypatch):
    monkeypatch.setattr(checks, "MAX_ZIP_UNCOMPRESSED", 1024)
    with pytest.raises(ZipBomb, match="would expand to"):
        check_zip(zip_of({"word/document.xml": b"<w:document/>" * 100}))


def test_zip_with_too_many_entries_is_refused():
    crowded = zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>",
                      **{f"word/media/{n}.bin": b"" for n in range(2001)}})
    with pytest.raises(ZipBomb, match="2003 parts"):
        check_file(crowded, "minutes.docx")


def test_damaged_zip_that_still_names_word_parts_is_a_damaged_word_file():
    truncated = DOCX[: len(DOCX) // 2]
    with pytest.raises(UnreadableDocument, match="damaged"):
        check_file(truncated, "minutes.docx")


@pytest.mark.parametrize("size, shown", [(200, "200 bytes"), (350 * 1024, "350 KB"), (20 * 1024 * 1024, "20.0 MB")])
def test_sizes_in_refusals_read_at_a_glance(size, shown):
    from assure.documents.checks import _megabytes

    assert _megabytes(size) == shown
