"""Reader for plain text and HTML minutes (text exported from PDF/HTML, like tab-separated tables).

Text: lines holding a tab are table rows (consecutive rows form one Table), other lines are
Paragraphs. Cells may hold HTML fragments (<p>, <ul>/<li>, <u>, <i>, data-bbox attributes),
turned into plain text with one line per paragraph. Whole HTML documents (<table>, <p>...) are
read with the same HTML parser into Tables and Paragraphs, without the website around them
(ADR 0106). Minutes pasted into an email keep its headers and greeting in furniture. Nothing is
sanitised here: the output is plain text and the templates escape it.
"""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from assure.documents.document import Document, Paragraph, Table
from assure.documents.readers.layout_text import unlayout

_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "title"}
_SKIP_TAGS = {"script", "style", "head"}
_BOLD = re.compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_MD_HEADING = re.compile(r"^\s*(#{1,6})\s+(.*)$")
_ORDINAL = re.compile(r"(\d)\s+(st|nd|rd|th)\b")
_TAG_HINT = re.compile(r"<\s*/?\s*(p|ul|ol|li|u|i|b|em|strong|br|span|div|table|font|h\d)\b[^>]*>", re.I)
# A lone "(", "I" or "----" left by conversion: brackets, rules and dots only. Never a tick or cross (they mark
# attendance in a grid) nor "#" / "%" / "£" (a column's heading or value).
_STRAY_MARKS = r"[\s()\[\]{}|.,;:'\"`_*•·~\-–—/\\]"
_STRAY_CELL = re.compile(rf"^(?:{_STRAY_MARKS}*|{_STRAY_MARKS}*[Il]{_STRAY_MARKS}*)$")


