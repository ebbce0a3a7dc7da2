"""What a file really is, from its bytes, never its name: the one file-type rule every upload uses.

Pure: no Django, no parsing beyond reading a zip's list of names. `sniff(data)` gives one of KINDS;
`kind_for_name(name)` what the name claims; `describe(data, kind)` words for a refusal.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePath

import filetype

# Real types Assure tells apart. "zip", "cfb" (old Office / encrypted Office), "binary" are never accepted.
KINDS = ("pdf", "docx", "xlsx", "pptx", "odt", "text", "html", "zip", "cfb", "binary")

KIND_BY_EXTENSION = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".pptx": "pptx",
    ".odt": "odt",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
}
EXTENSION_BY_KIND = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "pptx": ".pptx", "odt": ".odt",
                     "text": ".txt", "html": ".html"}
KIND_NAMES = {
    "pdf": "a PDF",
    "docx": "a Word document",
    "xlsx": "an Excel workbook",
    "pptx": "a PowerPoint presentation",
    "odt": "an OpenDocument text file",
    "text": "a text file",
    "html": "a web page",
    "zip": "a zip archive",
    "cfb": "an old-style Office file",
}
ZIP_KINDS = ("docx", "xlsx", "pptx", "odt")
# The folder inside an Office Open XML zip that each kind must have.
_OOXML_FOLDER = {"word/": "docx", "xl/": "xlsx", "ppt/": "pptx"}
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_START = re.compile(rb"<\s*(!doctype\s+html|html|body|table|p|div)[\s>]")


def kind_for_name(name: str) -> str | None:
    """The kind a file name claims by its extension, or None."""
    return KIND_BY_EXTENSION.get(extension(name))


def extension(name: str) -> str:
    return PurePath((name or "").replace("\\", "/")).suffix.lower()


def sniff(data: bytes) -> str:
    """The real type from the bytes: one of KINDS."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    if data.startswith(_CFB_MAGIC):
        return "cfb"
    if not looks_like_text(data[:65536]):
        return "binary"
    if _HTML_START.search(head[:4096].lower()):
        return "html"
    return "text"


def agrees(claimed: str, actual: str) -> bool:
    """Whether the bytes bear out the name: a .txt holding HTML markup (or a .html of plain text) is still text."""
    if claimed in ("text", "html"):
        return actual in ("text", "html")
    return claimed == actual


def looks_like_text(sample: bytes) -> bool:
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True  # UTF-16 with a byte-order mark
    if b"\x00" in sample:
        return False
    # A stray control character or two (a form feed, a \x1a from an old editor) is still text.
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control <= 8 + len(sample) // 50


def describe(data: bytes, kind: str) -> str:
    """'a PDF', 'a Windows program', 'a png file (image/png)': what the person actually sent."""
    if data.startswith(b"MZ"):
        return "a Windows program"
    if data.startswith(b"\x7fELF"):
        return "a program"
    if kind in KIND_NAMES:
        return KIND_NAMES[kind]
    guess = filetype.guess(data[:8192])
    if guess is not None:
        return f"a {guess.extension} file ({guess.mime})"
    return "a binary file of an unknown type"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
                if archive.read("mimetype").strip() == _ODT_MIMETYPE:
                    return "odt"
    except Exception:  # noqa: BLE001 - any damage: judge by the names the bytes still show
        # A damaged zip that still names Word parts is a damaged Word file, not another type.
        return "docx" if b"word/document" in data[:65536] else "zip"
    if "[Content_Types].xml" in names:
        if any(n.startswith("word/document") for n in names):
            return "docx"
        for folder, kind in _OOXML_FOLDER.items():
            if kind != "docx" and any(n.startswith(folder) for n in names):
                return kind
    return "zip"
