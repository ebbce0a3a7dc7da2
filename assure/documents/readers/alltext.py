"""Every word a reader of the file could see, for the identifiability check of a publication.

Unlike the minutes readers (docx.py, pdf.py, text.py), which keep structure and leave out deleted
text, this keeps everything a published file would show or hide: tracked deletions, comments,
headers, footers, footnotes, text boxes, document properties. Run inside the sandbox like every
reader (documents.intake.read_text); returns a Document of one Paragraph per line.
"""
from __future__ import annotations

import io
import zipfile

from ..checks import PASSWORD_PROTECTED_PDF, EncryptedDocument, UnreadableDocument
from ..document import Document, Paragraph

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_OTHER_WORD_PARTS = {_WML + kind + "+xml" for kind in ("header", "footer", "footnotes", "endnotes", "comments")}
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def read_all_text(data: bytes, name: str, *, kind: str, max_pages: int) -> Document:
    """The whole text of a .docx, .pdf or text file; UnreadableDocument (one-line reason) if there is none."""
    if kind == "docx":
        text = _docx_text(data)
    elif kind == "pdf":
        text = _pdf_text(data, max_pages)
    else:
        from .text import decode

        text = decode(data) if not data.startswith((b"\xff\xfe", b"\xfe\xff")) else data.decode("utf-16", "replace")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not any(line.strip() for line in lines):
        raise UnreadableDocument("The file holds no text to check.")
    return Document(blocks=[Paragraph(line) for line in lines], source=name, kind=kind)


# --- Word ------------------------------------------------------------------------------------
def _docx_text(data: bytes) -> str:
    from docx import Document as WordDocument
    from docx.oxml import parse_xml

    # Sizes, ratios and encryption were checked (checks.check_zip) before this runs.
    damaged = "The Word document could not be read; it may be damaged."
    try:
        document = WordDocument(io.BytesIO(data))
        lines: list[str] = []
        _walk(document.element.body, lines)
        for part in document.part.package.iter_parts():
            if part.content_type in _OTHER_WORD_PARTS:
                _walk(parse_xml(part.blob), lines)
    except MemoryError:
        raise  # the sandbox reports the memory limit
    except (zipfile.BadZipFile, Exception):  # zip, XML and package errors all mean the same to the person uploading
        raise UnreadableDocument(damaged) from None
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
def _pdf_text(data: bytes, max_pages: int) -> str:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    from .pdf import check_declared_pages, check_page_count

    check_declared_pages(data, max_pages)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            check_page_count(pdf, max_pages)
            pages = []
            for page in pdf.pages:
                pages.append(page.extract_text() or "")
                page.close()  # frees the page's parsed objects: a long PDF stays small in memory
            metadata = pdf.metadata or {}
    except (UnreadableDocument, MemoryError):
        raise
    except Exception as error:  # pdfplumber wraps pdfminer's many error types
        cause = error.__cause__ or error.__context__ or (error.args[0] if error.args else error)
        if isinstance(error, PDFPasswordIncorrect) or isinstance(cause, PDFPasswordIncorrect) \
                or "password" in str(error).lower() or "encrypt" in str(error).lower():
            raise EncryptedDocument(PASSWORD_PROTECTED_PDF) from None
        raise UnreadableDocument("The PDF could not be read; it may be damaged.") from None
    if not pages:
        raise UnreadableDocument("The PDF has no pages.")
    if not any(page.strip() for page in pages):
        raise UnreadableDocument("The PDF has no text layer (it looks like scanned images): "
                                 "upload the .docx or a PDF with selectable text.")
    extra = [str(metadata.get(k)) for k in ("Title", "Subject", "Keywords") if isinstance(metadata.get(k), str)]
    return "\n\n".join(pages + extra)
