"""Plain text laid out with spaces, as `pdftotext -layout` (and other "text from PDF" tools) give it.

A table has no tabs there: its columns are where its header row's words start ("No.   Item   Action
Lead   By"), and its wrapped cells interleave line by line. The header's word positions are the column
boundaries for the lines below it as long as every line breaks at them on whitespace; a row starts at a
line with text in the first column or after a blank line (a continuation row without an item number),
and each cell's lines are joined. Such tables come out as tab-separated rows, which the text reader
reads like any other. A header of attendance labels side by side ("Present      Apologies") heads lists,
read one after the other. Form feeds are page breaks; "Page N of M" lines are page furniture.
"""
from __future__ import annotations

import re

FIELD_GAP = re.compile(r"\S+(?: \S+)*")  # words joined by single spaces: one field of a laid-out line
PAGE_FOOTER = re.compile(r"^(?:.*\S\s{2,})?page\s+\d+\s+of\s+\d+\s*$", re.I)
ATTENDANCE_LABEL = re.compile(r"^(present|apologies( received)?|in attendance|also present|absent|attendees|"
                              r"members( present)?|not present|guests|observers|minutes?)\s*:?$", re.I)
COLUMN_WORD = re.compile(r"\b(item|no|ref|discussion|notes?|minutes?|actions?|owners?|leads?|by|due|when|deadline|"
                         r"target|timescales?|status|progress|name|role|organi[sz]ation|agency|decisions?|update)\b",
                         re.I)
LIST_START = re.compile(r"^([•▪●◦*-]|\(?[a-z0-9]{1,2}[.)])\s")
MAX_HEADER_FIELD = 30


def unlayout(lines: list[str]) -> tuple[list[str], list[str]]:
    """Lines of laid-out text -> (lines with its tables tab-separated and side-by-side lists one after
    the other, page furniture). Text that holds tabs is left as it is (its tables are already marked)."""
    if any("\t" in line for line in lines):
        return lines, []
    out: list[str] = []
    furniture: list[str] = []
    lines = [line.replace("\f", "").rstrip() for line in lines]
    n = 0
    while n < len(lines):
        line = lines[n]
        if PAGE_FOOTER.match(line.strip()):
            if not any(re.sub(r"\d+", "#", f) == re.sub(r"\d+", "#", " ".join(line.split())) for f in furniture):
                furniture.append(" ".join(line.split()))  # "Page 1 of 9" stands for its siblings
            n += 1
            continue
        fields = header_fields(line)
        if fields:
            lists = all(ATTENDANCE_LABEL.match(text) for _, text in fields)
            end, starts = _block(lines, n, fields, lists)
            rows = lines[n + 1:end]
            if _columns_used(rows, starts):
                labels = cut(line, starts)
                if lists:
                    out.extend(_lists(labels, rows, starts))
                else:
                    while rows and rows[0].strip() and _heading_goes_on(cut(rows[0], starts)):
                        labels = [f"{a} {b}".strip() for a, b in zip(labels, cut(rows.pop(0), starts))]
                    out.extend("\t".join(row) for row in [labels, *table_rows(rows, starts)])
                    out.append("")
                n = end
                continue
        out.append(line)
        n += 1
    return out, furniture


def header_fields(line: str) -> list[tuple[int, str]] | None:
    """(start, text) of each column heading, when this line reads as a row of them: short fields set
    apart by two or more spaces, none of them a label with a colon, a sentence or a date; two fields
    only when one names a column minutes tables have (or both are attendance labels)."""
    fields = [(m.start(), m.group()) for m in FIELD_GAP.finditer(line)]
    if len(fields) < 2 or any(b[0] - (a[0] + len(a[1])) < 2 for a, b in zip(fields, fields[1:])):
        return None
    if any(len(text) > MAX_HEADER_FIELD or len(text.split()) > 4 or text.endswith((":", ",", ";", "."))
           and text.lower() not in ("no.", "ref.") or re.search(r"\d{2}", text) for _, text in fields):
        return None
    if len(fields) == 2 and not all(ATTENDANCE_LABEL.match(text) for _, text in fields) \
            and not any(COLUMN_WORD.search(text) for _, text in fields):
        return None
    return fields


