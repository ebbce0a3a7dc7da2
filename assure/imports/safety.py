"""Checks a file must pass before any document library sees it.

Every refusal is an `UnreadableDocument` (or a subclass) whose message is one line a person can
act on; the upload page and the CLI summary show it as it is. No Django here: limits are
arguments, the caller passes settings.IMPORT_MAX_BYTES.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

import filetype

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# A Word file of minutes is a few hundred KB of XML plus pictures; these are far above that.
MAX_ZIP_ENTRIES = 2_000
MAX_ZIP_UNCOMPRESSED = 250 * 1024 * 1024
MAX_ZIP_RATIO = 100          # uncompressed / compressed, per entry ...
ZIP_RATIO_FLOOR = 1024 * 1024  # ... for entries that expand beyond 1 MB (small XML compresses well)

KINDS_BY_EXTENSION = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
}
KIND_NAMES = {"docx": "a Word document", "pdf": "a PDF", "text": "a text file", "html": "a web page"}


class UnreadableDocument(Exception):
    """A file we will not or cannot read; str(exc) is the reason shown to the person."""

    def __init__(self, reason: str):
        self.reason = " ".join(str(reason).split())  # always one line
        super().__init__(self.reason)


class EmptyDocument(UnreadableDocument):
    pass


class OversizedDocument(UnreadableDocument):
    pass


class WrongFileType(UnreadableDocument):
    pass


class EncryptedDocument(UnreadableDocument):
    pass


class ZipBomb(UnreadableDocument):
    pass


class NotMinutes(UnreadableDocument):
    pass


@dataclass(frozen=True)
class CheckedFile:
    data: bytes
    name: str
    kind: str  # "docx", "pdf", "text" or "html"


def check_file(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> CheckedFile:
    """Refuse what must not be parsed; say which reader the file needs."""
    check_size(len(data), max_bytes)
    extension = PurePath(name).suffix.lower()
    claimed = KINDS_BY_EXTENSION.get(extension)
    if claimed is None:
        if extension == ".doc":
            raise WrongFileType("Old Word (.doc) files cannot be read: open it in Word and save it as .docx.")
        shown = extension or "no extension"
        raise WrongFileType(f"Files of this type ({shown}) cannot be read: upload .docx, .pdf, .txt or .html.")
    actual = sniff_kind(data)
    if claimed in ("text", "html"):
        if actual not in ("text", "html"):
            raise WrongFileType(f"The file is called {extension} but is really {_describe(data, actual)}.")
        return CheckedFile(data, name, claimed)
    if actual == "cfb" and claimed == "docx":
        if _is_encrypted_office(data):
            raise EncryptedDocument("This Word document is password-protected: remove the password and upload it again.")
        raise WrongFileType("The file is called .docx but is an old-style Office file: save it as .docx and try again.")
    if actual != claimed:
        raise WrongFileType(f"The file is called {extension} but is really {_describe(data, actual)}.")
    if claimed == "pdf":
        check_pdf(data)
    else:
        check_docx_zip(data)
    return CheckedFile(data, name, claimed)


def check_size(size: int, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    if size == 0:
        raise EmptyDocument("The file is empty.")
    if size > max_bytes:
        raise OversizedDocument(f"The file is {_megabytes(size)}; the largest file accepted is {_megabytes(max_bytes)}.")


def sniff_kind(data: bytes) -> str:
    """The real type from the bytes: docx, pdf, cfb, zip, text, html or binary."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if _is_word_package(data) else "zip"
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "cfb"
    if not _looks_like_text(data[:65536]):
        return "binary"
    if re.search(rb"<\s*(!doctype\s+html|html|body|table|p|div)[\s>]", head[:4096].lower()):
        return "html"
    return "text"


def check_pdf(data: bytes) -> None:
    """Nothing to refuse from the bytes alone: see pdf_is_encrypted."""


def pdf_is_encrypted(data: bytes) -> bool:
    """The trailer (or the xref stream's dictionary, never compressed) names an encryption dictionary.

    Encrypted is not always locked: many published PDFs are encrypted only to restrict printing or
    copying, with an empty password to open them, and those we read. The PDF reader refuses the
    ones that need a password (PASSWORD_PROTECTED_PDF), and any encrypted one it cannot decrypt.
    """
    return re.search(rb"/Encrypt\s*(\d+\s+\d+\s+R|<<)", data) is not None


PASSWORD_PROTECTED_PDF = "This PDF is password-protected: save a copy without the password and upload that."


def check_docx_zip(data: bytes) -> None:
    """Look at the zip's central directory (nothing is decompressed) for bombs."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise UnreadableDocument("The Word document is damaged (its zip container cannot be opened).") from None
    if len(entries) > MAX_ZIP_ENTRIES:
        raise ZipBomb(f"The Word document holds {len(entries)} parts; more than {MAX_ZIP_ENTRIES} is refused as unsafe.")
    total = sum(entry.file_size for entry in entries)
    if total > MAX_ZIP_UNCOMPRESSED:
        raise ZipBomb(
            f"The Word document would expand to {_megabytes(total)}; more than "
            f"{_megabytes(MAX_ZIP_UNCOMPRESSED)} is refused as unsafe."
        )
    for entry in entries:
        if entry.file_size > ZIP_RATIO_FLOOR and entry.file_size > MAX_ZIP_RATIO * max(entry.compress_size, 1):
            raise ZipBomb(f"The Word document is compressed suspiciously hard ({entry.filename}); refused as unsafe.")
        if entry.flag_bits & 0x1:
            raise EncryptedDocument("This Word document is encrypted: remove the password and upload it again.")


def looks_like_minutes(record: dict) -> str | None:
    """After extraction: a reason when the record is not minutes of a meeting, else None."""
    people = record.get("people") or {}
    has_people = any(people.get(group) for group in ("present", "in_attendance", "apologies"))
    has_business = any(record.get(key) for key in ("items", "actions", "decisions", "action_updates"))
    if not record.get("date") and not has_people and not has_business:
        return "This does not look like minutes: no meeting date, no attendance and no agenda items were found."
    if not has_people and not has_business:
        return "This does not look like minutes: no attendance list and no agenda items were found."
    return None


def _is_word_package(data: bytes) -> bool:
    # The main part is usually word/document.xml, but some editors write word/document2.xml.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except Exception:  # noqa: BLE001 - any damage means "not a docx we can read"
        # A damaged zip that still names Word parts is a damaged Word file, not another type.
        return b"word/document" in data[:65536]
    return "[Content_Types].xml" in names and any(n.startswith("word/document") for n in names)


def _is_encrypted_office(data: bytes) -> bool:
    # An encrypted .docx is an OLE compound file holding these streams (MS-OFFCRYPTO).
    return "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data


def _looks_like_text(sample: bytes) -> bool:
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with a byte-order mark
    if b"\x00" in sample:
        return False
    # A stray control character or two (a form feed, a \x1a from an old editor) is still text.
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control <= 8 + len(sample) // 50


def _describe(data: bytes, kind: str) -> str:
    if kind in KIND_NAMES:
        return KIND_NAMES[kind]
    if data.startswith(b"MZ"):
        return "a Windows program"
    if data.startswith(b"\x7fELF"):
        return "a program"
    if kind == "cfb":
        return "an old-style Office file"
    if kind == "zip":
        return "a zip archive"
    guess = filetype.guess(data[:8192])
    if guess is not None:
        return f"a {guess.extension} file ({guess.mime})"
    return "a binary file of an unknown type"


def _megabytes(size: int) -> str:
    """A size a person reads at a glance: 20.0 MB, 350 KB, 200 bytes."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"
