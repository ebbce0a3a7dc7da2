"""A pack: several PDFs as one (ADR 0140), in the order given, with one bookmark per part, "Page N of M" stamped once
across all of it, and the same bytes for the same parts. The one place PDFs are merged, checked and stamped (pypdf);
callers (the meeting's agenda pack) choose the parts and draw their own with `render.pdf(composition, numbered=False)`.

- `checked(pdf)` -> (pdf or None, pages, reason): whether a PDF can go in (readable, not locked by a password, with
  pages, at most MAX_PAGES of them) and why not; `page_count(pdf)` for a PDF we drew. A caller that lists where each
  part starts (an agenda's "page 5") counts with these first, then packs.
- `pack([Part(title, pdf), ...], title=, author=)` -> bytes. A part that fails `checked` becomes a notice page giving
  the reason, never a failed pack. Each part keeps its page size; a rotated page is turned so the number sits in the
  bottom right corner as the reader sees it, clear of most documents' own numbers (in the middle).

The pack is not PDF/UA: the papers are other people's files."""
from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from .compose import Composition, Paragraph, Section
from .render import pdf as draw_pdf

# A longer PDF is left out (open it on its own): it would make the pack too slow to build and read.
MAX_PAGES = 500
# The stamp: the bottom right corner, on a white ground so it reads over a paper's own content.
_STAMP_CSS = """
@page { margin: 0; }
body { margin: 0; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; }
.sheet { position: relative; overflow: hidden; }
.sheet + .sheet { break-before: page; }
.number { position: absolute; right: 0.8cm; bottom: 0.45cm; font-size: 8pt; color: #0b0c0c;
          background: #ffffff; padding: 1pt 4pt; }
"""


@dataclass(frozen=True)
class Part:
    title: str  # its bookmark
    pdf: bytes
    keep_bookmarks: bool = False  # the part's own bookmarks (a composition's headings) beneath its one


def checked(data: bytes) -> tuple[bytes | None, int, str]:
    """(the PDF, its pages, "") if it can go in a pack, else (None, 0, why not: "it is protected by a password")."""
    reader, reason = _open(data)
    return (data, len(reader.pages), "") if reader is not None else (None, 0, reason)


def page_count(data: bytes) -> int:
    """The pages of a PDF that `checked` accepts (one we drew); ValueError with the reason otherwise."""
    _, pages, reason = checked(data)
    if reason:
        raise ValueError(f"The PDF cannot go in a pack: {reason}.")
    return pages


def pack(parts: Sequence[Part], *, title: str = "", author: str = "") -> bytes:
    """The parts as one PDF, in order: a bookmark each, "Page N of M" on every page."""
    from pypdf import PdfWriter

    if not parts:
        raise ValueError("A pack needs at least one part.")
    writer = PdfWriter()
    for part in parts:
        reader, reason = _open(part.pdf)
        keep = part.keep_bookmarks
        if reader is None:
            reader, keep = _open(_notice(part.title, reason))[0], False
        writer.append(reader, outline_item=part.title, import_outline=keep)
    _stamp_page_numbers(writer)
    writer.add_metadata({"/Title": title, "/Author": author})
    writer.page_mode = "/UseOutlines"
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _open(data: bytes):
    """(a reader ready to append, "") or (None, the reason it cannot go in)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):  # encrypted only against changes: it opens
            return None, "it is protected by a password"
        pages = len(reader.pages)
        for page in reader.pages:
            page.cropbox  # noqa: B018 - reads each page's object now, so damage shows here, not while merging
    except (DependencyError, FileNotDecryptedError, NotImplementedError):
        return None, "it is encrypted in a way that cannot be opened here"
    except Exception:  # noqa: BLE001 - any damage pypdf finds: the pack goes on without this PDF
        return None, "the PDF is damaged and cannot be read"
    if pages == 0:
        return None, "the PDF has no pages"
    if pages > MAX_PAGES:
        return None, f"it has {pages:,} pages (over {MAX_PAGES})"
    return reader, ""


def _notice(title: str, reason: str) -> bytes:
    return draw_pdf(Composition(title=title, sections=(Section("This part is not in the pack", (
        Paragraph(f"It could not be added because {reason}. Open it on its own."),)),)), numbered=False)


def _stamp_page_numbers(writer) -> None:
    """"Page n of N" in the bottom right corner of every page, drawn by WeasyPrint on a page of the same size."""
    from pypdf import PdfReader

    sizes = []
    for page in writer.pages:
        if page.rotation:
            page.transfer_rotation_to_content()  # so "bottom right" is where a reader sees it
        box = page.cropbox
        sizes.append((float(box.width), float(box.height)))
    overlay = PdfReader(io.BytesIO(_overlay(sizes)))
    for page, stamp in zip(writer.pages, overlay.pages, strict=True):
        box = page.cropbox
        page.merge_translated_page(stamp, float(box.left), float(box.bottom))


def _overlay(sizes: list[tuple[float, float]]) -> bytes:
    """One page per size given, blank but for "Page n of N" in the bottom right corner."""
    from django.utils.html import escape
    from weasyprint import HTML

    names = {size: f"s{index}" for index, size in enumerate(dict.fromkeys(sizes))}
    rules = "".join(f"@page {name} {{ size: {w:.2f}pt {h:.2f}pt; margin: 0; }}\n.{name} {{ page: {name}; "
                    f"width: {w:.2f}pt; height: {h - 1:.2f}pt; }}\n" for (w, h), name in names.items())
    total = len(sizes)
    sheets = "".join(f'<div class="sheet {names[size]}"><span class="number">{escape(f"Page {n} of {total}")}'
                     f"</span></div>" for n, size in enumerate(sizes, start=1))
    document = HTML(string=f"<!DOCTYPE html><html lang='en-GB'><head><style>{_STAMP_CSS}{rules}</style></head>"
                           f"<body>{sheets}</body></html>").render()
    if len(document.pages) != total:  # pragma: no cover - the sheets are sized to fit their pages
        raise RuntimeError(f"page number overlay has {len(document.pages)} pages for {total}")
    return document.write_pdf()