class _FragmentText(HTMLParser):
    """Plain text of an HTML fragment, a newline at each block boundary."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("• ")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def fragment_text(text: str) -> str:
    """HTML fragment -> plain text, paragraphs on their own lines, whitespace tidied."""
    if "<" in text and _TAG_HINT.search(text):
        parser = _FragmentText()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    else:
        text = unescape(text)
    return tidy(text)


def tidy(text: str) -> str:
    text = text.replace("\xa0", " ").replace("\r", "")
    text = _ORDINAL.sub(r"\1\2", text)
    text = _BOLD.sub(r"\2", text)  # Markdown emphasis left by converters: "**Present:**"
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def _join_split_numbers(cells: list[str], width: int | None = None) -> list[str]:
    """Rejoin a year broken by a tab ("20\\t022" -> "2022"), the cell boundary being an artefact. The emptied
    cell keeps the row's width, unless the break made the row wider than its table (`width`: the header's):
    then it goes, so the owner after it stays in the owner column."""
    out = list(cells)
    emptied = []
    i = 0
    while i < len(out) - 1:
        left = re.search(r"(?<!\d)(\d{1,3})$", out[i].rstrip())
        right = re.match(r"\s*(\d{1,3})(?!\d)", out[i + 1])
        if left and right:
            a, b = left.group(1), right.group(1)
            # "20\t22" or, with the digit at the break repeated, "20\t022".
            joined = a + b if re.fullmatch(r"(19|20)\d\d", a + b) else (
                a + b[1:] if b[0] == a[-1] and re.fullmatch(r"(19|20)\d\d", a + b[1:]) else None)
            if joined:
                rest = out[i + 1].lstrip()[len(b):]
                out[i] = out[i].rstrip()[: -len(a)] + joined + rest
                out[i + 1] = ""  # keep the row's width so columns stay aligned
                emptied.append(i + 1)
        i += 1
    for n in reversed(emptied):
        if width and len(out) > width:
            del out[n]
    return out


_STRAY_END = re.compile(r"\s+[(|]$")  # "September meeting (": a bracket opened on nothing, a rule's "|"


def _row_cells(line: str, width: int | None = None) -> tuple[str, ...]:
    cells = _join_split_numbers(line.split("\t"), width)
    cells = [_STRAY_END.sub("", fragment_text(c)) for c in cells]
    return tuple("" if _STRAY_CELL.match(c) else c for c in cells)


def _ends_open(text: str) -> bool:
    """A cell whose text stops mid-sentence (no closing punctuation)."""
    text = text.rstrip()
    return bool(text) and not re.search(r"[.!?:;)\]\"'’”]$", text)


_CONNECTIVE_END = re.compile(r"(?:,|\b(?:and|or|of|the|a|an|to|for|with|from|in|on|at|by|that|which|who|is|are|was|"
                             r"were|be|has|have|had|as|into|their|its|our|this|these|"
                             r"mr|mrs|ms|miss|dr|prof|cllr|sgt|insp|supt|det|dci|pc)\.?\s*)$", re.I)  # "… concerning Ms"


def _cut_mid_phrase(text: str) -> bool:
    """The text cannot end here: a bracket left open ("(Chief Nurse, Westbury") or a trailing comma or
    connective word ("… reported to the"). What follows continues it whatever its first letter."""
    text = text.rstrip()
    return text.count("(") > text.count(")") or bool(_CONNECTIVE_END.search(text))


def _continues(prev: tuple[str, ...], row: tuple[str, ...]) -> bool:
    """True when `row` (first after a repeated header) is the rest of `prev`, split by a page break."""
    if not prev or not row or (row[0] if row else ""):
        return False
    for i, cell in enumerate(row[1:], start=1):
        before = prev[i] if i < len(prev) else ""
        if cell and before:
            # Both halves hold text: only a split when the first half stops mid-sentence, and the rest
            # goes on in lower case or the first half cannot end where it does (a name may follow).
            return _ends_open(before) and (cell[:1].islower() or cell[:1].isdigit() or _cut_mid_phrase(before))
    return False


def _merge_rows(prev: tuple[str, ...], row: tuple[str, ...]) -> tuple[str, ...]:
    """The row cut by a page break, whole again: the cut cell's halves joined by a space; in any other cell
    both sides wrote in, what the next page holds is a line of its own ("… – PK – by 18 December 2026" over
    "Offer a briefing – SH – by 15/01/2027": two actions), unless it plainly goes on in lower case."""
    width = max(len(prev), len(row))
    cells, cut = [], None
    for i in range(width):
        a = prev[i] if i < len(prev) else ""
        b = row[i] if i < len(row) else ""
        if a and b:
            joined = cut is None or (_ends_open(a) and (b[:1].islower() or _cut_mid_phrase(a)))
            cut = i if cut is None else cut
            cells.append(f"{a} {b}" if joined else f"{a}\n{b}")
        else:
            cells.append(a or b)
    return tuple(cells)


def _norm_header(row: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(re.sub(r"\W+", " ", c).strip().lower() for c in row)


def _looks_like_header(row: tuple[str, ...]) -> bool:
    words = " ".join(_norm_header(row))
    return len(row) >= 2 and all(len(c) < 40 for c in row) and bool(
        re.search(r"\b(item|discussion|action|owner|minutes|by whom|by when|lead|due|agenda|status|name|organisation)\b", words))


def _build_blocks(lines: list[str]) -> list:
    """Group lines into blocks; tables split by a repeated header become one, split cells rejoined."""
    blocks: list = []
    rows: list[tuple[str, ...]] = []
    header: tuple[str, ...] | None = None
    after_header_break = False

    def flush():
        nonlocal rows
        if rows:
            blocks.append(Table(rows=tuple(rows)))
            rows = []

    for line in lines:
        pipe = _PIPE_ROW.match(line)
        if pipe:  # a Markdown table row: "| 3. | Budget | AB |"
            if re.fullmatch(r"[\s|:\-]*", pipe.group(1)):
                continue  # the "|---|---|" line under its header
            line = "\t".join(cell.strip() for cell in pipe.group(1).split("|"))
            line += "" if "\t" in line else "\t"  # a one-cell row is still a row
        heading = _MD_HEADING.match(line)
        if heading and "\t" not in line:
            flush()
            header = None
            blocks.append(Paragraph(text=tidy(heading.group(2)), style=f"Heading {len(heading.group(1))}"))
            continue
        if "\t" in line and line.strip("\t ").strip():
            # The table's width: its header's, or the rows' so far (a table without a header).
            width = len(header) if header is not None else max((len(r) for r in rows), default=None)
            cells = _row_cells(line, width)
            if not any(cells):
                continue
            if header is not None and _norm_header(cells) == _norm_header(header) and blocks and not rows \
                    and isinstance(blocks[-1], Table):
                # Header repeated after a page break: continue the previous table.
                rows = list(blocks.pop().rows)
                after_header_break = True
                continue
            if not rows and _looks_like_header(cells):
                header = cells
            if after_header_break and rows and _continues(rows[-1], cells):
                rows[-1] = _merge_rows(rows[-1], cells)
            else:
                rows.append(cells)
            after_header_break = False
        elif not line.strip():
            flush()
        else:
            flush()
            header = None if not _TAG_HINT.search(line) else header
            text = fragment_text(line)
            blocks.extend(Paragraph(text=part) for part in text.split("\n") if part.strip())
    flush()
    return blocks


# A web page around the minutes: navigation, breadcrumbs, search, cookie banners, footers. Their text
# never goes into the minutes (only the page's <title> is kept, in Document.furniture).
_PAGE_CHROME_TAGS = {"nav", "form", "button", "select", "noscript", "svg", "iframe", "template", "footer"}
_PAGE_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar"}
_PAGE_CHROME_WORDS = {"breadcrumb", "breadcrumbs", "crumb", "crumbs", "trail", "nav", "navbar", "navigation", "menu",
                      "skip", "skiplink", "cookie",
                      "cookies", "footer", "banner", "masthead", "search", "share", "social", "sitemap", "metadata"}
# Not "header": a page header often holds the minutes' own title ("page-header" around the h1); the
# site's header is mostly navigation and search, which go anyway.
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def _is_page_chrome(tag: str, attrs) -> bool:
    if tag in _PAGE_CHROME_TAGS:
        return True
    values = dict(attrs)
    if (values.get("role") or "").lower() in _PAGE_CHROME_ROLES:
        return True
    if tag == "a" and "skip" in (values.get("class") or "").lower() + " " + (values.get("id") or "").lower():
        return True
    names = f"{values.get('class') or ''} {values.get('id') or ''}"
    words = {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", names)}
    return tag not in ("html", "body", "main", "table", "tr", "td", "th") and bool(words & _PAGE_CHROME_WORDS)


class _HtmlDocument(HTMLParser):
    """Whole HTML document -> blocks. Nested tables are flattened into their cell (" | " per cell).
    Page chrome (navigation, breadcrumbs, search, banners, footers) is dropped and the page's <title>
    goes to `furniture`; h1-h6 become Paragraphs styled "Heading N"; ordered lists keep their numbers."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.furniture: list[str] = []
        self._chrome: list = []           # [tag, depth of that tag, text] of the chrome element being skipped
        self._heading = 0
        self._lists: list[list] = []      # open <ol>/<ul>: [tag, items so far, numbering type]
        self.blocks: list = []
        self.text: list[str] = []       # text outside any table
        self.tables: list[list] = []    # stack of tables, each a list of rows (lists of cells)
        self.cell: list[list[str]] = []  # stack of cell text buffers
        self._depth: list[int] = []      # open cells outside each open table
        self._skip = 0
        self._dls: list[list] = []       # open <dl> outside tables: [first block, [(tag, first block, end)]]

    def _close_cells(self):
        """Close cells left open (HTML allows omitting </td>) in the innermost table."""
        while self.tables and self._depth and len(self.cell) > self._depth[-1]:
            self.tables[-1][-1].append(tidy("".join(self.cell.pop())))

    def _sink(self) -> list[str]:
        return self.cell[-1] if self.cell else self.text

    def _marker(self, attrs: dict) -> str:
        """What a browser shows before a list item: "23. " in an ordered list (its start, type and any
        value= honoured: minutes publish numbered items so), "• " otherwise."""
        if not self._lists or self._lists[-1][0] != "ol":
            return "• "
        current = self._lists[-1]
        value = attrs.get("value") or ""
        current[1] = int(value) if value.isdigit() else current[1] + 1
        n, kind = current[1], current[2]
        if kind in ("a", "A") and 1 <= n <= 26:
            letter = chr(ord("a") + n - 1)
            return f"({letter.upper() if kind == 'A' else letter}) "
        if kind in ("i", "I") and 1 <= n <= 20:
            roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
                     "xvi", "xvii", "xviii", "xix", "xx"][n - 1]
            return f"({roman.upper() if kind == 'I' else roman}) "
        return f"{n}. "

    def _flush_text(self, style: str = ""):
        text = tidy("".join(self.text))
        if style:  # a heading is one paragraph, however it is marked up inside
            text = " ".join(text.split("\n"))
        self.blocks.extend(Paragraph(text=t, style=style) for t in text.split("\n") if t)
        self.text = []

    def handle_starttag(self, tag, attrs):
        if self._chrome:
            if tag == self._chrome[0]:
                self._chrome[1] += 1
            elif tag in _BLOCK_TAGS or tag in ("td", "th", "a"):
                self._chrome[2].append(" ")
            return
        if tag not in _VOID_TAGS and not self._skip and _is_page_chrome(tag, attrs):
            self._chrome = [tag, 1, []]
            return
        if tag == "title":
            self._chrome = [tag, 1, []]
            return
        if tag == "input" and not self._skip and (dict(attrs).get("type") or "").lower() == "checkbox":
            self._sink().append("☑ " if any(name == "checked" for name, _ in attrs) else "☐ ")  # a task list's box
            return
        if tag in _HEADING_TAGS and not self.tables and not self._skip:
            self._flush_text()
            self._heading = _HEADING_TAGS[tag]
            return
        if tag in ("dl", "dt", "dd") and not self.tables and not self._skip:
            self._flush_text()
            if tag == "dl":
                self._dls.append([len(self.blocks), []])
            elif self._dls:
                self._dls[-1][1].append([tag, len(self.blocks), None])
            return
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag == "table":
            if not self.tables:
                self._flush_text()
            self.tables.append([])
            self._depth.append(len(self.cell))
        elif tag == "tr" and self.tables:
            self._close_cells()
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self._close_cells()
            if not self.tables[-1]:
                self.tables[-1].append([])
            self.cell.append([])
        elif tag in ("ol", "ul"):
            values = dict(attrs)
            start = values.get("start") or "1"
            self._lists.append([tag, int(start) - 1 if start.lstrip("-").isdigit() else 0, values.get("type") or "1"])
            self._sink().append("\n")
        elif tag == "li":
            self._sink().append("\n" + self._marker(dict(attrs)))
        elif tag in _BLOCK_TAGS:
            self._sink().append("\n")

    def handle_endtag(self, tag):
        if self._chrome:
            if tag == self._chrome[0]:
                self._chrome[1] -= 1
                if self._chrome[1] <= 0:
                    text = " ".join("".join(self._chrome[2]).split())
                    if text and tag == "title":  # the page's title names the meeting; the rest is the site's
                        self.furniture.append(text)
                    self._chrome = []
            return
        if tag in _HEADING_TAGS and self._heading and not self.tables:
            self._flush_text(style=f"Heading {self._heading}")
            self._heading = 0
            return
        if tag in ("dl", "dt", "dd") and not self.tables and not self._skip:
            self._flush_text()
            if tag != "dl" and self._dls and self._dls[-1][1] and self._dls[-1][1][-1][0] == tag:
                self._dls[-1][1][-1][2] = len(self.blocks)
            elif tag == "dl" and self._dls:
                self._definition_list(*self._dls.pop())
            return
        if tag in ("ol", "ul") and self._lists:
            while self._lists and self._lists.pop()[0] != tag:
                pass  # lists left open inside this one
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th") and self.cell and self.tables:
            self._close_cells()
        elif tag == "table" and self.tables:
            self._close_cells()
            self._depth.pop()
            table = self.tables.pop()
            rows = tuple(tuple(r) for r in table if any(c.strip() for c in r))
            if self.tables and self.cell:  # nested: flatten into the enclosing cell
                self.cell[-1].append("\n" + "\n".join(" | ".join(r) for r in rows) + "\n")
            elif self.tables:
                pass
            elif rows:
                self.blocks.append(Table(rows=rows))
        elif tag in _BLOCK_TAGS:
            self._sink().append("\n")

    def handle_data(self, data):
        if self._chrome:
            self._chrome[2].append(data)
        elif not self._skip:
            self._sink().append(data)

    def _definition_list(self, start: int, parts: list) -> None:
        """A <dl> of labels and values ("Date" / "24 November 2026", "Present" / names, "Action" / "Who" / "When")
        becomes a two-column table of label | value rows, as a Word table of meeting details or of one action
        reads; a single label and value becomes the line "Label: value". A <dl> whose terms are headings
        ("3. Annual report" over its paragraphs) stays paragraphs: each term a heading line, its text after it."""
        blocks = self.blocks[start:]
        rows: list[list[str]] = []
        for tag, first, end in parts:
            inside = self.blocks[first:end if end is not None else len(self.blocks)]
            if any(not isinstance(b, Paragraph) for b in inside):
                return  # a value holding a table or another list of its own
            text = "\n".join(b.text for b in inside)
            if tag == "dt":
                if len(inside) != 1 or len(text) > 40 or re.match(r"^\W*\d", text) or re.search(r"[.;!?]$", text):
                    return
                rows.append([text.rstrip(" :"), ""])
            elif rows and text:
                rows[-1][1] = f"{rows[-1][1]}\n{text}".strip()
        if not rows or not all(value for _, value in rows) or sum(len(b.text) for b in blocks) > 4000:
            return
        if len(rows) == 1:
            self.blocks[start:] = [Paragraph(text=f"{rows[0][0]}: {rows[0][1]}")]
        else:
            self.blocks[start:] = [Table(rows=tuple(tuple(row) for row in rows))]

    def close(self):
        super().close()
        while self.tables:  # unclosed tables in broken HTML
            self.handle_endtag("table")
        self._flush_text()


