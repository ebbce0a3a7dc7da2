"""Word styles and automatic list numbering: style names for Paragraph.style, and the numbers
("2.1", "(a)", bullets) Word draws but does not store in the text. Used by docx.py.
"""
from __future__ import annotations

import html
import re

from docx.oxml.ns import qn
from docx.styles import BabelFish

W_VAL, W_PPR, W_PSTYLE = qn("w:val"), qn("w:pPr"), qn("w:pStyle")

W_NAMESPACE_DECLARATION = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STYLE_ID = re.compile(rb'\bw:styleId="([^"]*)"')
STYLE_NAME = re.compile(rb'<w:name w:val="([^"]*)"')
STYLE_BASED_ON = re.compile(rb'<w:basedOn w:val="([^"]*)"')
STYLE_NUM_ID = re.compile(rb'<w:numId w:val="([^"]*)"')
STYLE_ILVL = re.compile(rb'<w:ilvl w:val="([^"]*)"')


class Numbering:
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
                levels[int_attr(lvl, "w:ilvl", 0)] = {
                    "start": int_val(lvl.find(qn("w:start")), 1),
                    "format": str_val(lvl.find(qn("w:numFmt")), "decimal"),
                    "text": str_val(lvl.find(qn("w:lvlText")), ""),
                    "legal": lvl.find(qn("w:isLgl")) is not None,
                }
            self.levels[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in element.findall(qn("w:num")):
            overrides = {}
            for override in num.findall(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    overrides[int_attr(override, "w:ilvl", 0)] = int_val(start, 1)
            self.nums[num.get(qn("w:numId"), "")] = (str_val(num.find(qn("w:abstractNumId")), ""), overrides)

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
            return str_val(num_pr.find(qn("w:numId")), ""), int_val(num_pr.find(qn("w:ilvl")), 0)
        style = p.find(f"{W_PPR}/{W_PSTYLE}")
        if style is not None:
            return self.style_numbering.get(style.get(W_VAL, ""), ("", 0))
        return "", 0


def scan_styles(raw: bytes) -> tuple[dict[str, str], dict[str, tuple[str, int]]] | None:
    """parse_styles() from the bytes of a styles part written with the usual w: prefix, else None."""
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


def parse_styles(root) -> tuple[dict[str, str], dict[str, tuple[str, int]]]:
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
            own[style_id] = (str_val(num_pr.find(qn("w:numId")), ""), int_val(num_pr.find(qn("w:ilvl")), 0))
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


def str_val(element, default: str) -> str:
    return default if element is None else element.get(W_VAL, default)


def int_attr(element, name: str, default: int) -> int:
    try:
        return int(element.get(qn(name), default))
    except (TypeError, ValueError):
        return default


def int_val(element, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(W_VAL, default))
    except (TypeError, ValueError):
        return default
