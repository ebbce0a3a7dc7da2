"""The readers: bytes of a checked file in, a Document out. Called inside the sandbox by documents.intake.

    parse(data, name, kind=..., max_pages=..., max_chars=...) -> Document   raises UnreadableDocument(reason)

No Django here.
"""
from __future__ import annotations

from ..checks import TooMuchText, UnreadableDocument
from ..document import Document
from ..sandbox import Limits, too_much_text

__all__ = ["parse", "decode_text", "READER_MODULES"]

# The module (and its library) each kind needs: imported in the parent once, so each forked child starts warm.
READER_MODULES = {"docx": "assure.documents.readers.docx", "pdf": "assure.documents.readers.pdf",
                  "text": "assure.documents.readers.text", "html": "assure.documents.readers.text"}


def parse(data: bytes, name: str, *, kind: str, max_pages: int = Limits.max_pages,
          max_chars: int = Limits.max_chars, everything: bool = False) -> Document:
    """The reader for `kind`, with any unexpected error turned into UnreadableDocument.

    everything=True: all the text a reader of the file could see (alltext.py), for the identifiability check.
    """
    try:
        if kind in ("text", "html"):
            _check_text_length(data, max_chars)
        if everything:
            from .alltext import read_all_text

            return read_all_text(data, name, kind=kind, max_pages=max_pages)
        if kind == "docx":
            from .docx import read_docx

            return read_docx(data, name)
        if kind == "pdf":
            from .pdf import read_pdf

            return read_pdf(data, name, max_pages=max_pages)
        if kind in ("text", "html"):
            return _read_text(data, name, kind)
    except UnreadableDocument:
        raise
    except MemoryError:
        raise UnreadableDocument("The file needs more memory to read than is allowed.") from None
    except RecursionError:
        raise UnreadableDocument("The file is nested too deeply to read safely.") from None
    except Exception as exc:  # noqa: BLE001 - a library failing on odd input is a damaged file to the user
        raise UnreadableDocument(f"The file is damaged or malformed and cannot be read ({type(exc).__name__}).") from None
    raise UnreadableDocument(f"Files of type {kind!r} cannot be read.")


def _check_text_length(data: bytes, max_chars: int) -> None:
    # Decoding 20 MB takes milliseconds; splitting it into lines and tables is what must not start.
    chars = len(decode_text(data))
    if chars > max_chars:
        raise TooMuchText(too_much_text(chars, max_chars))


def _read_text(data: bytes, name: str, kind: str) -> Document:
    from .text import decode, looks_like_html_document, parse_html, parse_text

    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 (Notepad's "Unicode"): make it UTF-8 first
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    text = decode(data)
    if not text.strip():
        raise UnreadableDocument("The file holds no text.")
    if kind == "html" or looks_like_html_document(text):
        document = parse_html(text, source=name)
    else:
        document = parse_text(text, source=name)
    if not document.blocks:
        raise UnreadableDocument("The file holds no text.")
    return document


def decode_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
