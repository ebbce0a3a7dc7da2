"""Text PDF -> Document, with pdfplumber (on pdfminer.six >= 20260107, which no longer unpickles CMaps).

Per page: ruled tables with pdfplumber's table finder, the rest as text lines (pdf_layout.py
groups characters into lines and finds borderless tables), grouped into paragraphs, all in
reading order by their position; a stretch of a page set in two columns is read left column, then
right (pdf_layout.column_regions, ADR 0117). Then, across pages (see ADR 0046):
- page furniture is removed into Document.furniture: lines in the top/bottom band repeated on
  most pages (digits ignored, so "Page 3 of 9" matches "Page 4 of 9"), "Page N of M" lines, bare
  page numbers in the band, protective markings such as OFFICIAL-SENSITIVE;
- a table that ends a page and one that starts the next with the same columns are one table;
  a repeated header row is dropped;
- a word hyphenated at a line end is rejoined ("Ear-" + "ly" -> "Early");
- a PDF with no text at all is refused (a scan), and so is one where some page has content but
  no text: a half-read is worse than a refusal.
"""
from __future__ import annotations

import io
import math
import re
import types
from dataclasses import dataclass, field, replace
from unicodedata import normalize as normalize_unicode

import pdfplumber
from pdfminer.layout import LTChar
from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from ..checks import PASSWORD_PROTECTED_PDF, EncryptedDocument, UnreadableDocument, pdf_is_encrypted
from ..document import Document, Paragraph, Table
from .pdf_layout import (
    HYPHENATED_END,
    Columns,
    Line,
    RawTable,
    borderless_tables,
    cell_texts,
    column_lines,
    column_map,
    column_regions,
    flow_key,
    realign,
    text_lines,
)

DEFAULT_MAX_PAGES = 200
BAND = 0.09                # top and bottom share of the page height where headers and footers live
NO_TEXT_LAYER = "This PDF has no text layer (it may be a scan)."

PAGE_NUMBER = re.compile(r"\bpage\s*\d+\s*(of\s*\d+)?\b", re.I)
BARE_NUMBER = re.compile(r"^[-–\s]*\d{1,4}[-–\s]*$")
MARKING = re.compile(r"^(official|official[-\s–]+sensitive|restricted|not protectively marked)(\s*[-–:]\s*\w+)?$", re.I)
BULLET_START = re.compile(r"^([•\-–▪●◦*]|\d+(\.\d+)*[.)]?\s|\(?[a-z]\)\s|action\b)", re.I)
# "Present:", "In attendance:", "Apologies:": a label that opens a paragraph of its own.
LABEL_START = re.compile(r"^[A-Z][A-Za-z()/&'’ -]{1,40}:(\s|$)")


@dataclass
class _Page:
    number: int
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[RawTable] = field(default_factory=list)
    columns: list[Columns] = field(default_factory=list)  # stretches set in two columns (read left, then right)
    chars: int = 0
    undecodable: int = 0
    has_graphics: bool = False


def read_pdf(data: bytes, name: str = "", *, max_pages: int = DEFAULT_MAX_PAGES) -> Document:
    pages = _parse(data, max_pages)
    _check_text_layer(pages)
    furniture = _remove_furniture(pages)
    blocks = _blocks(pages)
    return Document(blocks=blocks, source=name, kind="pdf", pages=len(pages), furniture=furniture)


def _parse(data: bytes, max_pages: int) -> list[_Page]:
    check_declared_pages(data, max_pages)
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except MemoryError:
        raise  # the sandbox reports the memory limit
    except Exception as exc:  # pdfplumber wraps every pdfminer error in PdfminerException
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect) or isinstance(exc, PDFPasswordIncorrect):
            raise EncryptedDocument(PASSWORD_PROTECTED_PDF) from None
        if pdf_is_encrypted(data):  # e.g. an encryption scheme pdfminer cannot undo
            raise EncryptedDocument(f"This PDF is encrypted and cannot be opened ({type(cause).__name__}).") from None
        raise UnreadableDocument(f"The PDF is damaged and cannot be opened ({type(cause).__name__}).") from None
    with pdf:
        check_page_count(pdf, max_pages)
        pages: list[_Page] = []
        for number, page in enumerate(pdf.pages, start=1):
            try:
                page.process_object = types.MethodType(_process_object, page)
                page._layout = _layout(page)
                gutters = tuple(region.gutter for before in pages[-2:] for region in before.columns)
                pages.append(_read_page(page, number, gutters))
            except UnreadableDocument:
                raise
            except MemoryError:
                raise  # the sandbox reports the memory limit
            except Exception as exc:
                if isinstance(exc.args[0] if exc.args else None, MemoryError):  # wrapped by pdfplumber
                    raise MemoryError from None
                raise UnreadableDocument(f"Page {number} of the PDF is damaged and cannot be read ({type(exc).__name__}).") from None
            finally:
                page.close()  # frees the page's parsed objects: a long PDF stays small in memory
        return pages


