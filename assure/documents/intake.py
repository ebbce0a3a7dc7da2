"""The one document intake: every uploaded or command-line file comes in through here.

    check_upload(data, name, accept=...)   size, type from the bytes, encryption, archive bombs (no parsing):
                                           for files that are stored, not read (meeting papers)
    read_document(source, name)            the checks, then the reader in the sandboxed child: a Document
                                           bounded in pages, characters and blocks (minutes imports)
    read_text(source, name)                the checks, then every word of the file in the sandbox (publications'
                                           identifiability check)

Each raises UnreadableDocument (or a subclass) whose str() is one line a person can act on. No Django, no
database: callers pass max_bytes from settings, parse first and write afterwards in one short transaction.
"""
from __future__ import annotations

import importlib
import os
from pathlib import Path

from . import readers
from .checks import DEFAULT_MAX_BYTES, READABLE, EncryptedDocument, UnreadableDocument, check_file, check_size
from .document import Document
from .sandbox import Limits, document_from_json, document_to_json, run_sandboxed

__all__ = ["check_upload", "read_document", "read_text", "load", "default_max_bytes", "UnreadableDocument", "Limits",
           "PUBLICATION_KINDS", "PAPER_KINDS", "READABLE"]

# What each kind of upload may be.
PUBLICATION_KINDS = ("docx", "pdf", "text")
PAPER_KINDS = ("pdf", "docx", "xlsx", "pptx", "odt", "text")


def default_max_bytes() -> int:
    """The upload limit without Django: settings.IMPORT_MAX_BYTES reads the same variable, for the commands."""
    return int(os.environ.get("IMPORT_MAX_BYTES") or DEFAULT_MAX_BYTES)


def load(source: bytes | str | os.PathLike, name: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
         ) -> tuple[bytes, str]:
    """(bytes, name) of `source`: bytes as they are, or a path's content, its size checked before it is read."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), name or "upload"
    path = Path(source)
    try:
        check_size(path.stat().st_size, max_bytes)  # before reading a huge file into memory
        return path.read_bytes(), name or path.name
    except OSError as exc:
        raise UnreadableDocument(f"The file cannot be opened ({exc.strerror or type(exc).__name__}).") from None


def check_upload(data: bytes, name: str, *, accept=PAPER_KINDS, max_bytes: int = DEFAULT_MAX_BYTES,
                 limits: Limits | None = None) -> str:
    """The file's kind if it may be stored; UnreadableDocument saying why not.

    A PDF that names an encryption dictionary is opened in the sandbox to see whether it needs a password:
    many are encrypted only against printing and open for anyone, and those are fine.
    """
    checked = check_file(data, name, accept=accept, max_bytes=max_bytes)
    if checked.kind == "pdf":
        from .checks import pdf_is_encrypted

        if pdf_is_encrypted(data):
            limits = limits or Limits()
            importlib.import_module(readers.READER_MODULES["pdf"])
            run_sandboxed(_open_pdf, data, name, limits)
    return checked.kind


def read_document(source: bytes | str | os.PathLike, name: str | None = None, *, accept=READABLE,
                  max_bytes: int = DEFAULT_MAX_BYTES, limits: Limits | None = None, sandbox: bool = True) -> Document:
    """The Document in `source` (bytes, or a path to read); `name` gives the extension."""
    return _read(source, name, accept=accept, max_bytes=max_bytes, limits=limits, sandbox=sandbox, everything=False)


def read_text(source: bytes | str | os.PathLike, name: str | None = None, *, accept=PUBLICATION_KINDS,
              max_bytes: int = DEFAULT_MAX_BYTES, limits: Limits | None = None, sandbox: bool = True) -> str:
    """All the text of `source`, one line a line, including comments, deletions, headers and footers."""
    document = _read(source, name, accept=accept, max_bytes=max_bytes, limits=limits, sandbox=sandbox,
                     everything=True)
    return "\n".join(block.text for block in document.blocks)


def _read(source, name, *, accept, max_bytes, limits, sandbox, everything) -> Document:
    limits = limits or Limits()
    data, name = load(source, name, max_bytes=max_bytes)
    checked = check_file(data, name, accept=accept, max_bytes=max_bytes)
    options = {"kind": checked.kind, "max_pages": limits.max_pages, "max_chars": limits.max_chars,
               "everything": everything}
    if sandbox:
        try:  # the reader and its library imported in the parent, once: each forked child starts warm
            importlib.import_module(readers.READER_MODULES[checked.kind])
        except ImportError:
            pass  # the child will report it
        return run_sandboxed(readers.parse, checked.data, checked.name, limits, **options)
    # In process (tests, trusted files): the same bounds and clean-up the sandbox's JSON hand-over applies.
    from .sandbox import check_bounds

    document = readers.parse(checked.data, checked.name, **options)
    check_bounds(document, limits)
    return document_from_json(document_to_json(document))


def _open_pdf(data: bytes, name: str) -> Document:
    """Runs in the sandbox: refuse a PDF that needs a password to open."""
    import io

    from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    from .checks import PASSWORD_PROTECTED_PDF

    try:
        PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect:
        raise EncryptedDocument(PASSWORD_PROTECTED_PDF) from None
    except Exception as exc:  # noqa: BLE001 - an encryption pdfminer cannot undo: nobody else may open it either
        raise EncryptedDocument(f"This PDF is encrypted and cannot be opened ({type(exc).__name__}).") from None
    return Document(blocks=[], source=name, kind="pdf")
