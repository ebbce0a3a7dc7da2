"""Read an uploaded file into a Document: checks first, then the right reader in a sandbox.

    read_document(path_or_bytes, name) -> Document      raises UnreadableDocument(reason)

The reader is chosen by the file's real type (magic bytes), which must agree with its extension.
No Django here; callers pass max_bytes=settings.IMPORT_MAX_BYTES.
"""
from __future__ import annotations

import importlib
import os
from pathlib import Path

from ..document import Document, Paragraph
from ..safety import DEFAULT_MAX_BYTES, UnreadableDocument, check_file, check_size
from ..sandbox import Limits, document_from_json, document_to_json, run_sandboxed

__all__ = ["read_document", "parse", "UnreadableDocument", "Limits"]


def read_document(
    source: bytes | str | os.PathLike,
    name: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    limits: Limits | None = None,
    sandbox: bool = True,
) -> Document:
    """The Document in `source` (bytes, or a path to read); `name` gives the extension."""
    limits = limits or Limits()
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = name or "upload"
    else:
        path = Path(source)
        name = name or path.name
        try:
            check_size(path.stat().st_size, max_bytes)  # before reading a huge file into memory
            data = path.read_bytes()
        except OSError as exc:
            raise UnreadableDocument(f"The file cannot be opened ({exc.strerror or type(exc).__name__}).") from None
    checked = check_file(data, name, max_bytes=max_bytes)
    if sandbox:
        _load_reader(checked.kind)
        return run_sandboxed(parse, checked.data, checked.name, limits, kind=checked.kind, max_pages=limits.max_pages)
    # In process (tests, trusted files): the same clean-up the sandbox's JSON hand-over applies.
    return document_from_json(document_to_json(parse(checked.data, checked.name, kind=checked.kind,
                                                     max_pages=limits.max_pages)))


def _load_reader(kind: str) -> None:
    """Import the reader and its library in the parent, once, so each forked child starts warm
    instead of importing pdfplumber/python-docx again for every document."""
    module = {"docx": ".docx", "pdf": ".pdf"}.get(kind, ".text")
    try:
        importlib.import_module(module, __name__)
    except ImportError:
        pass  # the child will report it


def parse(data: bytes, name: str, *, kind: str, max_pages: int = Limits.max_pages) -> Document:
    """The reader for `kind`, with any unexpected error turned into UnreadableDocument."""
    try:
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


def _read_text(data: bytes, name: str, kind: str) -> Document:
    try:  # the text/HTML reader (readers/text.py) works on decoded text
        from .text import decode, looks_like_html_document, parse_html, parse_text
    except ImportError:
        decode = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 (Notepad's "Unicode"): make it UTF-8 first
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    if decode is not None:
        text = decode(data)
        if not text.strip():
            raise UnreadableDocument("The file holds no text.")
        if kind == "html" or looks_like_html_document(text):
            document = parse_html(text, source=name)
        else:
            document = parse_text(text, source=name)
    else:
        # Fallback should text.py be missing: decoded lines as paragraphs, no markup handling.
        lines = decode_text(data).splitlines()
        document = Document(blocks=[Paragraph(line.strip()) for line in lines if line.strip()], source=name, kind=kind)
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
