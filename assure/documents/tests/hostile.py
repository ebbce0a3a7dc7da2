"""Hostile files, generated when a test or a measurement needs them (none is committed).

Each is what the issue found holding a web worker: thousands of PDF pages, a Word file whose main part
expands to hundreds of MB while staying under the unzip cap, and plain text just under the size limit.
`python -m assure.documents.tests.hostile DIR` writes them to DIR for `/usr/bin/time -v`.

Tests say a hostile file is refused *before* the costly step, not *within N seconds*: forbid() replaces those
steps with tripwires (PARSING: any reader or sandboxed child at all; COSTLY_STEPS: what each reader does after
its cheap first look), so a refusal that came from the wrong, late check fails deterministically.
"""
from __future__ import annotations

import functools
import importlib
import io
import sys
import zipfile
from pathlib import Path

W_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MINUTES_LINES = [
    "Fenshire Safeguarding Children Partnership: Executive Board",
    "Present: Ada Quill (AQ), Chair; Bram Tolley (BT), Fenshire Police; Cora Wynn (CW), Fenshire ICB",
    "1. Action log",
    "The board reviewed the action log. Action: BT to circulate the audit summary by 30.06.26.",
    "2. Exploitation subgroup report",
    "CW reported on the missing-from-home return interviews. Action – CW – 31.07.26.",
]


@functools.cache
def many_page_pdf(pages: int = 5000) -> bytes:
    """A text PDF of `pages` short pages, uncompressed (5,000 pages: about 7.7 MB)."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pageCompression=0)
    for number in range(1, pages + 1):
        pdf.drawString(72, 780, f"Draft review report, page {number}")
        for line in range(12):
            pdf.drawString(72, 760 - 14 * line, "The panel heard from every agency about the support offered.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@functools.cache
def expanding_docx(expanded_bytes: int = 380 * 1024 * 1024) -> bytes:
    """A valid Word package that expands to `expanded_bytes` (380 MB: under the old 400 MB cap), nearly all of it
    word/document.xml."""
    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    paragraph = b"<w:p><w:r><w:t>" + b"A" * 4000 + b"</w:t></w:r></w:p>"
    head = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + W_NS + b"><w:body>"
    tail = b"</w:body></w:document>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        others = sum(entry.file_size for entry in source.infolist() if entry.filename != "word/document.xml")
        count = max(1, (expanded_bytes - others - len(head) - len(tail)) // len(paragraph))
        for entry in source.infolist():
            if entry.filename != "word/document.xml":
                archive.writestr(entry.filename, source.read(entry))
                continue
            with archive.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(head)
                chunk = paragraph * 256
                for _ in range(count // 256):
                    part.write(chunk)
                part.write(paragraph * (count % 256))
                part.write(tail)
    return buffer.getvalue()


@functools.cache
def large_text_minutes(size: int = 19 * 1024 * 1024) -> bytes:
    """Plain-text minutes repeated to `size` bytes (19 MB: under the 20 MB upload limit)."""
    block = ("\n".join(MINUTES_LINES) + "\n\n").encode()
    return (block * (size // len(block) + 1))[:size]


# Any reading at all: the file is refused (or stored) by the checks on its bytes, in the parent.
PARSING = [
    ("assure.documents.intake", "run_sandboxed", "a sandboxed reader was started"),
    ("assure.documents.readers", "parse", "a reader ran"),
]
# What a reader does after its cheap first look (the declared page count, the decoded length).
COSTLY_STEPS = [
    ("pdfplumber", "open", "pdfplumber opened the PDF, building every page object"),
    ("assure.documents.readers.text", "decode", "the text was decoded for reading"),
    ("assure.documents.readers.text", "parse_text", "the text was split into lines and tables"),
    ("assure.documents.readers.text", "parse_html", "the HTML was parsed"),
    ("assure.documents.readers.docx", "read_docx", "the Word file was unzipped and parsed"),
    ("assure.documents.readers.alltext", "_docx_text", "the Word file was unzipped and parsed"),
]


def forbid(patch, steps) -> list[str]:
    """Replace each (module, attribute, step) with a tripwire that records the step and refuses the file, naming it.

    `patch` is monkeypatch.setattr in a test, or the builtin setattr in a child process a test starts. A tripwire
    reached in the sandbox's forked child cannot record in this process; its refusal reason comes back instead,
    so a test that checks the reason fails just the same. Returns the steps reached in this process.
    """
    from assure.documents.checks import UnreadableDocument

    reached: list[str] = []
    for module, attribute, step in steps:
        def tripwire(*args, _step=step, **kwargs):
            reached.append(_step)
            raise UnreadableDocument(f"Tripwire: {_step}; the file should not have got this far.")
        patch(importlib.import_module(module), attribute, tripwire)
    return reached


def write_all(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    files = {"5000-pages.pdf": many_page_pdf(), "expanding.docx": expanding_docx(),
             "19mb-minutes.txt": large_text_minutes()}
    paths = []
    for name, data in files.items():
        (directory / name).write_bytes(data)
        paths.append(directory / name)
    return paths


if __name__ == "__main__":
    for written in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")):
        print(written, written.stat().st_size)
