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

import html
import io
import posixpath
import re
import zipfile

from docx.oxml.ns import qn
from docx.styles import BabelFish
from lxml import etree

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
W_R, W_SYM = qn("w:r"), qn("w:sym")
# Ticks and crosses in attendance grids are often Wingdings glyphs, either as text in a Wingdings
# run ("ü" shows as a tick) or as a w:sym code (F0FC). Read them as the marks they show.
SYMBOL_TEXT = {"ü": "✓", "û": "✗", "ý": "☒", "þ": "☑", "¨": "☐", "x": "☒", "o": "☐"}
SYMBOL_CODES = {"FC": "✓", "FB": "✗", "FD": "☒", "FE": "☑", "A8": "☐", "78": "☒", "6F": "☐"}


def read_docx(data: bytes, name: str = "") -> Document:
    try:
        word = _Package(data)
    except UnreadableDocument:
        raise
    except Exception as exc:  # zip damage, lxml syntax errors, odd package parts
        raise UnreadableDocument(f"The Word document is damaged and cannot be opened ({type(exc).__name__}).") from None
    style_names, style_numbering = word.style_tables()
    reader = _Reader(style_names, _Numbering(word.numbering, style_numbering))
    blocks = reader.blocks(word.body)
    reader.numbering = _Numbering(word.numbering, style_numbering)  # headers and footers count on their own
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
    styles-with-effects copy, before anything can be read). Sizes were checked by safety.py.
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
        scanned = _scan_styles(raw)
        if scanned is not None:
            return scanned
        try:
            return _styles(etree.fromstring(raw, XML_PARSER))
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
    def __init__(self, styles: dict[str, str], numbering: "_Numbering"):
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