def header_starts(line: str) -> list[int] | None:
    fields = header_fields(line)
    return [start for start, _ in fields] if fields else None


def cut(line: str, starts: list[int]) -> list[str]:
    bounds = [*starts[1:], max(len(line), starts[-1])]
    cells = [line[:bounds[0]]] + [line[a:b] for a, b in zip(bounds, bounds[1:])]
    return [" ".join(cell.split()) for cell in cells]


def _block(lines: list[str], n: int, fields: list[tuple[int, str]], lists: bool) -> tuple[int, list[int]]:
    """Where the laid-out block under the header at `n` ends, and where its columns start.

    A column starts where every line of the block has a space just before it, somewhere between the end
    of the heading before and its own heading (a centred heading stands right of its cells' start). The
    block ends at a line with no such space at some column (text across the columns), a page footer,
    the header repeated (the next page's table), three blank lines, or, for lists, one.
    """
    windows = [set(range(a + len(text) + 1, b + 1)) for (a, text), (b, _) in zip(fields, fields[1:])]
    header = [start for start, _ in fields]
    end = n + 1
    blanks = 0
    while end < len(lines):
        line = lines[end]
        if not line.strip():
            if lists:
                break
            blanks += 1
            if blanks > 2:
                break
            end += 1
            continue
        if PAGE_FOOTER.match(line.strip()) or header_starts(line) == header:
            break
        narrowed = [{b for b in window if len(line) < b or line[b - 1] == " "} for window in windows]
        if not all(narrowed):
            break
        windows = narrowed
        blanks = 0
        end += 1
    while end > n + 1 and not lines[end - 1].strip():
        end -= 1
    return end, [header[0], *(max(window) for window in windows)]


def _heading_goes_on(cells: list[str]) -> bool:
    """A line straight under the headings with a word or two under some of them and nothing under the
    first: the rest of headings wrapped in their cells ("Target" / "date")."""
    return not cells[0] and all(len(cell.split()) <= 2 and not re.search(r"\d", cell) for cell in cells)


def _columns_used(rows: list[str], starts: list[int]) -> bool:
    """At least two lines hold text beyond the first column: a laid-out table, not a heading over text."""
    return sum(1 for row in rows if any(cut(row, starts)[1:])) >= 2


def table_rows(lines: list[str], starts: list[int]) -> list[list[str]]:
    rows: list[list[list[str]]] = []
    after_blank = True
    for line in lines:
        if not line.strip():
            after_blank = True
            continue
        cells = cut(line, starts)
        if not rows or after_blank or cells[0]:
            rows.append([[] for _ in starts])
        for column, text in enumerate(cells):
            if text:
                rows[-1][column].append(text)
        after_blank = False
    return [[join_wrapped(cell) for cell in row] for row in rows]


def join_wrapped(parts: list[str]) -> str:
    """A cell's lines as it was written: wrapped lines joined with a space (a word hyphenated at the
    break rejoined), a line that opens a list item on a line of its own."""
    text = ""
    for part in parts:
        if not text:
            text = part
        elif LIST_START.match(part):
            text += "\n" + part
        elif re.search(r"[A-Za-z]-$", text) and part[:1].islower():
            text = text[:-1] + part
        else:
            text += " " + part
    return text


def _lists(labels: list[str], lines: list[str], starts: list[int]) -> list[str]:
    columns: list[list[str]] = [[] for _ in starts]
    for line in lines:
        for column, text in enumerate(cut(line, starts)):
            if text:
                columns[column].append(text)
    out: list[str] = []
    for label, entries in zip(labels, columns):
        out.extend([label, *entries, ""])
    return out
