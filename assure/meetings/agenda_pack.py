"""A meeting's agenda pack: one PDF holding the agenda, each paper in agenda order, the matters arising and the
forward plan, with page numbers across the whole pack and a bookmark for each part (ADR 0140).

- PDF papers go in as they are (pypdf); one that needs a password, is damaged or is missing is listed as not
  included with the reason, never an error.
- Word (.docx) papers are read by the document intake (`intake.read_document`, in the sandbox) and drawn again as
  a `Composition` (headings, paragraphs and tables; pictures and layout are lost, which the agenda says).
- Other kinds (Excel, PowerPoint, OpenDocument, text) are listed "not included: open it in Assure".

Papers carry no visibility of their own: whoever may open the meeting may open each of its papers
(`views.agenda.paper_download`), so `papers_for(meeting, role)` is where a per-paper rule would go.
The agenda, matters arising and forward plan are drawn by `documents.render`; pypdf merges the parts, adds the
outline and stamps "Page n of N" on each page from a WeasyPrint-drawn overlay of the same page sizes."""
from __future__ import annotations

import io
from dataclasses import dataclass

from django.conf import settings

from assure.documents import intake, render
from assure.documents.checks import UnreadableDocument
from assure.documents.compose import Bullets, Composition, Paragraph, Section, Table
from assure.documents.document import Table as DocumentTable

from . import papers as paper_rules
from . import queries
from .action_log_document import action_log_rows

OPEN_IN_ASSURE = "not included: open it in Assure"
# A paper longer than this is left out (open it on its own): it would make the pack too slow to build and read.
MAX_PAPER_PAGES = 500
# Where the pack's page number goes: the bottom right corner, clear of most documents' own footers.
_OVERLAY_CSS = """
@page { margin: 0; }
body { margin: 0; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; }
.sheet { position: relative; overflow: hidden; }
.sheet + .sheet { break-before: page; }
.number { position: absolute; right: 0.8cm; bottom: 0.45cm; font-size: 8pt; color: #0b0c0c;
          background: #ffffff; padding: 1pt 4pt; }
"""
# Our own parts are drawn without their own "Page 1 of 2": the pack's numbers replace them.
# (WeasyPrint takes these as user stylesheets: !important is what outranks the document's own rule.)
_NO_PART_NUMBERS = "@page { " + " ".join(f"@bottom-{side} {{ content: none !important; }}"
                                       for side in ("left", "center", "right")) + " }"


@dataclass
class PaperPart:
    number: str  # the agenda item's number
    title: str
    pdf: bytes | None
    reason: str = ""  # why it is not included
    pages: int = 0

    @property
    def included(self) -> bool:
        return self.pdf is not None


@dataclass
class Pack:
    pdf: bytes
    outline: list[tuple[str, int]]  # (bookmark, first page, 1-based)
    papers: list[PaperPart]
    pages: int


def papers_for(meeting, role=None) -> list[tuple]:
    """(item, paper) in agenda order. Every paper follows the meeting's permission (no paper is restricted)."""
    return [(item, paper) for item in queries.agenda(meeting) for paper in item.papers.all()]


def build_pack(meeting, role=None) -> Pack:
    from pypdf import PdfReader, PdfWriter

    pairs = papers_for(meeting, role)
    parts = [paper_part(item, paper) for item, paper in pairs]
    arising = _part_pdf(_arising_composition(meeting))
    plan = _part_pdf(_forward_plan_composition(meeting))
    # The agenda says on which page each paper starts; its own length decides that, so draw it until it settles.
    agenda_pages, agenda = 1, b""
    for _ in range(3):
        agenda = _part_pdf(_agenda_composition(meeting, pairs, parts, first_page=agenda_pages + 1))
        counted = len(PdfReader(io.BytesIO(agenda)).pages)
        if counted == agenda_pages:
            break
        agenda_pages = counted

    writer = PdfWriter()
    outline = []
    sections = [("Agenda", agenda)]
    sections += [(f"{part.number}. {part.title}" if part.number else part.title, part.pdf)
                 for part in parts if part.included]
    sections += [("Matters arising", arising), ("Forward plan", plan)]
    for title, data in sections:
        start = len(writer.pages)
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")  # opened already by paper_part: encrypted only against changes
        writer.append(reader, import_outline=False)
        writer.add_outline_item(title=title, page_number=start)
        outline.append((title, start + 1))
    _stamp_page_numbers(writer)
    writer.add_metadata({"/Title": f"Agenda pack: {meeting}", "/Author": meeting.partnership.name})
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return Pack(pdf=out.getvalue(), outline=outline, papers=parts, pages=len(writer.pages))


