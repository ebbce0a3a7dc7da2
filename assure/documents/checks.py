"""Checks a file must pass before any document library sees it: size, type from the bytes, encryption,
archive bombs.

Every refusal is an `UnreadableDocument` (or a subclass) whose message is one line a person can
act on; the upload page and the CLI summary show it as it is. No Django here: limits are
arguments, the caller passes settings.IMPORT_MAX_BYTES.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from . import filetypes

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# A Word file of minutes is a few hundred KB of XML plus pictures; these are far above that.
MAX_ZIP_ENTRIES = 2_000
MAX_ZIP_UNCOMPRESSED = 250 * 1024 * 1024
MAX_ZIP_RATIO = 100          # uncompressed / compressed, per entry ...
ZIP_RATIO_FLOOR = 1024 * 1024  # ... for entries that expand beyond 1 MB (small XML compresses well)

# What a minutes import reads; other callers pass their own `accept`.
READABLE = ("docx", "pdf", "text", "html")


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


class TooMuchText(UnreadableDocument):
    pass


@dataclass(frozen=True)
class CheckedFile:
    data: bytes
    name: str
    kind: str  # one of filetypes.KINDS, agreeing with the name


def check_file(data: bytes, name: str, *, accept=READABLE, max_bytes: int = DEFAULT_MAX_BYTES) -> CheckedFile:
    """Refuse what must not be parsed or stored; say which kind the file is (and so which reader it needs)."""
    check_size(len(data), max_bytes)
    extension = filetypes.extension(name)
    claimed = filetypes.kind_for_name(name)
    if claimed not in accept:
        raise WrongFileType(_wrong_extension(extension, accept))
    actual = filetypes.sniff(data)
    if actual == "cfb" and claimed in ("docx", "xlsx", "pptx"):
        if _is_encrypted_office(data):
            raise EncryptedDocument(f"This {_noun(claimed)} is password-protected: remove the password and upload it again.")
        raise WrongFileType(f"The file is called {extension} but is an old-style Office file: "
                            f"save it as {extension} and try again.")
    if not filetypes.agrees(claimed, actual):
        raise WrongFileType(f"The file is called {extension} but is really {filetypes.describe(data, actual)}.")
    if claimed in filetypes.ZIP_KINDS:
        check_zip(data, claimed)
    return CheckedFile(data, name, claimed)


def _wrong_extension(extension: str, accept) -> str:
    allowed = sorted({filetypes.EXTENSION_BY_KIND[k] for k in accept if k in filetypes.EXTENSION_BY_KIND})
    listed = ", ".join(allowed[:-1]) + f" or {allowed[-1]}" if len(allowed) > 1 else allowed[0]
    if extension in (".doc", ".xls", ".ppt"):
        return f"Old Office ({extension}) files cannot be read: open it and save it as {extension}x."
    shown = extension or "no extension"
    return f"Files of this type ({shown}) cannot be read: upload {listed}."


def _noun(kind: str) -> str:
    return filetypes.KIND_NAMES[kind].split(" ", 1)[1]


def check_size(size: int, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
    if size == 0:
        raise EmptyDocument("The file is empty.")
    if size > max_bytes:
        raise OversizedDocument(f"The file is too large ({_megabytes(size)}): it must be smaller than "
                                f"{_megabytes(max_bytes)}. Compress its pictures or split it.")


def pdf_is_encrypted(data: bytes) -> bool:
    """The trailer (or the xref stream's dictionary, never compressed) names an encryption dictionary.

    Encrypted is not always locked: many published PDFs are encrypted only to restrict printing or
    copying, with an empty password to open them, and those we read. The PDF reader refuses the
    ones that need a password (PASSWORD_PROTECTED_PDF), and any encrypted one it cannot decrypt.
    """
    return re.search(rb"/Encrypt\s*(\d+\s+\d+\s+R|<<)", data) is not None


PASSWORD_PROTECTED_PDF = "This PDF is password-protected: save a copy without the password and upload that."


def check_zip(data: bytes, kind: str = "docx") -> None:
    """Look at the zip's central directory (nothing is decompressed) for bombs and encrypted parts."""
    noun = _noun(kind)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError):
        raise UnreadableDocument(f"The {noun} is damaged (its zip container cannot be opened).") from None
    if len(entries) > MAX_ZIP_ENTRIES:
        raise ZipBomb(f"The {noun} holds {len(entries)} parts; more than {MAX_ZIP_ENTRIES} is refused as unsafe.")
    total = sum(entry.file_size for entry in entries)
    if total > MAX_ZIP_UNCOMPRESSED:
        raise ZipBomb(
            f"The {noun} would expand to {_megabytes(total)}; more than "
            f"{_megabytes(MAX_ZIP_UNCOMPRESSED)} is refused as unsafe."
        )
    for entry in entries:
        if entry.file_size > ZIP_RATIO_FLOOR and entry.file_size > MAX_ZIP_RATIO * max(entry.compress_size, 1):
            raise ZipBomb(f"The {noun} is compressed suspiciously hard ({entry.filename}); refused as unsafe.")
        if entry.flag_bits & 0x1:
            raise EncryptedDocument(f"This {noun} is encrypted: remove the password and upload it again.")


def _is_encrypted_office(data: bytes) -> bool:
    # An encrypted .docx is an OLE compound file holding these streams (MS-OFFCRYPTO).
    return "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data


def _megabytes(size: int) -> str:
    """A size a person reads at a glance: 20.0 MB, 350 KB, 200 bytes."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"
