"""PDF layout: characters -> text lines, wide-gap columns -> borderless tables, and how a table
continued on the next page lines up with the one before. Pure geometry over pdfplumber's
character dicts; no parsing here (see pdf.py and ADRs 0045-0046).
"""
from __future__ import annotations

import bisect
import functools
import operator
import re
from dataclasses import dataclass

COLUMN_TOLERANCE = 4.0  # points: how far column edges may move between pages of one table
COLUMN_ALIGN = 6.0      # points: how far the left edges of one borderless column may wander
HYPHENATED_END = re.compile(r"[A-Za-z]-$")
BOLD_FONT = re.compile(r"bold|black|heavy|semibold|,b\b", re.I)


_TOP_LEFT = operator.itemgetter("top", "x0")
_LEFT = operator.itemgetter("x0")


@functools.lru_cache(maxsize=256)
def _is_bold(fontname: str) -> bool:
    return BOLD_FONT.search(fontname) is not None


@dataclass
class Line:
    text: str
    top: float
    bottom: float
    x0: float
    size: float = 0.0
    bold: bool = False
    cells: tuple[tuple[float, str], ...] = ()  # (left edge, text) of runs split by wide gaps
    x1: float = 0.0
    head: float = 0.0  # width of the first word
    spans: tuple[tuple[float, float], ...] = ()  # (right edge, width of the first word) of each run in `cells`

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass
class RawTable:
    rows: list[list[str]]
    top: float
    bottom: float
    columns: tuple[float, ...]  # left edge of each column
    left: float = 0.0
    right: float = 0.0


