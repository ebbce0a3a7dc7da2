"""The source document as the check page shows it: its blocks kept as read, and where a field's text came from.

Pure functions, no database. `layout_of(document)` turns the reader's Document into plain JSON kept on the
draft (`ImportedDocument.source_layout`); `locate(text, layout)` says which block (or table row) a field's text
was read from, so each row of the check page links to its place in the source pane (anchors `src-3`, `src-3-2`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from assure.documents.document import Table

HEADING_STYLES = re.compile(r"^(heading|title|subtitle)", re.I)
HEADER_WORDS = {"item", "items", "no", "ref", "action", "actions", "agreed", "owner", "owners", "lead", "by", "who", "what",
                "when", "due", "date", "deadline", "timescale", "discussion", "minutes", "notes", "decision",
                "decisions", "status", "update", "progress", "comments", "name", "role", "title", "organisation",
                "agency", "attendance", "present", "apologies", "responsible", "rag", "subject", "agenda"}
FOUND = 85          # partial ratio at or above which a field's text is taken to come from a block
NEEDLE_CHARS = 80   # the start of a long text is enough to find it, and keeps the search cheap


def layout_of(document) -> list[dict]:
    """The document's blocks as JSON: {"kind": "heading"|"paragraph", "text"} or {"kind": "table", "rows"}."""

    layout = []
    for block in document.blocks:
        if isinstance(block, Table):
            rows = [[cell for cell in row] for row in block.rows if any((cell or "").strip() for cell in row)]
            if rows:
                layout.append({"kind": "table", "rows": rows, "header": has_header_row(rows)})
        elif (block.text or "").strip():
            kind = "heading" if HEADING_STYLES.match(block.style or "") else "paragraph"
            layout.append({"kind": kind, "text": block.text})
    return layout


def has_header_row(rows: list[list[str]]) -> bool:
    """Whether a table's first row names its columns ("Item | Action | Owner | Due"), not a first line of data."""
    if len(rows) < 2:
        return False
    cells = [" ".join((cell or "").lower().replace("/", " ").split()) for cell in rows[0]]
    named = [cell for cell in cells if cell and len(cell.split()) <= 4
             and any(word.strip(".:#()") in HEADER_WORDS for word in cell.split())]
    return len(named) * 2 >= len([cell for cell in cells if cell]) > 0


def layout_from_text(text: str) -> list[dict]:
    """For drafts kept before layouts were: the plain text's paragraphs (blank-line separated)."""
    return [{"kind": "paragraph", "text": part.strip()} for part in re.split(r"\n\s*\n", text or "") if part.strip()]


@dataclass(frozen=True)
class Place:
    anchor: str     # the element id in the source pane
    label: str      # where it is, in words: "paragraph 4", "table 2, row 3"


def _normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w/.%-]+", " ", (text or "").lower()).split())


def _pieces(layout: list[dict]):
    """(anchor, label, normalised text) for every paragraph and every table row, in document order."""
    tables = paragraphs = 0
    for index, block in enumerate(layout):
        if block.get("kind") == "table":
            tables += 1
            for row_index, row in enumerate(block.get("rows") or []):
                yield (f"src-{index}-{row_index}", f"table {tables}, row {row_index + 1}",
                       _normalise(" ".join(str(cell or "") for cell in row)))
        else:
            paragraphs += 1
            yield f"src-{index}", f"paragraph {paragraphs}", _normalise(block.get("text") or "")


class Locator:
    """Finds fields in one layout; the pieces are normalised once for all the fields of a page."""

    def __init__(self, layout: list[dict]):
        self.pieces = [piece for piece in _pieces(layout or []) if piece[2]]

    def locate(self, text: str) -> Place | None:
        """The first block (or table row) that holds the text, allowing for small differences; None if none does."""
        needle = _normalise(text)[:NEEDLE_CHARS]
        if len(needle) < 3:
            return None
        best, best_score = None, 0.0
        for anchor, label, haystack in self.pieces:
            if needle in haystack:
                return Place(anchor, label)
            score = fuzz.partial_ratio(needle, haystack, score_cutoff=max(FOUND, best_score + 0.01))
            if score > best_score:
                best, best_score = Place(anchor, label), score
        return best


def locate(text: str, layout: list[dict]) -> Place | None:
    return Locator(layout).locate(text)
