"""The plain document model every reader returns and the extractor reads.

Readers (docx, pdf, text/html) differ; everything after them sees only this: an ordered list
of blocks, each a paragraph or a table of plain-text cells. No Django, no parser objects.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    text: str
    style: str = ""          # e.g. "Heading 1", "List Paragraph" when the format says so
    page: int | None = None  # 1-based page it starts on, when known


@dataclass(frozen=True)
class Table:
    # Each row a list of cell texts; paragraphs inside a cell are joined with "\n".
    # Merged cells appear once (in their first grid position); nested tables are flattened
    # into their parent cell's text, one row a line, cells joined by " | ".
    rows: tuple[tuple[str, ...], ...]
    page: int | None = None

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


Block = Paragraph | Table


@dataclass
class Document:
    blocks: list[Block]
    source: str = ""                  # file name the document came from
    kind: str = ""                    # "docx", "pdf", "text" or "html"
    pages: int | None = None          # page count, when the format has pages
    furniture: list[str] = field(default_factory=list)  # header/footer text removed from the body

    def text(self) -> str:
        """All the text, blocks separated by blank lines, table cells by tabs (for display and search)."""
        parts = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            else:
                parts.append("\n".join("\t".join(cell.replace("\n", " ") for cell in row) for row in block.rows))
        return "\n\n".join(p for p in parts if p.strip())