# Word draws ticks, crosses and bullets with Symbol/Wingdings glyphs. With a ToUnicode map they
# come out in the private use area (U+F0FC); without one, as the Latin letter of the code ("ü").
PRIVATE_USE_SYMBOLS = {"\uf0fc": "✓", "\uf0fb": "✗", "\uf0fe": "☑", "\uf0fd": "☒", "\uf0a8": "☐",
                       "\uf0b7": "•", "\uf0a7": "▪", "\uf06c": "●", "\uf06e": "■", "\uf0d8": "➢"}
WINGDINGS_LETTERS = {"ü": "✓", "û": "✗", "þ": "☑", "ý": "☒", "¨": "☐", "§": "▪", "l": "●", "n": "■", "Ø": "➢"}


def symbol_text(text: str, fontname: str) -> str:
    """A character as the mark it shows, for tick boxes in attendance grids and list bullets."""
    if text in PRIVATE_USE_SYMBOLS:
        return PRIVATE_USE_SYMBOLS[text]
    if text in WINGDINGS_LETTERS and "wingdings" in fontname.lower():
        return WINGDINGS_LETTERS[text]
    return text


def check_declared_pages(data: bytes, max_pages: int) -> None:
    """Refuse on the page count the file declares, before pdfplumber opens it: closing a pdfplumber PDF
    builds every page object (5,000 pages: 11 s), even when nothing was read."""
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        declared = resolve1(resolve1(document.catalog["Pages"])["Count"])
    except Exception:  # noqa: BLE001 - no usable count (or a password): pdfplumber's open decides
        return
    if isinstance(declared, int) and declared > max_pages:
        raise UnreadableDocument(too_many_pages(declared, max_pages))


def check_page_count(pdf, max_pages: int) -> int:
    """The page count, or UnreadableDocument when there are none or more than max_pages."""
    declared = _declared_page_count(pdf)
    if declared > max_pages:  # refuse before building a page object for each page
        raise UnreadableDocument(too_many_pages(declared, max_pages))
    try:
        count = len(pdf.pages)
    except MemoryError:
        raise  # the sandbox reports the memory limit
    except Exception as exc:
        raise UnreadableDocument(f"The PDF is damaged: its pages cannot be found ({type(exc).__name__}).") from None
    if count == 0:
        raise UnreadableDocument("The PDF has no pages.")
    if count > max_pages:
        raise UnreadableDocument(too_many_pages(count, max_pages))
    return count


def too_many_pages(count: int, max_pages: int) -> str:
    return f"This PDF has {count:,} pages; the most Assure reads is {max_pages:,}. Split it or upload the part you need."


def _declared_page_count(pdf) -> int:
    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
    except Exception:  # noqa: BLE001 - no usable count: the real page list decides
        return 0
    return count if isinstance(count, int) else 0


def _read_page(page, number: int, gutters: tuple[float, ...] = ()) -> _Page:
    """One page's text lines and ruled tables; `gutters`: where the pages before were split in two columns."""
    height = float(page.height) or 1.0
    result = _Page(number=number, height=height)
    chars = page.chars
    result.chars = sum(1 for c in chars if c.get("text", "").strip())
    result.undecodable = sum(1 for c in chars if c.get("text", "").startswith("(cid:"))
    result.has_graphics = bool(page.images or page.curves or page.rects or page.lines)
    if not result.chars:
        return result
    boxes = []
    if page.rects or page.lines:  # ruled tables; borderless ones come from the lines (pdf_layout)
        for found in page.find_tables():
            x0, top, x1, bottom = found.bbox
            inside = [c for c in chars if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom]
            rows = [[_cell_text(cell) for cell in row] for row in cell_texts(found.rows, inside)]
            rows = [row for row in rows if any(row)]
            if not rows:
                continue
            result.tables.append(RawTable(rows=rows, top=top, bottom=bottom, columns=_column_edges(found), left=x0, right=x1))
            boxes.append(found.bbox)
    lines = text_lines(chars, boxes)
    result.columns = column_regions(lines, boxes, band=(height * BAND * 1.4, height * (1 - BAND)), known=gutters)
    if result.columns:
        lines = column_lines(chars, boxes, result.columns)
    result.lines = [_line_without_cids(line) for line in lines]
    return result