# Papers.
def paper_part(item, paper) -> PaperPart:
    part = PaperPart(number=item.number, title=paper.title, pdf=None)
    kind = paper_rules.extension(paper.original_name or paper.file.name)
    if kind not in ("pdf", "docx"):
        part.reason = OPEN_IN_ASSURE
        return part
    try:
        with paper.file.open("rb") as handle:
            data = handle.read()
    except (OSError, ValueError):
        part.reason = "not included: the stored file is missing"
        return part
    if kind == "pdf":
        part.pdf, part.pages, part.reason = _checked_pdf(data)
    else:
        part.pdf, part.reason = _word_paper(data, paper, item)
        if part.pdf:
            part.pages = _count_pages(part.pdf)
    return part


def _checked_pdf(data: bytes) -> tuple[bytes | None, int, str]:
    """(the PDF, its pages, "") if it can go in the pack, else (None, 0, the reason)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return None, 0, "not included: it is protected by a password"
        pages = len(reader.pages)
    except (DependencyError, FileNotDecryptedError, NotImplementedError):
        return None, 0, "not included: it is encrypted in a way that cannot be opened here"
    except Exception:  # noqa: BLE001 - any damage pypdf finds: the pack goes on without the paper
        return None, 0, "not included: the PDF is damaged and cannot be read"
    if pages == 0:
        return None, 0, "not included: the PDF has no pages"
    if pages > MAX_PAPER_PAGES:
        return None, 0, f"not included: it has {pages:,} pages (over {MAX_PAPER_PAGES}); open it in Assure"
    return data, pages, ""


def _word_paper(data: bytes, paper, item) -> tuple[bytes | None, str]:
    max_bytes = getattr(settings, "PAPER_MAX_BYTES", paper_rules.MAX_BYTES)
    try:
        document = intake.read_document(data, paper.original_name or "paper.docx", accept=("docx",),
                                        max_bytes=max_bytes)
    except UnreadableDocument as exc:
        return None, f"not included: {exc}"
    return _part_pdf(word_paper_composition(paper.title, f"Item {item.number}: {item.title}", document)), ""


def word_paper_composition(title: str, subtitle: str, document) -> Composition:
    """Pure: a Word paper's paragraphs and tables as a Composition; its headings start sections."""
    sections, heading, blocks = [], "", []
    for block in document.blocks:
        if isinstance(block, DocumentTable):
            width = block.width
            rows = [tuple(row) + ("",) * (width - len(row)) for row in block.rows if any(c.strip() for c in row)]
            if width and rows:
                blocks.append(Table(columns=rows[0], rows=tuple(rows[1:])))
        elif block.text.strip():
            if block.style.lower().startswith(("heading", "title")):
                if heading or blocks:
                    sections.append(Section(title=heading or title, blocks=tuple(blocks)))
                heading, blocks = block.text.strip(), []
            else:
                blocks.append(Paragraph(block.text))
    if heading or blocks or not sections:
        sections.append(Section(title=heading or title, blocks=tuple(blocks) or (
            Paragraph("The paper has no text.", "empty"),)))
    return Composition(title=title, subtitle=subtitle, sections=tuple(sections), lines=(
        "Converted from Word for the pack: the text and tables only. Open the paper in Assure for its layout "
        "and pictures.",))


# The pack's own parts.
def _agenda_composition(meeting, pairs, parts, first_page: int) -> Composition:
    page = first_page
    where = {}
    for (_, paper), part in zip(pairs, parts):
        if part.included:
            where[paper.pk] = f"page {page}"
            page += part.pages
        else:
            where[paper.pk] = part.reason
    rows = []
    for item in queries.agenda(meeting):
        listed = "\n".join(f"{paper.title} ({where.get(paper.pk, OPEN_IN_ASSURE)})" for paper in item.papers.all())
        rows.append((item.number, item.title, item.presenter.full_name if item.presenter_id else "", listed))
    lines = [f"{meeting.date:%A %-d %B %Y}"]
    if meeting.start_time:
        lines.append(f"Starts at {meeting.start_time:%H:%M}")
    if meeting.location:
        lines.append(f"Venue: {meeting.location}")
    agenda = (Table(columns=("Item", "Title", "Presenter", "Papers"), rows=tuple(rows), widths=(0.7, 3, 1.6, 3)),
              ) if rows else (Paragraph("The agenda is empty.", "empty"),)
    sections = [Section(title="Agenda", blocks=agenda)]
    missing = [(pair, part) for pair, part in zip(pairs, parts) if not part.included]
    if missing:
        sections.append(Section(title="Papers not in this pack", blocks=(Bullets(items=tuple(
            f"Item {item.number}: {paper.title} – {part.reason}" for (item, paper), part in missing)),)))
    return Composition(title=f"Agenda: {meeting.body.name}", subtitle=f"Agenda pack, {meeting.date:%-d %B %Y}",
                       lines=tuple(lines),
                       author=meeting.partnership.name, sections=tuple(sections))