class _Numbering:
    """Word's automatic list numbers ("2.1", "b)", bullets), which are not in the text itself.

    Minutes number their items with Word lists, often in a table's first column; without this the
    item numbers would be lost. Counters follow the abstract list, as Word does, in reading order.
    """

    def __init__(self, numbering_element=None, style_numbering: dict[str, tuple[str, int]] | None = None):
        self.levels: dict[str, dict[int, dict]] = {}     # abstractNumId -> ilvl -> level definition
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractNumId, start overrides)
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        self.style_numbering = style_numbering or {}
        if numbering_element is not None:
            self._load(numbering_element)

    def _load(self, element) -> None:
        for abstract in element.findall(qn("w:abstractNum")):
            levels = {}
            for lvl in abstract.findall(qn("w:lvl")):
                levels[_int_attr(lvl, "w:ilvl", 0)] = {
                    "start": _int_val(lvl.find(qn("w:start")), 1),
                    "format": _str_val(lvl.find(qn("w:numFmt")), "decimal"),
                    "text": _str_val(lvl.find(qn("w:lvlText")), ""),
                    "legal": lvl.find(qn("w:isLgl")) is not None,
                }
            self.levels[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in element.findall(qn("w:num")):
            overrides = {}
            for override in num.findall(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    overrides[_int_attr(override, "w:ilvl", 0)] = _int_val(start, 1)
            self.nums[num.get(qn("w:numId"), "")] = (_str_val(num.find(qn("w:abstractNumId")), ""), overrides)

    def label(self, p) -> str:
        num_id, ilvl = self._num_pr(p)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return ""
        abstract_id, overrides = self.nums[num_id]
        levels = self.levels.get(abstract_id, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for level, start in overrides.items():
                counters[level] = start - 1
        counters[ilvl] = counters.get(ilvl, levels[ilvl]["start"] - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        definition = levels[ilvl]
        if definition["format"] == "bullet":
            return "•"
        if definition["format"] == "none":
            return definition["text"] if "%" not in definition["text"] else ""

        def number(match) -> str:
            level = int(match.group(1)) - 1
            value = counters.get(level, levels.get(level, {}).get("start", 1))
            fmt = "decimal" if definition["legal"] else levels.get(level, {}).get("format", "decimal")
            return _format_number(value, fmt)

        return re.sub(r"%([1-9])", number, definition["text"]).strip()

    def _num_pr(self, p) -> tuple[str, int]:
        num_pr = p.find(f"{W_PPR}/{qn('w:numPr')}")
        if num_pr is not None:
            return _str_val(num_pr.find(qn("w:numId")), ""), _int_val(num_pr.find(qn("w:ilvl")), 0)
        style = p.find(f"{W_PPR}/{W_PSTYLE}")
        if style is not None:
            return self.style_numbering.get(style.get(W_VAL, ""), ("", 0))
        return "", 0


W_NAMESPACE_DECLARATION = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STYLE_ID = re.compile(rb'\bw:styleId="([^"]*)"')
STYLE_NAME = re.compile(rb'<w:name w:val="([^"]*)"')
STYLE_BASED_ON = re.compile(rb'<w:basedOn w:val="([^"]*)"')
STYLE_NUM_ID = re.compile(rb'<w:numId w:val="([^"]*)"')
STYLE_ILVL = re.compile(rb'<w:ilvl w:val="([^"]*)"')


def _scan_styles(raw: bytes) -> tuple[dict[str, str], dict[str, tuple[str, int]]] | None:
    """_styles() from the bytes of a styles part written with the usual w: prefix, else None."""
    if W_NAMESPACE_DECLARATION not in raw[:4096] or b"<!ENTITY" in raw or b"<![CDATA[" in raw:
        return None
    names: dict[str, str] = {}
    own: dict[str, tuple[str, int] | None] = {}
    based_on: dict[str, str] = {}
    for chunk in raw.split(b"<w:style ")[1:]:
        opening_end = chunk.find(b">")
        if opening_end < 0:
            return None
        if chunk[opening_end - 1:opening_end] == b"/":
            body = b""  # an empty <w:style .../>
        else:
            end = chunk.find(b"</w:style>")
            if end < 0:
                return None
            body = chunk[:end]
        style_id = STYLE_ID.search(chunk, 0, opening_end + 1)
        if not style_id:
            continue
        sid = html.unescape(style_id.group(1).decode("utf-8", "replace"))
        name = STYLE_NAME.search(body)
        names[sid] = BabelFish.internal2ui(html.unescape(name.group(1).decode("utf-8", "replace"))) if name else sid
        num_id = STYLE_NUM_ID.search(body)
        own[sid] = None
        if num_id:
            ilvl = STYLE_ILVL.search(body)
            try:
                level = int(ilvl.group(1)) if ilvl else 0
            except ValueError:
                level = 0
            own[sid] = (num_id.group(1).decode("ascii", "replace"), level)
        parent = STYLE_BASED_ON.search(body)
        if parent:
            based_on[sid] = html.unescape(parent.group(1).decode("utf-8", "replace"))
    return names, _numbering_through_based_on(own, based_on)


def _numbering_through_based_on(own, based_on) -> dict[str, tuple[str, int]]:
    numbering: dict[str, tuple[str, int]] = {}
    for style_id in own:
        current, hops = style_id, 0
        while current in own and hops < 10:
            if own[current] is not None:
                numbering[style_id] = own[current]
                break
            current, hops = based_on.get(current, ""), hops + 1
    return numbering


def _styles(root) -> tuple[dict[str, str], dict[str, tuple[str, int]]]:
    """One pass over the styles part: styleId -> UI name, and styleId -> (numId, ilvl) for styles
    that number their paragraphs (e.g. "List Number"), following basedOn."""
    if root is None:
        return {}, {}
    elements = list(root.iterchildren(qn("w:style")))
    names: dict[str, str] = {}
    own: dict[str, tuple[str, int] | None] = {}
    based_on: dict[str, str] = {}
    for style in elements:
        style_id = style.get(qn("w:styleId"))
        if not style_id:
            continue
        name = style.find(qn("w:name"))
        names[style_id] = BabelFish.internal2ui(name.get(W_VAL, style_id)) if name is not None else style_id
        num_pr = style.find(f"{W_PPR}/{qn('w:numPr')}")
        own[style_id] = None
        if num_pr is not None and num_pr.find(qn("w:numId")) is not None:
            own[style_id] = (_str_val(num_pr.find(qn("w:numId")), ""), _int_val(num_pr.find(qn("w:ilvl")), 0))
        parent = style.find(qn("w:basedOn"))
        if parent is not None:
            based_on[style_id] = parent.get(W_VAL, "")
    return names, _numbering_through_based_on(own, based_on)


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = max(value, 1)
        while n:
            n, rem = divmod(n - 1, 26)
            letters = chr(ord("a") + rem) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(max(min(value, 3999), 1))
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out


def _str_val(element, default: str) -> str:
    return default if element is None else element.get(W_VAL, default)


def _int_attr(element, name: str, default: int) -> int:
    try:
        return int(element.get(qn(name), default))
    except (TypeError, ValueError):
        return default


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


def _int_val(element, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(W_VAL, default))
    except (TypeError, ValueError):
        return default


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
