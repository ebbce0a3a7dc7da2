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
import posixpath
import zipfile

from docx.oxml.ns import qn
from lxml import etree

from ..checks import UnreadableDocument
from ..document import Document, Paragraph, Table
from .docx_styles import Numbering, int_val, parse_styles, scan_styles

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
W_R, W_SYM = qn("w:r"), qn("w:sym")
# Ticks and crosses in attendance grids are often Wingdings glyphs, either as text in a Wingdings
# run ("ü" shows as a tick) or as a w:sym code (F0FC). Read them as the marks they show.
SYMBOL_TEXT = {"ü": "✓", "û": "✗", "ý": "☒", "þ": "☑", "¨": "☐", "x": "☒", "o": "☐"}
SYMBOL_CODES = {"FC": "✓", "FB": "✗", "FD": "☒", "FE": "☑", "A8": "☐", "78": "☒", "6F": "☐", "B7": "•", "A7": "▪"}


def read_docx(data: bytes, name: str = "") -> Document:
    try:
        word = _Package(data)
    except UnreadableDocument:
        raise
    except MemoryError:
        raise  # the sandbox reports the memory limit
    except Exception as exc:  # zip damage, lxml syntax errors, odd package parts
        raise UnreadableDocument(f"The Word document is damaged and cannot be opened ({type(exc).__name__}).") from None
    style_names, style_numbering = word.style_tables()
    reader = _Reader(style_names, Numbering(word.numbering, style_numbering))
    blocks = reader.blocks(word.body)
    reader.numbering = Numbering(word.numbering, style_numbering)  # headers and footers count on their own
    furniture = _furniture(word.furniture, reader)
    return Document(blocks=blocks, source=name, kind="docx", pages=None, furniture=furniture)


# A plain lxml parser: no entity expansion, no network, no huge trees (python-docx's parser also
# builds a proxy class per element, which made the walk twice as slow).
XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_comments=True)
REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
OFFICE_DOCUMENT = "/officeDocument"


class _Package:
    """The parts of a .docx we read: main document, styles, numbering, headers and footers.

    Only those are decompressed and parsed (python-docx parses every XML part, including a
    styles-with-effects copy, before anything can be read). Sizes were checked by checks.check_zip.
    """

    def __init__(self, data: bytes):
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        main = self._target("", "_rels/.rels", OFFICE_DOCUMENT)
        if main is None:
            raise UnreadableDocument("The Word document is damaged: it has no main document part.")
        root = self._xml(main)
        self.body = root.find(qn("w:body"))
        if self.body is None:
            raise UnreadableDocument("The Word document is damaged: its main part has no body.")
        rels = self._rels(main)
        self.styles_path = rels.get("/styles", [None])[0]
        self.numbering = self._xml_or_none(rels.get("/numbering", [None])[0])
        self.furniture = [self._xml(path) for kind in ("/header", "/footer") for path in rels.get(kind, [])]

    def style_tables(self) -> tuple[dict[str, str], dict[str, tuple[str, int]]]:
        """Style names and list-numbering styles. Word writes the styles part in one regular form,
        and it is often the largest part (350 KB in python-docx's template), so we scan its bytes
        for the few things we need; anything unusual takes the full XML parse."""
        if self.styles_path is None:
            return {}, {}
        try:
            raw = self.zip.read(self.styles_path)
        except KeyError:
            return {}, {}
        scanned = scan_styles(raw)
        if scanned is not None:
            return scanned
        try:
            return parse_styles(etree.fromstring(raw, XML_PARSER))
        except etree.XMLSyntaxError:
            return {}, {}

    def _xml(self, path: str):
        return etree.fromstring(self.zip.read(path), XML_PARSER)

    def _xml_or_none(self, path: str | None):
        if path is None:
            return None
        try:
            return self._xml(path)
        except (KeyError, etree.XMLSyntaxError):
            return None  # a missing or broken styles/numbering part costs only names and numbers

    def _target(self, source: str, rels_path: str, suffix: str) -> str | None:
        return next(iter(self._rels_at(source, rels_path).get(suffix, [])), None)

    def _rels(self, part: str) -> dict[str, list[str]]:
        folder, _, file_name = part.rpartition("/")
        return self._rels_at(folder, f"{folder}/_rels/{file_name}.rels" if folder else f"_rels/{file_name}.rels")

    def _rels_at(self, folder: str, rels_path: str) -> dict[str, list[str]]:
        """Relationship type suffix ("/styles") -> internal part paths, in document order."""
        try:
            root = etree.fromstring(self.zip.read(rels_path), XML_PARSER)
        except KeyError:
            return {}
        found: dict[str, list[str]] = {}
        for rel in root.iter(REL_NS):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            kind = "/" + rel.get("Type", "").rsplit("/", 1)[-1]
            found.setdefault(kind, []).append(path)
        return found


class _Reader:
    def __init__(self, styles: dict[str, str], numbering: Numbering):
        self.styles = styles
        self.numbering = numbering

    def paragraph(self, p) -> str:
        text = paragraph_text(p)
        label = self.numbering.label(p)  # Word shows (and counts) the number even on an empty paragraph
        return f"{label} {text}".strip() if label else text

    def blocks(self, container, depth: int = 0) -> list[Paragraph | Table]:
        out: list[Paragraph | Table] = []
        for child in self._content(container):
            if child.tag == W_P:
                out.append(Paragraph(text=self.paragraph(child), style=self._style(child)))
            elif child.tag == W_TBL:
                out.append(Table(rows=self.table_rows(child, depth)))
        return out

    def table_rows(self, tbl, depth: int = 0) -> tuple[tuple[str, ...], ...]:
        rows: list[tuple[str, ...]] = []
        for tr in self._children(tbl, W_TR):
            if _is_deleted_row(tr):
                continue
            cells: list[str] = [""] * int_val(tr.find(f"{W_TRPR}/{W_GRID_BEFORE}"), 0)
            for tc in self._children(tr, W_TC):
                span = max(1, min(int_val(tc.find(f"{W_TCPR}/{W_GRID_SPAN}"), 1), 64))
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
                lines.append(self.paragraph(child))
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


def _collect(element, parts: list[str], symbol_font: bool = False) -> None:
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in SKIP:
            continue  # comments, processing instructions, deleted text
        if tag == W_T:
            text = child.text or ""
            parts.append("".join(SYMBOL_TEXT.get(c, c) for c in text) if symbol_font else text)
        elif tag == W_R:
            _collect(child, parts, _symbol_font(child))
        elif tag == W_SYM:
            code = child.get(qn("w:char"), "").upper()
            parts.append(SYMBOL_CODES.get(code[-2:], "") if code else "")
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


def _symbol_font(run) -> bool:
    fonts = run.find(f"{W_RPR}/{qn('w:rFonts')}")
    if fonts is None:
        return False
    return any("wingdings" in (fonts.get(qn(f"w:{attr}")) or "").lower() for attr in ("ascii", "hAnsi", "cs"))


def _is_deleted_row(tr) -> bool:
    props = tr.find(W_TRPR)
    return props is not None and props.find(W_DEL) is not None


def _furniture(parts, reader: _Reader) -> list[str]:
    """Header and footer text of every section, each distinct line once, in order."""
    lines: list[str] = []
    seen: set[str] = set()
    for element in parts:
        for block in reader.blocks(element):
            texts = [block.text] if isinstance(block, Paragraph) else ["\t".join(r) for r in block.rows]
            for text in texts:
                for line in text.splitlines():
                    line = line.strip()
                    if line and line not in seen:
                        seen.add(line)
                        lines.append(line)
    return lines
