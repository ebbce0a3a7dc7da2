"""Reading the text out of an uploaded report or briefing (.docx, .pdf, .txt) for the check.

Every refusal is a ValueError with one line a person can act on.
"""
from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import PurePath

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
# A .docx is a zip: refuse one that would unpack to far more than any real report (a zip bomb).
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_OTHER_WORD_PARTS = {_WML + kind + "+xml" for kind in ("header", "footer", "footnotes", "endnotes", "comments")}
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def read_file_text(data: bytes, filename: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text of a .docx, .pdf or .txt file; ValueError (one-line reason) if it cannot be read."""
    name = PurePath(filename.replace("\\", "/")).name or "The file"
    suffix = PurePath(name).suffix.lower()
    readers = {".docx": _docx_text, ".pdf": _pdf_text, ".txt": _txt_text}
    if suffix not in readers:
        hint = " Save it as .docx first." if suffix in (".doc", ".odt", ".rtf", ".pages") else ""
        raise ValueError(f"{name}: only .docx, .pdf and .txt files can be checked.{hint}")
    if not data:
        raise ValueError(f"{name} is empty.")
    if len(data) > max_bytes:
        raise ValueError(f"{name} is {len(data) / 1048576:.1f} MB; the largest file that can be checked is "
                         f"{max_bytes / 1048576:g} MB.")
    text = readers[suffix](data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ValueError(f"{name} contains no text to check.")
    return text


def _txt_text(data: bytes, name: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ValueError(f"{name} could not be read as UTF-16 text.") from None
    if b"\x00" in data:
        raise ValueError(f"{name} is not a text file (it contains binary data).")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError(f"{name} could not be read as text (it is neither UTF-8 nor Windows-1252); save it as UTF-8.")


# --- Word ------------------------------------------------------------------------------------
def _docx_text(data: bytes, name: str) -> str:
    from docx import Document
    from docx.oxml import parse_xml

    if data.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE container: password-protected .docx or an old .doc
        raise ValueError(f"{name} is password-protected or an old-style .doc; save an unprotected .docx.")
    damaged = f"{name} could not be read as a Word document; it may be damaged."
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise ValueError(damaged) from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise ValueError(f"{name} unpacks to more than {MAX_UNZIPPED_BYTES // 1048576} MB; it cannot be checked.")
    try:
        document = Document(io.BytesIO(data))
        lines: list[str] = []
        _walk(document.element.body, lines)
        for part in document.part.package.iter_parts():
            if part.content_type in _OTHER_WORD_PARTS:
                _walk(parse_xml(part.blob), lines)
    except Exception:  # zip, XML and package errors all mean the same to the person uploading
        raise ValueError(damaged) from None
    properties = document.core_properties
    lines += [v for v in (properties.title, properties.subject, properties.keywords, properties.comments) if v]
    return "\n".join(lines)


def _walk(element, lines: list[str]) -> None:
    """Paragraphs a line each, table rows a line each (cells joined by " | "), in document order."""
    from docx.oxml.ns import qn

    for child in element.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(_paragraph_text(child))
        elif child.tag == qn("w:tbl"):
            for row in child.iterchildren(qn("w:tr")):
                cells = []
                for cell in row.iter(qn("w:tc")):
                    if cell.getparent() is not row and cell.getparent().tag != qn("w:sdtContent"):
                        continue  # nested tables are read inside their parent cell
                    inner: list[str] = []
                    _walk(cell, inner)
                    cells.append(" ".join(line for line in inner if line.strip()))
                lines.append(" | ".join(cells))
        elif isinstance(child.tag, str):
            _walk(child, lines)  # content controls, footnotes, comments, headers: containers of paragraphs


def _paragraph_text(paragraph) -> str:
    from docx.oxml.ns import qn

    texts, breaks = {qn("w:t"), qn("w:delText")}, {qn("w:br"), qn("w:cr")}
    parts = []
    for node in paragraph.iter(qn("w:t"), qn("w:delText"), qn("w:tab"), qn("w:br"), qn("w:cr")):
        if any(True for _ in node.iterancestors(_MC_FALLBACK)):
            continue  # the same text box again, for old versions of Word
        if node.tag in texts:
            parts.append(node.text or "")
        else:
            parts.append("\n" if node.tag in breaks else "\t")
    return "".join(parts)


# --- PDF -------------------------------------------------------------------------------------
def _pdf_text(data: bytes, name: str) -> str:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    if b"%PDF-" not in data[:1024]:
        raise ValueError(f"{name} is not a PDF file.")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
            metadata = pdf.metadata or {}
    except Exception as error:  # pdfplumber wraps pdfminer's many error types
        cause = error.__cause__ or error.__context__ or error
        if isinstance(error, PDFPasswordIncorrect) or isinstance(cause, PDFPasswordIncorrect) \
                or "password" in str(error).lower() or "encrypt" in str(error).lower():
            raise ValueError(f"{name} is password-protected; upload a copy without a password.") from None
        raise ValueError(f"{name} could not be read as a PDF; it may be damaged.") from None
    if not pages:
        raise ValueError(f"{name} has no pages.")
    if not any(page.strip() for page in pages):
        raise ValueError(f"{name} has no text layer (it looks like scanned images); "
                         "upload the .docx or a PDF with selectable text.")
    extra = [str(metadata.get(k)) for k in ("Title", "Subject", "Keywords") if isinstance(metadata.get(k), str)]
    return "\n\n".join(pages + extra)