_EMAIL_HEADER = re.compile(r"^\s*(from|sent|date|to|cc|bcc|subject|importance|attachments?)\s*:\s*\S", re.I)
_MINUTES_LABEL = re.compile(r"^\s*(?:present|attendees|attendance|who was there|in attendance|apologies|agenda)\b", re.I)
_SEPARATOR = re.compile(r"^\s*(?:[-_=*~]{3,}|-+\s*original message\s*-+|begin forwarded message:?)\s*$", re.I)


def _email_wrapper(lines: list[str]) -> int:
    """How many lines at the top are the email the minutes were pasted into: its headers (From, Sent,
    To, Subject ...) and, when a separator line follows within a few lines, the greeting before it."""
    n = 0
    while n < len(lines) and not lines[n].strip():
        n += 1
    start = n
    while n < len(lines) and (_EMAIL_HEADER.match(lines[n]) or (n > start and lines[n][:1] in " \t" and lines[n].strip())):
        n += 1
    if sum(1 for line in lines[start:n] if _EMAIL_HEADER.match(line)) < 2:
        return 0
    for k in range(n, min(n + 12, len(lines))):
        if _SEPARATOR.match(lines[k]):
            return k + 1
        if _MINUTES_LABEL.match(lines[k]):
            break  # the minutes start before any separator: nothing after the headers is only a greeting
    return n