CID = re.compile(r"\(cid:\d+\)")
CID_BULLET = re.compile(r"\(cid:127\)|^(\s*)\(cid:\d+\)(?=\s|$)", re.M)


def without_cids(text: str) -> str:
    """pdfminer writes "(cid:NNN)" for a glyph of a font without a character map (reportlab's list
    bullet is one): "(cid:127)", or any such glyph opening a line before a space, is a bullet;
    the others say nothing and are dropped."""
    if "(cid:" not in text:
        return text
    text = CID_BULLET.sub(lambda m: (m.group(1) or "") + "•", text)
    return re.sub(r"[ \t]{2,}", " ", CID.sub("", text))


def _line_without_cids(line: Line) -> Line:
    if "(cid:" not in line.text:
        return line
    spans = line.spans if len(line.spans) == len(line.cells) else tuple((line.x1, line.head) for _ in line.cells)
    pairs = [((x, without_cids(t).strip()), span) for (x, t), span in zip(line.cells, spans)]
    pairs = [(cell, span) for cell, span in pairs if cell[1]]
    if len(pairs) > 1 and pairs[0][0][1] == "•":  # a bullet drawn apart from its text is not a column
        pairs[:2] = [((pairs[0][0][0], f"• {pairs[1][0][1]}"), pairs[1][1])]
    return replace(line, text=without_cids(line.text).strip(), cells=tuple(c for c, _ in pairs),
                   spans=tuple(s for _, s in pairs))


def _layout(page) -> object:
    """pdfplumber's Page.layout, with characters rendered straight into the dicts the reader uses.

    pdfplumber builds a pdfminer LTChar for every character (its bounding box through generic matrix
    code), then turns each into a dict by resolving all its attributes; on a ten-page text PDF that was
    over a third of the reading time. _CharDevice computes the same numbers with the same arithmetic
    and stores the dict (as _process_object used to build it) directly. Vertical fonts and byte font
    names take pdfminer's own path. Errors are wrapped as pdfplumber wraps them.
    """
    device = _CharDevice(page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams)
    device.page_number = page.page_number
    device.glyphs = {}
    device.mb_x0, device.mb_top = page.mediabox[:2]
    device.page_height = page.height
    device.doctop = page.initial_doctop
    device.unicode_norm = page.pdf.unicode_norm
    interpreter = PDFPageInterpreter(page.pdf.rsrcmgr, device)
    try:
        interpreter.process_page(page.page_obj)
    except Exception as exc:
        raise PdfminerException(exc) from None
    return device.get_result()