def _arising_composition(meeting) -> Composition:
    _, arising = action_log_rows(meeting)
    if arising:
        blocks = (Table(columns=("Agreed at", "Item", "Action", "Owner", "Due", "Status", "Latest update"),
                        rows=tuple(r.cells() for r in arising), widths=(1.2, 0.7, 4, 1.6, 1.4, 1.2, 3.5)),)
    else:
        blocks = (Paragraph(f"No open actions from earlier meetings of {meeting.body.name}.", "empty"),)
    return Composition(title="Matters arising", subtitle=str(meeting), author=meeting.partnership.name,
                       landscape=True, sections=(Section(title="Actions from earlier meetings", blocks=blocks),))


def _forward_plan_composition(meeting) -> Composition:
    entries = queries.forward_plan_after(meeting)
    if entries:
        blocks = (Table(columns=("When", "Item", "Presenter", "Notes"), widths=(1.5, 3, 1.5, 3), rows=tuple(
            (entry.when, entry.title, entry.presenter.full_name if entry.presenter_id else "", entry.notes)
            for entry in entries)),)
    else:
        blocks = (Paragraph(f"Nothing is booked on the forward plan of {meeting.body.name}.", "empty"),)
    return Composition(title="Forward plan", subtitle=str(meeting), author=meeting.partnership.name,
                       sections=(Section(title="Items booked for later meetings", blocks=blocks),))


# Drawing and stamping.
def _part_pdf(composition: Composition) -> bytes:
    """The composition as a PDF without its own page numbers (the pack's replace them)."""
    from weasyprint import CSS, HTML

    return HTML(string=render.html(composition, for_print=True), base_url=None).write_pdf(
        stylesheets=[CSS(string=_NO_PART_NUMBERS)])


def _count_pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def _stamp_page_numbers(writer) -> None:
    """"Page n of N" in the bottom right corner of every page, drawn by WeasyPrint on a page of the same size."""
    from pypdf import PdfReader

    sizes = []
    for page in writer.pages:
        if page.rotation:
            page.transfer_rotation_to_content()  # so "bottom right" is where a reader sees it
        box = page.cropbox
        sizes.append((float(box.width), float(box.height)))
    overlay = PdfReader(io.BytesIO(overlay_pdf(sizes)))
    for page, stamp in zip(writer.pages, overlay.pages, strict=True):
        box = page.cropbox
        page.merge_translated_page(stamp, float(box.left), float(box.bottom))


def overlay_pdf(sizes: list[tuple[float, float]]) -> bytes:
    """One page per size given, blank but for "Page n of N" in the bottom right corner."""
    from django.utils.html import escape
    from weasyprint import HTML

    names = {size: f"s{index}" for index, size in enumerate(dict.fromkeys(sizes))}
    rules = "".join(f"@page {name} {{ size: {w:.2f}pt {h:.2f}pt; margin: 0; }}\n.{name} {{ page: {name}; "
                    f"width: {w:.2f}pt; height: {h - 1:.2f}pt; }}\n" for (w, h), name in names.items())
    total = len(sizes)
    sheets = "".join(f'<div class="sheet {names[size]}"><span class="number">{escape(f"Page {n} of {total}")}'
                     f"</span></div>" for n, size in enumerate(sizes, start=1))
    document = HTML(string=f"<!DOCTYPE html><html><head><style>{_OVERLAY_CSS}{rules}</style></head>"
                           f"<body>{sheets}</body></html>").render()
    if len(document.pages) != total:  # pragma: no cover - the sheets are sized to fit their pages
        raise RuntimeError(f"page number overlay has {len(document.pages)} pages for {total}")
    return document.write_pdf()