def text_lines(chars: list[dict], boxes: list[tuple]) -> list[Line]:
    """Characters outside the tables -> lines, top to bottom.

    Our own grouping rather than pdfplumber's extract_text_lines (an eighth of the reading time):
    a character joins the line whose vertical extent holds its middle, so superscripts ("22nd")
    stay on their line; a gap wider than a fifth of the font size is a space; a character drawn
    twice on the same spot (fake bold) counts once.
    """
    def outside(c) -> bool:
        x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

    rows: list[list[dict]] = []
    extents: list[list[float]] = []
    for c in sorted(filter(outside, chars) if boxes else chars, key=_TOP_LEFT):
        middle = (c["top"] + c["bottom"]) / 2
        for index in range(len(rows) - 1, max(len(rows) - 3, -1), -1):  # the last line or two
            extent = extents[index]
            if extent[0] <= middle <= extent[1]:
                rows[index].append(c)
                break
        else:
            rows.append([c])
            extents.append([c["top"], c["bottom"]])
    lines = []
    for row in rows:
        row.sort(key=_LEFT)
        parts: list[str] = []
        cells: list[list] = []  # [left edge, texts, right edge, width of the first word]
        gaps: list[float] = []
        previous = None
        for c in row:
            text = c["text"]
            visible = bool(text.strip())
            if previous is not None:
                if text == previous["text"] and abs(c["x0"] - previous["x0"]) < 1:
                    continue
                gap = c["x0"] - previous["x1"]
                if visible and gap > 1.0:
                    gaps.append(gap)
                size = previous["size"]
                space = min(max(0.2 * size, 1.0), 3.0)
                if (text == " " or gap > space) and not cells[-1][3]:
                    cells[-1][3] = previous["x1"] - cells[-1][0]
                if visible and gap > max(size, 8.0):
                    cells.append([c["x0"], [], c["x1"], 0.0])  # a wide gap: the next column of a borderless table
                    parts.append(" ")
                elif gap > space and text != " ":
                    parts.append(" ")
                    cells[-1][1].append(" ")
            if not cells:
                cells.append([c["x0"], [], c["x1"], 0.0])
            parts.append(text)
            cells[-1][1].append(text)
            if visible:
                previous = c
                if c["x1"] > cells[-1][2]:
                    cells[-1][2] = c["x1"]
        text = " ".join("".join(parts).split())
        if not text:
            continue
        for cell in cells:
            cell[1] = " ".join("".join(cell[1]).split())
            cell[3] = cell[3] or cell[2] - cell[0]
        cells = [cell for cell in cells if cell[1]]
        runs = tuple((x, t) for x, t, _, _ in cells)
        spans = tuple((x1, head) for _, _, x1, head in cells)
        if len(runs) > 1 and len(gaps) >= 3 and max(gaps) < 1.5 * min(gaps):
            runs = ((row[0]["x0"], text),)  # evenly spread words: a justified line, not columns
            spans = ((max(c["x1"] for c in row), cells[0][3]),)
        visible = [c for c in row if c["text"].strip()] or row
        sizes = sorted(round(c["size"], 1) for c in visible)
        bold = sum(1 for c in visible if _is_bold(c.get("fontname", ""))) > len(visible) * 0.8
        lines.append(Line(text=text, top=min(c["top"] for c in row), bottom=max(c["bottom"] for c in row),
                           x0=row[0]["x0"], size=sizes[len(sizes) // 2], bold=bold, cells=runs,
                           x1=max(c["x1"] for c in row), head=cells[0][3] if cells else 0.0, spans=spans))
    return lines


def borderless_tables(lines: list[Line]) -> tuple[list[Line], list[RawTable]]:
    """Runs of two or more lines split into aligned columns by wide gaps -> tables.

    A line with one run that starts under a later column continues the cell above (wrapped text).
    Lines split by gaps that do not line up with others stay lines, their runs joined by tabs.
    """
    kept: list[Line] = []
    tables: list[RawTable] = []
    group: list[Line] = []

    def flush() -> None:
        table = _grid_from(group)
        if table is None:
            kept.extend(_tabbed(line) for line in group)
        else:
            tables.append(table)
        group.clear()

    for line in lines:
        if len(line.cells) > 1:
            if group and not -group[-1].height < line.top - group[-1].bottom <= 2.5 * group[-1].height:
                flush()  # far below, or back up at the top of the next column
            group.append(line)
        elif group and _continues_a_cell(group, line):
            group.append(line)
        else:
            if group:
                flush()
            kept.append(line)
    if group:
        flush()
    return kept, tables


def _continues_a_cell(group: list[Line], line: Line) -> bool:
    starts = sorted({x for member in group for x, _ in member.cells})
    later = [x for x in starts[1:] if abs(x - line.x0) <= COLUMN_ALIGN]
    return bool(later) and line.top - group[-1].bottom <= group[-1].height


def _grid_from(group: list[Line]) -> RawTable | None:
    multi = [line for line in group if len(line.cells) > 1]
    if len(multi) < 2:
        return None
    starts: list[float] = []
    for x in sorted(x for line in multi for x, _ in line.cells):
        if not starts or x - starts[-1] > COLUMN_ALIGN:
            starts.append(x)
    if len(starts) > 12:
        return None  # scattered text, not columns

    def column(x: float) -> int:
        holding = [i for i, start in enumerate(starts) if start <= x + COLUMN_ALIGN]
        return holding[-1] if holding else 0

    # Every split line must use columns others use too, or this is not a table.
    used = [{column(x) for x, _ in line.cells} for line in multi]
    if sum(1 for cols in used if len(cols) > 1) < 2 or len(set.union(*used)) < 2:
        return None
    pieces = [_pieces(line, column) for line in group]
    # Where each column's text wraps: its longest line ends there.
    limits = [max((p.x1 for line in pieces for i, p in line if i == n), default=0.0) + 0.5 for n in range(len(starts))]
    # The wrap leading: the least space between two lines of one column (columns' baselines may differ).
    bottoms: dict[int, float] = {}
    column_gaps = []
    for found in pieces:
        for index, piece in found:
            if index in bottoms:
                column_gaps.append(piece.top - bottoms[index])
            bottoms[index] = piece.bottom
    leading = min((g for g in column_gaps if g > -1.0), default=0.0)
    # A row starts below everything above it, with more space than a wrapped line has.
    lowest, spaced = group[0].bottom, []
    for line in group[1:]:
        spaced.append(line.top - lowest > leading + 0.35 * line.height)
        lowest = max(lowest, line.bottom)
    rows: list[list[list[Line]]] = []
    for n, found in enumerate(pieces):
        first = next((p for i, p in found if i == 0), None)
        if not rows:
            starts_row = True
        elif first is None:
            starts_row = False  # nothing under the first column: the row above goes on (wrapped cells)
        elif spaced[n - 1]:
            starts_row = True
        else:  # no more space than between wrapped lines: a new row unless the first column wrapped
            above = rows[-1][0][-1] if rows[-1][0] else None
            starts_row = above is None or not any(spaced) or _breaks(above, first, limits[0])
        if starts_row:
            rows.append([[] for _ in starts])
        for index, piece in found:
            rows[-1][index].append(piece)
    table = [[_join_column(cell, limits[i], leading) for i, cell in enumerate(row)] for row in rows]
    return RawTable(rows=table, top=group[0].top, bottom=group[-1].bottom, columns=tuple(starts),
                    left=starts[0], right=starts[-1])


def _pieces(line: Line, column) -> list[tuple[int, Line]]:
    """A line's runs as one-run Lines, each with the column it falls in (runs in one column joined)."""
    spans = line.spans if len(line.spans) == len(line.cells) else tuple((line.x1, line.head) for _ in line.cells)
    out: list[tuple[int, Line]] = []
    for (x, text), (x1, head) in zip(line.cells or ((line.x0, line.text),), spans or ((line.x1, line.head),)):
        index = column(x)
        if out and out[-1][0] == index:
            joined = out[-1][1]
            out[-1] = (index, Line(text=f"{joined.text} {text}", top=joined.top, bottom=joined.bottom, x0=joined.x0,
                                   size=joined.size, bold=joined.bold, x1=x1, head=joined.head))
            continue
        out.append((index, Line(text=text, top=line.top, bottom=line.bottom, x0=x, size=line.size, bold=line.bold,
                                x1=x1, head=head)))
    return out


def _breaks(previous: Line, line: Line, limit: float) -> bool:
    """The break before `line` was chosen: its first word would have fitted after `previous`."""
    return previous.x1 + 0.27 * max(line.size, 1.0) + line.head <= limit - 1.0 or bool(BULLET.match(line.text))


def _join_column(lines: list[Line], limit: float, leading: float) -> str:
    if not lines:
        return ""
    return _paragraphs(lines, (min(line.x0 for line in lines), 0.0, limit, 0.0), leading)


def _join_wrapped(before: str, after: str) -> str:
    if not before:
        return after
    if HYPHENATED_END.search(before) and after[:1].islower():
        return before[:-1] + after
    return f"{before} {after}"


def _tabbed(line: Line) -> Line:
    if len(line.cells) < 2:
        return line
    return Line(text="\t".join(text for _, text in line.cells), top=line.top, bottom=line.bottom, x0=line.x0,
                 size=line.size, bold=line.bold, cells=line.cells, x1=line.x1)


def column_map(previous: RawTable, table: RawTable) -> list[int] | None:
    """How the columns of `table` (at the top of a page) fall into those of `previous` (at the end
    of the page before), or None when it is not the same table continued.

    Same outer edges are required; the continuation may have the same columns, or fewer or more
    (a merged or split cell changes what the table finder sees): each of its columns goes into
    the previous table's column whose span holds its left edge.
    """
    if abs(previous.left - table.left) > COLUMN_TOLERANCE or abs(previous.right - table.right) > COLUMN_TOLERANCE:
        return None
    width = len(previous.rows[0])
    if any(len(row) != width for row in previous.rows) or any(len(row) != len(table.columns) for row in table.rows):
        return None if len(previous.columns) != len(table.columns) else list(range(len(table.columns)))
    if len(previous.columns) != width:
        return None
    mapping = []
    for edge in table.columns:
        holding = [i for i, start in enumerate(previous.columns) if start <= edge + COLUMN_TOLERANCE]
        mapping.append(holding[-1] if holding else 0)
    exact = len(table.columns) == width and all(
        abs(a - b) <= COLUMN_TOLERANCE for a, b in zip(previous.columns, table.columns))
    if not exact and len(set(mapping)) < min(width, len(table.columns)):
        return None  # the columns do not line up: a different table that happens to be as wide
    return mapping


def realign(row: list[str], mapping: list[int], width: int) -> list[str]:
    if len(row) == width and mapping == list(range(width)):
        return row
    cells = [""] * width
    for text, target in zip(row, mapping):
        if text:
            cells[target] = f"{cells[target]}\n{text}" if cells[target] else text
    return cells


# -- Text of a ruled table's cells, from where its lines end ------------------------------------
BULLET = re.compile(r"^([•▪●◦*➢-]|\(?[a-z0-9]{1,2}[.)])\s")


def cell_texts(rows, chars: list[dict]) -> list[list[str]]:
    """The text of each cell of a ruled table (pdfplumber's `found.rows`), its lines joined by geometry.

    A cell's lines are one paragraph wrapped at the cell's edge unless the break was chosen: the next
    line's first word would have fitted on the line before, the gap above it is wider than the cell's
    usual line gap, or it starts a bullet. A line that is one word filling the cell was broken inside
    that word ("15/07/202" + "4", "Safeguard" + "ing") and is joined without a space. So narrow columns
    that wrap word by word give their text back whole, and separate paragraphs (two actions, two
    owners) stay separate lines.
    """
    tops = [row.bbox[1] for row in rows]
    buckets: list[list[list[dict]]] = [[[] for _ in row.cells] for row in rows]
    for c in chars:
        ym, xm = (c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2
        index = bisect.bisect_right(tops, ym) - 1
        if index < 0 or ym > rows[index].bbox[3]:
            continue
        for n, cell in enumerate(rows[index].cells):
            if cell is not None and cell[0] <= xm <= cell[2] and cell[1] <= ym <= cell[3]:
                buckets[index][n].append(c)
                break
    found = [[text_lines(chunk, []) if chunk and cell is not None else [] for cell, chunk in zip(row.cells, cells)]
             for row, cells in zip(rows, buckets)]
    # The table's line spacing: the smallest gap between two lines of one cell (one font, one leading).
    gaps = [b.top - a.bottom for lines in (ls for row in found for ls in row) for a, b in zip(lines, lines[1:])]
    usual = min((g for g in gaps if g > -1.0), default=None)
    return [[_paragraphs(lines, cell, usual) if lines else "" for cell, lines in zip(row.cells, cells)]
            for row, cells in zip(rows, found)]


# Words that start a wrapped line far more often than they end a word broken at the edge.
_SHORT_WORDS = {"a", "an", "and", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or",
                "the", "their", "to", "was", "were", "will", "with"}
_SPLIT_DATE = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b")


def _broken_word(previous: Line, line: Line, limit: float) -> bool:
    """`previous` is one word cut at the cell's edge and `line` its rest: no space on the line, the next
    character would not have fitted, and the rest is a short fragment ("Safeguard" + "ing"), not a word
    of its own ("performance" + "dataset" wrapped normally); or a date whose year was cut ("30/07/20" + "24")."""
    if " " in previous.text or not line.text[:1].isalnum() or abs(line.x0 - previous.x0) > 1.0:
        return False  # centred or indented lines are whole words set apart, not one word's pieces
    first = line.text.split()[0]
    if previous.text[-1:].isdigit() and _SPLIT_DATE.match(previous.text + first):
        return True
    return previous.x1 + line.head / max(len(first), 1) > limit + 0.5 and previous.text[-1:].isalpha() \
        and line.text[:1].islower() and len(first.strip(",.;:")) <= 5 and first.lower().strip(",.;:") not in _SHORT_WORDS


def _paragraphs(lines: list[Line], cell: tuple, usual: float | None) -> str:
    padding = max(min(line.x0 for line in lines) - cell[0], 0.0)
    limit = cell[2] - padding  # text wraps at the cell's edge less the padding, as on its left
    text = lines[0].text
    for previous, line in zip(lines, lines[1:]):
        gap = line.top - previous.bottom
        space = 0.27 * max(line.size, 1.0)
        fits = previous.x1 + space + line.head <= limit - 1.0
        spaced = usual is not None and gap > usual + 0.35 * line.height
        if fits or spaced or BULLET.match(line.text):
            text += "\n" + line.text
        elif HYPHENATED_END.search(text) and line.text[:1].islower():
            text = text[:-1] + line.text
        elif _broken_word(previous, line, limit):
            text += line.text  # one word longer than the cell, broken where it met the edge
        else:
            text += " " + line.text
    return text


# -- Two-column page layouts ---------------------------------------------------------------------
MIN_COLUMN_LINES = 4   # lines each column needs before a gutter counts as one
PROSE_FULL = 0.5       # share of a column's lines that must run on to its right edge (wrapped prose)


@dataclass(frozen=True)
class Columns:
    """A stretch of a page set in two columns: from `top` to `bottom`, the right column starting at `gutter`."""
    top: float
    bottom: float
    gutter: float


def _intervals(line: Line) -> list[tuple[float, float]]:
    if len(line.spans) != len(line.cells) or not line.cells:
        return [(line.x0, line.x1)]
    return [(x, x1) for (x, _), (x1, _) in zip(line.cells, line.spans)]


def column_regions(lines: list[Line], boxes: list[tuple] = (), band: tuple[float, float] | None = None,
                   known: tuple[float, ...] = ()) -> list[Columns]:
    """Where a page is set in two columns: a vertical gutter no text crosses over a run of consecutive
    lines, with wrapped prose on both sides of it (most lines on each side run on to that side's right
    edge). Text that spans the gutter (a title, a full-width table) ends a run, so it keeps its place.
    A table's columns are not text columns: its cells rarely fill to one edge on both sides, and its
    rows start level on both sides, where two columns of prose start paragraphs independently; the
    columns of a page are alike in width (within a factor of two).
    `band` (top, bottom): lines beyond these that stand apart from the text are running headers or
    footers and end a run. `known`: gutters of the pages before; at one of those, a column may be short
    (the right column of the last page holding a few lines).
    """
    if len(lines) < MIN_COLUMN_LINES + 1:
        return []
    left = min(line.x0 for line in lines)
    width = max(line.x1 for line in lines) - left
    # Where runs start near the middle of the page: after a wide gap, or a line's first (the right
    # column's lines are apart from the left's when the two columns' baselines are not level).
    starts = [x0 for line in lines for x0, _ in _intervals(line) if left + 0.3 * width <= x0 <= left + 0.75 * width]
    if len(starts) < (1 if known else MIN_COLUMN_LINES - 1):
        return []
    clusters: list[list[float]] = []
    for x in sorted(starts + [g for g in known if any(abs(g - x) <= COLUMN_ALIGN for x in starts)]):
        if clusters and x - clusters[-1][-1] <= COLUMN_ALIGN:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    rows = sorted([(line.top, line.bottom, _intervals(line), line.height) for line in lines]
                  + [(box[1], box[3], [(box[0], box[2])], 0.0) for box in boxes], key=operator.itemgetter(0))
    found: list[Columns] = []
    for cluster in sorted(clusters, key=len, reverse=True):
        gutter = cluster[0]
        seen = any(abs(gutter - g) <= COLUMN_ALIGN for g in known)
        if len(cluster) < MIN_COLUMN_LINES - 1 and not seen:
            continue
        run: list[tuple] = []
        for row in rows + [None]:
            if row is not None and not any(c.top - 1 <= row[0] <= c.bottom + 1 for c in found) \
                    and _fits(row, gutter) and not (run and _stands_apart(run[-1], row, band)):
                run.append(row)
                continue
            if run and _two_columns(run, gutter, width, seen):
                found.append(Columns(top=run[0][0], bottom=max(r[1] for r in run), gutter=gutter))
            run = [row] if row is not None and _fits(row, gutter) else []
    return sorted(found, key=operator.attrgetter("top"))


def _fits(row: tuple, gutter: float) -> bool:
    """Nothing on this line crosses the gutter: each run ends before it or starts at or after it."""
    least = max(6.0, 0.5 * row[3])
    return all(x1 <= gutter - least or x0 >= gutter - 2.0 for x0, x1 in row[2])


def _stands_apart(previous: tuple, row: tuple, band: tuple[float, float] | None) -> bool:
    if band is None or band[0] < row[0] < band[1] and band[0] < previous[0] < band[1]:
        return False
    return row[0] - previous[1] > max(previous[3], row[3], 1.0)


def _two_columns(run: list[tuple], gutter: float, width: float, seen: bool = False) -> bool:
    sides: list[list[tuple[float, float, float, float]]] = [[], []]  # per side: (top, bottom, x0, x1) of each line
    split = [0, 0]  # lines of each side in more than one run: cells side by side, not a column of prose
    for top, bottom, intervals, _ in run:
        for side in (0, 1):
            parts = [(x0, x1) for x0, x1 in intervals if (x0 >= gutter - 2.0) == bool(side)]
            if parts:
                sides[side].append((top, bottom, min(p[0] for p in parts), max(p[1] for p in parts)))
                split[side] += len(parts) > 1
    if any(n > 0.2 * len(side) for side, n in zip(sides, split)):
        return False
    if seen:  # the gutter of the pages before: one column of prose enough, the other may be short
        if not sides[1] or max(len(side) for side in sides) < MIN_COLUMN_LINES:
            return False
    elif any(len(side) < MIN_COLUMN_LINES for side in sides):
        return False
    beside = min(sides[0][-1][1], sides[1][-1][1]) - max(sides[0][0][0], sides[1][0][0])
    if beside < (MIN_COLUMN_LINES - 1) * (sides[0][0][1] - sides[0][0][0]) and not seen:
        return False  # hardly ever side by side: one column above the other, not two columns of text
    widths = [max(p[3] for p in side) - min(p[2] for p in side) for side in sides]
    if not seen and not 0.5 <= widths[0] / max(widths[1], 1.0) <= 2.0:
        return False  # text beside a margin of notes, or notes beside text: columns of a page are alike
    for side in sides:
        if seen and len(side) < MIN_COLUMN_LINES:
            continue
        x0, x1 = min(p[2] for p in side), max(p[3] for p in side)
        if x1 - x0 < 0.25 * width:
            return False
        if sum(1 for p in side if p[3] >= x1 - 0.15 * (x1 - x0)) < PROSE_FULL * len(side):
            return False  # ragged short entries (names, owners, dates): a table's column, not prose
    starts = [_block_starts(side) for side in sides]
    return not (len(starts[1]) >= 2 and starts[1] <= starts[0])


def _block_starts(side: list[tuple[float, float, float, float]]) -> set[int]:
    """Tops (rounded) of the lines of one side that open a block: more space above than the side's wrap leading."""
    gaps = [b[0] - a[1] for a, b in zip(side, side[1:])]
    leading = min((g for g in gaps if g > -1.0), default=0.0)
    return {round(b[0]) for a, b, gap in zip(side, side[1:], gaps) if gap > leading + 0.35 * (b[1] - b[0])}


def flow_key(regions: list[Columns], top: float, x0: float) -> tuple[float, int, float]:
    """Reading order on a page: down the page, but a two-column stretch left column first, then the right."""
    for region in regions:
        if region.top - 1 <= top <= region.bottom + 1:
            return (region.top, int(x0 >= region.gutter - 2.0), top)
    return (top, 0, top)


def column_lines(chars: list[dict], boxes: list[tuple], regions: list[Columns]) -> list[Line]:
    """The page's lines with each two-column stretch split at its gutter, in reading order."""
    groups: dict[tuple[int, int], list[dict]] = {}
    for c in chars:
        middle = (c["top"] + c["bottom"]) / 2
        key = (-1, 0)
        for n, region in enumerate(regions):
            if region.top - 1 <= middle <= region.bottom + 1:
                key = (n, int(c["x0"] >= region.gutter - 2.0))
                break
        groups.setdefault(key, []).append(c)
    lines = [line for group in groups.values() for line in text_lines(group, boxes)]
    return sorted(lines, key=lambda line: flow_key(regions, line.top, line.x0))
