"""A meeting's agenda pack: one PDF holding the agenda, each paper in agenda order, the matters arising and the
forward plan, with page numbers across the whole pack and a bookmark for each part (ADR 0140).

This module decides what is in the pack; `documents.pack` merges, checks and stamps the PDFs.
- PDF papers go in as they are; one that `pack.checked` refuses (a password, damage, over 500 pages) or that is
  missing from storage is listed in the agenda as not included, with the reason, never an error.
- Word (.docx) papers are read by the document intake (`intake.read_document`, in the sandbox) and drawn again as
  a `Composition` (headings, paragraphs and tables; pictures and layout are lost, which the paper's first page says).
- Other kinds (Excel, PowerPoint, OpenDocument, text) are listed "not included: open it in Assure".
- The agenda, matters arising and forward plan are compositions drawn by `render.pdf(..., numbered=False)` (the
  pack's numbers replace their own); the agenda says on which page each paper starts.

Papers carry no visibility of their own: whoever may open the meeting may open each of its papers
(`views.agenda.paper_download`), so `papers_for(meeting, role)` is where a per-paper rule would go."""
from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from assure.documents import intake, pack, render
from assure.documents.checks import UnreadableDocument
from assure.documents.compose import Bullets, Composition, Paragraph, Section, Table
from assure.documents.document import Table as DocumentTable

from . import papers as paper_rules
from . import queries
from .action_log_document import action_log_rows

OPEN_IN_ASSURE = "not included: open it in Assure"


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
    pairs = papers_for(meeting, role)
    parts = [paper_part(item, paper) for item, paper in pairs]
    arising = render.pdf(_arising_composition(meeting), numbered=False)
    plan = render.pdf(_forward_plan_composition(meeting), numbered=False)
    # The agenda says on which page each paper starts; its own length decides that, so draw it until it settles.
    agenda_pages, agenda = 1, b""
    for _ in range(3):
        agenda = render.pdf(_agenda_composition(meeting, pairs, parts, first_page=agenda_pages + 1), numbered=False)
        counted = pack.page_count(agenda)
        if counted == agenda_pages:
            break
        agenda_pages = counted

    sections = [pack.Part("Agenda", agenda)]
    sections += [pack.Part(f"{part.number}. {part.title}" if part.number else part.title, part.pdf)
                 for part in parts if part.included]
    sections += [pack.Part("Matters arising", arising), pack.Part("Forward plan", plan)]
    lengths = [counted, *(part.pages for part in parts if part.included), pack.page_count(arising),
               pack.page_count(plan)]
    starts = [1 + sum(lengths[:index]) for index in range(len(lengths))]
    data = pack.pack(sections, title=f"Agenda pack: {meeting}", author=meeting.partnership.name)
    return Pack(pdf=data, outline=[(section.title, start) for section, start in zip(sections, starts, strict=True)],
                papers=parts, pages=sum(lengths))


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
    if kind == "docx":
        data, reason = _word_paper(data, paper, item)
        if data is None:
            part.reason = f"not included: {reason}"
            return part
    part.pdf, part.pages, reason = pack.checked(data)
    part.reason = f"not included: {reason}" if reason else ""
    return part


def _word_paper(data: bytes, paper, item) -> tuple[bytes | None, str]:
    max_bytes = getattr(settings, "PAPER_MAX_BYTES", paper_rules.MAX_BYTES)
    try:
        document = intake.read_document(data, paper.original_name or "paper.docx", accept=("docx",),
                                        max_bytes=max_bytes)
    except UnreadableDocument as exc:
        return None, str(exc)
    composition = word_paper_composition(paper.title, f"Item {item.number}: {item.title}", document)
    return render.pdf(composition, numbered=False), ""


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