def parse_text(text: str, source: str = "") -> Document:
    """Plain text (tab-separated tables, HTML fragments in cells) -> Document. Minutes pasted into an
    email keep the email's headers and greeting in `furniture`, not in the minutes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = text.split("\n")
    wrapper = _email_wrapper(lines)
    furniture = [line.strip() for line in lines[:wrapper] if line.strip() and not _SEPARATOR.match(line)]
    lines, page_furniture = unlayout(lines[wrapper:])  # text laid out with spaces (pdftotext -layout)
    return Document(blocks=_build_blocks(lines), source=source, kind="text", furniture=furniture + page_furniture)


# A breadcrumb trail the markup does not name: "Home > Committees > Safeguarding Adults Board > Meeting".
_BREADCRUMB = re.compile(r"^\s*(?:home|you are here:?)\s*(?:[>›»/|]\s*[^>›»|]{1,80}){2,}$", re.I)


def parse_html(text: str, source: str = "") -> Document:
    parser = _HtmlDocument()
    parser.feed(text)
    parser.close()
    blocks = [b for b in parser.blocks if not (isinstance(b, Paragraph) and _BREADCRUMB.match(b.text))]
    return Document(blocks=blocks, source=source, kind="html", furniture=parser.furniture)


def looks_like_html_document(text: str) -> bool:
    head = text[:4000].lower()
    return bool(re.search(r"<(html|body|table)\b", head)) and "\t" not in text[:2000].strip("\t\n ")[:200]


def decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def read_text(path: str | Path) -> Document:
    """Read a .txt/.html file. Raises ValueError (with a reason a person can act on) when empty."""
    path = Path(path)
    text = decode(path.read_bytes())
    if not text.strip():
        raise ValueError("the file is empty")
    if path.suffix.lower() in (".html", ".htm") or looks_like_html_document(text):
        document = parse_html(text, source=path.name)
    else:
        document = parse_text(text, source=path.name)
    if not document.blocks:
        raise ValueError("no text found in the file")
    return document
