"""Word (.docx) -> Document.

We walk the WordprocessingML ourselves (through python-docx's parsed parts) rather than use
`paragraph.text` and `table.cell()`, because those drop tracked insertions, skip content controls,
and repeat merged cells once per grid position. Decisions (see ADR 0045):
- body order is kept: paragraphs and tables as they come, also inside content controls (w:sdt);
- tracked changes are read as if accepted: insertions in, deletions (and moved-from text) out;
- a merged cell appears once, in its first grid position; the positions it spans are "" so
  columns stay aligned (horizontal gridSpan and vertical vMerge alike);
- nested tables are flattened into their parent cell, one row a line, cells joined by " | ";
- headers and footers go to Document.furniture, never into the body.
"""
from __future__ import annotations

import io
import zipfile

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.styles import BabelFish

from ..document import Document, Paragraph, Table
from ..safety import UnreadableDocument

W_P, W_TBL, W_TR, W_TC, W_SDT, W_SDT_CONTENT = (qn(t) for t in ("w:p", "w:tbl", "w:tr", "w:tc", "w:sdt", "w:sdtContent"))
W_CUSTOM_XML = qn("w:customXml")
W_T, W_TAB, W_BR, W_CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
W_NO_BREAK_HYPHEN, W_PTAB = qn("w:noBreakHyphen"), qn("w:ptab")
W_PPR, W_RPR, W_TRPR, W_TCPR = qn("w:pPr"), qn("w:rPr"), qn("w:trPr"), qn("w:tcPr")
W_PSTYLE, W_VAL = qn("w:pStyle"), qn("w:val")
W_GRID_SPAN, W_VMERGE, W_GRID_BEFORE = qn("w:gridSpan"), qn("w:vMerge"), qn("w:gridBefore")
W_DEL, W_MOVE_FROM = qn("w:del"), qn("w:moveFrom")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# Subtrees whose text is not part of the accepted document: deleted or moved-away text, the
# fallback copy of a text box (its mc:Choice twin is read), and property blocks.
SKIP = {W_DEL, W_MOVE_FROM, MC_FALLBACK, W_PPR, W_RPR, W_TRPR, W_TCPR}
MAX_NESTING = 8


def read_docx(data: bytes, name: str = "") -> Document:
    import docx  # imported here so the safety checks never load it

    try:
        word = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError, OSError, EOFError) as exc:
        raise UnreadableDocument(f"The Word document is damaged and cannot be opened ({type(exc).__name__}).") from None
    except Exception as exc:  # lxml syntax errors, odd package parts
        raise UnreadableDocument(f"The Word document is damaged and cannot be opened ({type(exc).__name__}).") from None
    styles = _style_names(word)
    reader = _Reader(styles)
    blocks = reader.blocks(word.element.body)
    furniture = _furniture(word, reader)
    return Document(blocks=blocks, source=name, kind="docx", pages=None, furniture=furniture)


class _Reader:
    def __init__(self, styles: dict[str, str]):
        self.styles = styles

    def blocks(self, container, depth: int = 0) -> list[Paragraph | Table]:
        out: list[Paragraph | Table] = []
        for child in self._content(container):
            if child.tag == W_P:
                out.append(Paragraph(text=paragraph_text(child), style=self._style(child)))
            elif child.tag == W_TBL:
                out.append(Table(rows=self.table_rows(child, depth)))
        return out

    def table_rows(self, tbl, depth: int = 0) -> tuple[tuple[str, ...], ...]:
        rows: list[tuple[str, ...]] = []
        for tr in self._children(tbl, W_TR):
            if _is_deleted_row(tr):
                continue
            cells: list[str] = [""] * _int_val(tr.find(f"{W_TRPR}/{W_GRID_BEFORE}"), 0)
            for tc in self._children(tr, W_TC):
                span = max(1, min(_int_val(tc.find(f"{W_TCPR}/{W_GRID_SPAN}"), 1), 64))
                vmerge = tc.find(f"{W_TCPR}/{W_VMERGE}")
                continues = vmerge is not None and vmerge.get(W_VAL, "continue") == "continue"
                text = "" if continues else self.cell_text(tc, depth)
                cells.append(text)
                cells.extend([""] * (span - 1))
            rows.append(tuple(cells))
        return tuple(rows)

    def cell_text(self, tc, depth: int) -> str:
        lines: list[str] = []
        for child in self._content(tc):
            if child.tag == W_P:
                lines.append(paragraph_text(child))
            elif child.tag == W_TBL and depth < MAX_NESTING:
                for row in self.table_rows(child, depth + 1):
                    line = " | ".join(cell.replace("\n", " ").strip() for cell in row if cell.strip())
                    if line:
                        lines.append(line)
        # Word cells end with an empty paragraph often; keep inner blank lines, trim the ends.
        return "\n".join(lines).strip()

    def _content(self, container):
        """Block-level children, looking through content controls and custom XML wrappers."""
        for child in container:
            if child.tag in (W_SDT, W_CUSTOM_XML):
                inner = child.find(W_SDT_CONTENT) if child.tag == W_SDT else child
                if inner is not None:
                    yield from self._content(inner)
            else:
                yield child

    def _children(self, parent, tag):
        for child in self._content(parent):
            if child.tag == tag:
                yield child

    def _style(self, p) -> str:
        style = p.find(f"{W_PPR}/{W_PSTYLE}")
        if style is None:
            return ""
        style_id = style.get(W_VAL, "")
        return self.styles.get(style_id, style_id)


def paragraph_text(p) -> str:
    """The paragraph's text with tracked changes accepted."""
    parts: list[str] = []
    _collect(p, parts)
    return "".join(parts).strip()


def _collect(element, parts: list[str]) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in SKIP:
            continue  # comments, processing instructions, deleted text
        if tag == W_T:
            parts.append(child.text or "")
        elif tag in (W_TAB, W_PTAB):
            parts.append("\t")
        elif tag in (W_BR, W_CR):
            parts.append("\n")
        elif tag == W_NO_BREAK_HYPHEN:
            parts.append("-")
        elif tag == W_P:
            # A paragraph inside a text box: keep it apart from its anchor's text.
            parts.append("\n")
            _collect(child, parts)
        else:
            _collect(child, parts)


def _is_deleted_row(tr) -> bool:
    props = tr.find(W_TRPR)
    return props is not None and props.find(W_DEL) is not None


def _int_val(element, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(W_VAL, default))
    except (TypeError, ValueError):
        return default


def _style_names(word) -> dict[str, str]:
    names = {}
    try:
        for style in word.styles.element.findall(qn("w:style")):
            style_id = style.get(qn("w:styleId"))
            name = style.find(qn("w:name"))
            if style_id and name is not None:
                names[style_id] = BabelFish.internal2ui(name.get(W_VAL, style_id))
    except Exception:  # noqa: BLE001 - a broken styles part only costs us style names
        return {}
    return names


def _furniture(word, reader: _Reader) -> list[str]:
    """Header and footer text of every section, each distinct line once, in order."""
    lines: list[str] = []
    seen: set[str] = set()
    for rel in word.part.rels.values():
        if rel.is_external or rel.reltype not in (RT.HEADER, RT.FOOTER):
            continue
        try:
            element = rel.target_part.element
        except AttributeError:
            continue  # a part python-docx did not parse as XML: nothing readable
        for block in reader.blocks(element):
            texts = [block.text] if isinstance(block, Paragraph) else ["\t".join(r) for r in block.rows]
            for text in texts:
                for line in text.splitlines():
                    line = line.strip()
                    if line and line not in seen:
                        seen.add(line)
                        lines.append(line)
    return lines
