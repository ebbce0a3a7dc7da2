"""An agenda pack (issue 12, point 6): the agenda, a `Composition` drawn by `render.pdf`, then each paper's PDF in
order, as one PDF numbered "Page N of M" across all of it, with a bookmark for the agenda (its headings beneath) and
one for each paper. A paper that cannot be read as a PDF (damaged, password-protected, not a PDF) is a page saying so,
never a failed pack. Same input, same bytes. The pack is not PDF/UA: the papers are other people's files."""
import io
from collections.abc import Sequence
from dataclasses import dataclass

from .compose import Composition, Paragraph, Section
from .render import pdf


@dataclass(frozen=True)
class Paper:
    title: str
    data: bytes  # the paper as a PDF (a Word paper is converted or left out by the caller)


def pack(agenda: Composition, papers: Sequence[Paper]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf(agenda, numbered=False))), outline_item="Agenda")
    for number, paper in enumerate(papers, start=1):
        title = f"{number}. {paper.title}"
        writer.append(_readable(paper, title), outline_item=title, import_outline=False)
    _number_pages(writer)
    writer.add_metadata({"/Title": agenda.title, "/Author": agenda.author})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _readable(paper: Paper, title: str):
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(paper.data))
        if reader.is_encrypted:
            raise ValueError("it is protected by a password")
        if not reader.pages:
            raise ValueError("it has no pages")
        return reader
    except Exception as problem:  # any damaged file: the pack is still made, and says which paper is missing
        reason = str(problem) if isinstance(problem, ValueError) and str(problem).startswith("it ") else (
            "it is not a PDF that can be read")
        note = Composition(title=title, sections=(Section("This paper is not in the pack", (
            Paragraph(f"The paper could not be added because {reason}. Open it from the meeting's page."),)),))
        return PdfReader(io.BytesIO(pdf(note, numbered=False)))


def _number_pages(writer) -> None:
    """"Page N of M" at the foot of every page, drawn by WeasyPrint on a page of the same size and laid over it."""
    from pypdf import PdfReader
    from weasyprint import HTML

    sizes = []
    for page in writer.pages:
        page.transfer_rotation_to_content()
        sizes.append((float(page.mediabox.width), float(page.mediabox.height)))
    # One named page per page of the pack, of its size, numbered in its bottom right corner (a paper's own number,
    # if it has one, is usually in the middle).
    box = ("@bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); vertical-align: bottom;"
           " padding-bottom: 0.5cm; font: 9pt Arial, 'Liberation Sans', sans-serif; color: #505a5f; }")
    rules = "".join(f"@page p{index} {{ size: {width:.2f}pt {height:.2f}pt; margin: 0 1cm 1.2cm 0; {box} }}"
                    f" .p{index} {{ page: p{index}; }}" for index, (width, height) in enumerate(sizes))
    pages = "".join(f'<div class="p{index}"></div>' for index in range(len(sizes)))
    overlay = HTML(string=(f"<html lang='en-GB'><head><style>{rules} div {{ height: 1px; }}</style></head>"
                           f"<body>{pages}</body></html>")).write_pdf()
    for page, stamp in zip(writer.pages, PdfReader(io.BytesIO(overlay)).pages):
        x, y = float(page.mediabox.left), float(page.mediabox.bottom)
        if x or y:
            from pypdf import Transformation

            page.merge_transformed_page(stamp, Transformation().translate(x, y))
        else:
            page.merge_page(stamp)