class _CharDevice(PDFPageAggregatorWithMarkedContent):
    page_number = 0
    mb_x0 = mb_top = page_height = doctop = 0.0
    unicode_norm = None

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
        fontname = font.fontname
        if font.is_vertical() or not isinstance(fontname, str):
            return super().render_char(matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        # pdfminer's PDFLayoutAnalyzer.render_char and LTChar.__init__ (horizontal), same operations in the same order
        glyph = self.glyphs.get((font, cid))
        if glyph is None:  # a font's glyphs repeat: their text, width and descent looked up once a page
            try:
                text = font.to_unichr(cid)
                assert isinstance(text, str), str(type(text))
            except PDFUnicodeNotDefined:
                text = self.handle_undefined_char(font, cid)
            glyph = self.glyphs[(font, cid)] = (text, font.char_width(cid), font.get_descent())
        text, width, descent = glyph
        adv = width * fontsize * scaling
        descent = descent * fontsize
        bx0, by0, bx1, by1 = 0, descent + rise, adv, descent + rise + fontsize
        a, b, c, d, e, f = matrix
        upright = a * d * scaling > 0 and b * c <= 0
        # apply_matrix_rect: the four corners, then the box that holds them
        left1, bottom1 = a * bx0 + c * by0 + e, b * bx0 + d * by0 + f
        right1, bottom2 = a * bx1 + c * by0 + e, b * bx1 + d * by0 + f
        right2, top1 = a * bx1 + c * by1 + e, b * bx1 + d * by1 + f
        left2, top2 = a * bx0 + c * by1 + e, b * bx0 + d * by1 + f
        x0, y0 = min(left1, left2, right1, right2), min(bottom1, bottom2, top1, top2)
        x1, y1 = max(left1, left2, right1, right2), max(bottom1, bottom2, top1, top2)
        # pdfplumber's process_object, as the reader's fast path did it
        text = symbol_text(text, fontname)
        if self.unicode_norm is not None:
            text = normalize_unicode(self.unicode_norm, text)
        top = self.page_height - y1 + self.mb_top
        height = y1 - y0
        self.cur_item._objs.append({
            "object_type": "char", "page_number": self.page_number, "text": text,
            "fontname": fontname, "size": height, "adv": adv, "upright": upright, "matrix": matrix,
            "x0": x0 + self.mb_x0, "x1": x1 + self.mb_x0, "y0": y0, "y1": y1,
            "width": x1 - x0, "height": height,
            "top": top, "bottom": self.page_height - y0 + self.mb_top, "doctop": self.doctop + top,
            "stroking_color": graphicstate.scolor if isinstance(graphicstate.scolor, tuple) else (graphicstate.scolor,),
            "non_stroking_color": graphicstate.ncolor if isinstance(graphicstate.ncolor, tuple) else (graphicstate.ncolor,),
        })
        return adv

    def tag_cur_item(self) -> None:
        if self.cur_item._objs and type(self.cur_item._objs[-1]) is not dict:
            super().tag_cur_item()


def _process_object(page, obj):
    """pdfplumber's Page.process_object, with a fast path for characters.

    _CharDevice already stored most characters as the dicts wanted. For an LTChar (a font it left to
    pdfminer), pdfplumber resolves every attribute through generic PDF-object code; characters carry
    plain numbers and strings, so we copy the attributes the text and table extraction use. Anything
    else takes the usual path.
    """
    if type(obj) is dict:
        return obj
    if type(obj) is not LTChar or not isinstance(obj.fontname, str):
        return Page.process_object(page, obj)
    text = symbol_text(obj.get_text(), obj.fontname)
    if page.pdf.unicode_norm is not None:
        text = normalize_unicode(page.pdf.unicode_norm, text)
    mb_x0, mb_top = page.mediabox[:2]
    top = page.height - obj.y1 + mb_top
    gs = obj.graphicstate
    return {
        "object_type": "char", "page_number": page.page_number, "text": text,
        "fontname": obj.fontname, "size": obj.size, "adv": obj.adv, "upright": obj.upright, "matrix": obj.matrix,
        "x0": obj.x0 + mb_x0, "x1": obj.x1 + mb_x0, "y0": obj.y0, "y1": obj.y1,
        "width": obj.width, "height": obj.height,
        "top": top, "bottom": page.height - obj.y0 + mb_top, "doctop": page.initial_doctop + top,
        "stroking_color": gs.scolor if isinstance(gs.scolor, tuple) else (gs.scolor,),
        "non_stroking_color": gs.ncolor if isinstance(gs.ncolor, tuple) else (gs.ncolor,),
    }


def _column_edges(found) -> tuple[float, ...]:
    edges: set[float] = set()
    for row in found.rows:
        for cell in row.cells:
            if cell is not None:
                edges.add(round(cell[0], 1))
    return tuple(sorted(edges))


def _cell_text(text: str | None) -> str:
    if not text:
        return ""
    lines = [" ".join(without_cids(line).split()) for line in text.split("\n")]
    out: list[str] = []
    for line in filter(None, lines):
        if out and HYPHENATED_END.search(out[-1]) and line[:1].islower():
            out[-1] = out[-1][:-1] + line
        elif out and out[-1][-1:] not in ".:;!?" and (line[:1].islower() or line[:1] in "(&"):
            out[-1] = f"{out[-1]} {line}"  # a wrapped line, not a new paragraph
        else:
            out.append(line)
    return "\n".join(out)


def _check_text_layer(pages: list[_Page]) -> None:
    total = sum(p.chars for p in pages)
    if total == 0:
        raise UnreadableDocument(NO_TEXT_LAYER)
    if sum(p.undecodable for p in pages) > total / 2:
        raise UnreadableDocument("This PDF's text cannot be decoded (its fonts have no character map); export it again from the source.")
    missing = [p.number for p in pages if not p.chars and p.has_graphics]
    if missing:
        listed = ", ".join(str(n) for n in missing[:5]) + ("..." if len(missing) > 5 else "")
        raise UnreadableDocument(
            f"Page{'s' if len(missing) > 1 else ''} {listed} of {len(pages)} in this PDF "
            f"{'have' if len(missing) > 1 else 'has'} no text layer (scanned?); refusing a partial read."
        )


def _normal(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _in_band(line: Line, page: _Page) -> bool:
    return line.bottom <= page.height * BAND * 1.4 or line.top >= page.height * (1 - BAND)


def _remove_furniture(pages: list[_Page]) -> list[str]:
    band_counts: dict[str, int] = {}
    for page in pages:
        for key in {_normal(line.text) for line in page.lines if _in_band(line, page)}:
            band_counts[key] = band_counts.get(key, 0) + 1
    needed = max(2, math.ceil(len(pages) * 0.5))
    furniture: list[str] = []
    seen: set[str] = set()
    for page in pages:
        kept = []
        repeats = [_in_band(line, page) and band_counts.get(_normal(line.text), 0) >= needed for line in page.lines]
        for n, line in enumerate(page.lines):
            band = _in_band(line, page)
            repeated = repeats[n] and not _in_running_text(page.lines, repeats, n)
            page_number = PAGE_NUMBER.search(line.text) and (band or PAGE_NUMBER.fullmatch(line.text.strip()))
            if repeated or page_number or MARKING.match(line.text) or (band and BARE_NUMBER.match(line.text)):
                if _normal(line.text) not in seen:  # "Page 1 of 9" stands for all its siblings
                    seen.add(_normal(line.text))
                    furniture.append(line.text)
            else:
                kept.append(line)
        page.lines = kept
        for table in page.tables:
            table.rows = [[("" if MARKING.match(c) else c) for c in row] for row in table.rows]
    return furniture


def _in_running_text(lines: list[Line], repeats: list[bool], n: int) -> bool:
    """A line at the top of a page that sits at the body's line spacing from a body line is the body's
    text ("17/09/2024." wrapped from the page before), however often the same words recur there: a
    running header or footer stands apart from the text."""
    line = lines[n]
    for other, is_repeat in zip(lines, repeats):
        if other is line or is_repeat or abs(other.size - line.size) > 0.5:
            continue
        gap = max(other.top - line.bottom, line.top - other.bottom)
        if -1.0 <= gap < 0.5 * line.height:
            return True
    return False


def _body_size(pages: list[_Page]) -> float:
    weights: dict[float, int] = {}
    for page in pages:
        for line in page.lines:
            weights[line.size] = weights.get(line.size, 0) + len(line.text)
    return max(weights, key=weights.get) if weights else 0.0


def _paragraph(lines: list[Line], page: int, body_size: float) -> Paragraph:
    # PDFs carry no styles; a short bold or larger line group is what a reader sees as a heading.
    heading = len(lines) <= 2 and all(line.bold or line.size >= body_size + 1.5 for line in lines)
    return Paragraph(_join_lines(lines), style="Heading" if heading else "", page=page)


def _blocks(pages: list[_Page]) -> list[Paragraph | Table]:
    body_size = _body_size(pages)
    blocks: list[Paragraph | Table] = []
    open_table: RawTable | None = None  # the table that ended the previous page, if it did
    table_block_index = -1
    carried: tuple[list[Line], int, float] | None = None  # a paragraph the page before ended mid-sentence
    for page in pages:
        lines, borderless = borderless_tables(page.lines)
        # Where full lines end on this page: the longest line, or a table's right edge when every
        # line is shorter (a page of labelled one-liners above a table). In two columns, each column's.
        right = max([line.x1 for line in lines] + [table.right for table in page.tables + borderless] or [0.0])
        items = sorted(
            [(flow_key(page.columns, line.top, line.x0), 0, line) for line in lines]
            + [(flow_key(page.columns, table.top, table.left), 1, table) for table in page.tables + borderless],
            key=lambda item: (item[0], item[1]),
        )
        column_right: dict[tuple[float, int], float] = {}
        for key, _, item in items:
            if isinstance(item, Line) and key[0] != key[2]:
                column_right[key[:2]] = max(column_right.get(key[:2], 0.0), item.x1)
        paragraph: list[Line] = []
        paragraph_page = page.number
        after = None  # (stretch, column, right edge) of the paragraph's last line when a column or page ended there
        if carried is not None:
            paragraph, paragraph_page, edge = carried
            after = (None, None, edge)
            carried = None
        for position, (key, _, item) in enumerate(items):
            if isinstance(item, Line):
                edge = column_right.get(key[:2], right)
                if after is not None and (after[0] is None or (key[0] == after[0] and key[1] == after[1] + 1)):
                    new = not _runs_on(paragraph[-1], item, after[2])  # over a column or page break
                else:
                    new = bool(paragraph) and _starts_new_paragraph(paragraph[-1], item, edge)
                if paragraph and new:
                    blocks.append(_paragraph(paragraph, paragraph_page, body_size))
                    paragraph, paragraph_page = [], page.number
                paragraph.append(item)
                after = (key[0], key[1], edge) if key[0] != key[2] else None
                continue
            after = None
            if paragraph:
                blocks.append(_paragraph(paragraph, paragraph_page, body_size))
                paragraph, paragraph_page = [], page.number
            continued = position == 0 and open_table is not None and item.top <= page.height * 0.25
            mapping = column_map(open_table, item) if continued else None
            if mapping is not None:
                rows = [realign(row, mapping, len(open_table.rows[0])) for row in item.rows]
                open_table.rows.extend(rows[1:] if rows[0] == open_table.rows[0] else rows)
                previous = blocks[table_block_index]
                blocks[table_block_index] = Table(rows=_as_rows(open_table.rows), page=previous.page)
            else:
                open_table = item
                blocks.append(Table(rows=_as_rows(item.rows), page=page.number))
                table_block_index = len(blocks) - 1
        if paragraph:
            last = items[-1][0] if items and isinstance(items[-1][2], Line) else None
            if last is not None and items[-1][2] is paragraph[-1]:
                carried = (paragraph, paragraph_page, column_right.get(last[:2], right))
            else:
                blocks.append(_paragraph(paragraph, paragraph_page, body_size))
            open_table = None
        elif not items or items[-1][2].bottom < page.height * 0.75:
            open_table = None  # the page ended early: a table after the break is a new one
        # else the page ended with a table at its foot, and open_table is it (grown, if continued)
    if carried is not None:
        blocks.append(_paragraph(carried[0], carried[1], body_size))
    return blocks


def _as_rows(rows: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(row) for row in rows)


def _starts_new_paragraph(previous: Line, line: Line, right: float) -> bool:
    gap = line.top - previous.bottom
    if gap > previous.height * 0.6 or gap < -previous.height:  # a blank line, or a jump back up (columns)
        return True
    if abs(line.height - previous.height) > 1.5 or abs(line.size - previous.size) > 1.0 or line.bold != previous.bold:
        return True  # a heading and its text
    previous_full = previous.x1 >= right - 2 * max(previous.size, 1.0)
    if not previous_full and (LABEL_START.match(line.text) or previous.text[-1:] in ".:;!?"):
        return True  # a short line ended its paragraph: "Date: 3 March" / "Present: ..."
    if not BULLET_START.match(line.text):
        return False
    # "2.1 ...", "• ...", "ACTION ..." start an entry, unless the line before ran on to the margin
    # mid-sentence and this is its wrap ("... held in" / "2023 the Board ...").
    return not previous_full or previous.text[-1:] in ".:;!?)"


def _runs_on(previous: Line, line: Line, right: float) -> bool:
    """The paragraph at the foot of a column or page goes on at the head of the next: its last line ran
    on to the edge mid-sentence, and the next opens in the same type with no new entry."""
    if previous.x1 < right - 2 * max(previous.size, 1.0) or previous.text[-1:] in ".:;!?":
        return False
    if abs(line.size - previous.size) > 1.0 or line.bold != previous.bold:
        return False
    return not (BULLET_START.match(line.text) or LABEL_START.match(line.text))


def _join_lines(lines: list[Line]) -> str:
    text = lines[0].text
    for line in lines[1:]:
        if HYPHENATED_END.search(text) and line.text[:1].islower():
            text = text[:-1] + line.text
        else:
            text = f"{text} {line.text}"
    return text
