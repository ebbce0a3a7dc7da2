"""Walk a Document's blocks in order and sort what they hold: meeting labels (Meeting, Date),
attendance, agenda items with their text, and the raw actions found in table columns.

Tables are read by their header row (Item | Discussion | Action | Owner, By whom | By when...);
a table without a header continues the previous one (page breaks), rows short of cells being
right-aligned because converters drop the empty item-number cell, not the trailing ones.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assure.imports.document import Document, Paragraph, Table
from assure.imports.extract import people as P
from assure.imports.extract.actions import actions_from_cells, looks_like_owner_cell

_NUM = r"\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?"
_HEADING = re.compile(rf"^(?:(?:agenda\s+)?item\s*(?:no\.?\s*)?)?({_NUM})(?:[.):]|\s*[-–—])?\s+(\S.*)$", re.I)
_PART = re.compile(r"^(Part\s+(?:\d{1,2}|[A-Z]|[IVX]+))\b\s*[.:\-–—]?\s*(.*)$")
_NUMBER_CELL = re.compile(rf"^(?:(?:agenda\s+)?item\s*(?:no\.?\s*)?)?({_NUM}|Part\s+\w+)[.):]?(?:\s*[-–—:]?\s+(\S.*))?$",
                          re.I | re.S)
_NOT_TITLE = re.compile(r"^((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|am|pm|hrs|x|mins?|years?|weeks?|days?|"
                        r"months?|children|people|cases|per ?cent)\b|^%", re.I)
_META_LABEL = re.compile(r"^\s*(meeting(?: name| title)?|name of meeting|title|board|group|committee|date(?:\s*(?:&|and)\s*time)?(?: of meeting)?|time and date|"
                         r"meeting date|time|venue|location|place|chair(?:ed by)?|chairperson)\s*[:\-–]?\s*$", re.I)
_ACTION_SECTION = re.compile(r"^(summary of |schedule of )?actions?\s*(log|arising|summary|tracker|list|table|"
                             r"agreed)?\s*:?$", re.I)
_REPORT_VERBS = r"(advised|reported|shared|presented|provided|informed|explained|noted|gave|updated|confirmed|said|stated|welcomed|introduced)"


@dataclass
class Item:
    number: str
    title: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Walk:
    meta: dict = field(default_factory=dict)            # "meeting"/"date"/... -> text as written
    people: list[tuple[str, dict]] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)   # text before the first item
    items: list[Item] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)   # raw: item, text, owner_text, due, status
    tail: list[str] = field(default_factory=list)       # text after an "Action log" heading


def header_map(row) -> dict[str, int]:
    """Column roles from a header row; empty when the row is not a header."""
    found: dict[str, int] = {}
    patterns = [
        ("owner", r"\b(owners?|by whom|who|leads?|responsible|responsibility|action by|assigned to|action owner|"
                  r"officer|person)\b"),
        ("due", r"\b(by when|when|due|deadline|target date|timescales?|completion date|target)\b|^date$"),
        ("status", r"\b(status|progress|rag|update|outcome|position)\b"),
        ("action", r"\bactions?\b"),
        ("name", r"^(name|attendee|member|members|representative)$"),
        ("number", r"^(item|no|ref|number|#|minute|min|item no|item number|ref no|agenda item no|action no|action ref)$"),
        ("title", r"^(agenda item|title|topic|subject|item title|agenda)$"),
        ("text", r"\b(discussion|minutes?|notes?|summary|details?|narrative|record|key points|description|"
                 r"comments?|decisions?|matters?)\b"),
        ("organisation", r"\b(organi[sz]ation|agency|representing|service)\b"),
        ("role", r"\b(role|position|job title|designation)\b"),
        ("initials", r"\binitials\b"),
        ("attendance", r"\b(attendance|attended|present|apologies)\b"),
    ]
    for i, cell in enumerate(row):
        text = re.sub(r"\(.*?\)", "", cell.lower())
        text = re.sub(r"[^\w/# ]+", " ", text).strip()
        if not text or len(text) > 40:
            continue
        for role, pattern in patterns:
            if re.search(pattern, text):
                if role == "number" and "number" in found and "title" not in found:
                    role = "title"
                if role not in found:
                    found[role] = i
                    break
    kinds = set(found)
    if {"name"} & kinds or ({"action", "text", "number"} & kinds and len(kinds) >= 2):
        return found
    return {}


def parse_heading(text: str, style: str = "") -> tuple[str, str] | None:
    """"3. Finance update" / "Item 2.1 – Rapid reviews" / "Part 1: ..." -> (number, title)."""
    text = text.strip()
    m = _PART.match(text)
    if m:
        return m.group(1), m.group(2).strip()
    m = _HEADING.match(text)
    if not m or _NOT_TITLE.match(m.group(2)):
        return None
    number, title = m.group(1), m.group(2).strip()
    words = len(title.split())
    if "." in number and (words > 14 or title.endswith(".")) and "heading" not in style.lower():
        return None  # a numbered paragraph of discussion, not a sub-item
    if words > 25 and "heading" not in style.lower():
        return None
    return number, title


def number_cell(cell: str) -> tuple[str, str] | None:
    """An item-number cell ("3.", "2.1", "Part 1", "4. Finance") -> (number, title as written).
    "5 years. LY added..." (text that starts with a number) is not one."""
    m = _NUMBER_CELL.match(cell or "")
    if not m:
        return None
    rest = (m.group(2) or "").strip()
    first = rest.split("\n")[0]
    if rest and (_NOT_TITLE.match(rest) or len(first) > 160 or re.match(r"^[a-z]", rest)):
        return None
    return m.group(1), first


def cut_title(text: str) -> tuple[str, str]:
    """A title cell that runs into the discussion: split it at the first reporting sentence."""
    first, _, rest = text.partition("\n")
    if first.lstrip().startswith("•") or re.match(rf"^(?:{P.NAME}|[A-Z]{{2,4}})\s+{_REPORT_VERBS}\b", first):
        return "", text
    m = re.search(rf"\s(?=(?:{P.NAME}|[A-Z]{{2,4}})\s+{_REPORT_VERBS}\b)", first) or re.search(r"\s•\s", first)
    if m and m.start() > 0:
        return first[:m.start()].strip(), (first[m.end():] + "\n" + rest).strip()
    return first.strip(), rest.strip()


class Walker:
    def __init__(self):
        self.walk = Walk()
        self.current: Item | None = None
        self.category: str | None = None   # attendance list being read
        self.columns: dict[str, int] = {}  # header of the table being continued
        self.width = 0
        self.pending_number: str | None = None
        self.in_action_log = False
        self.tables_seen = 0

    # -- paragraphs ------------------------------------------------------------------------
    def line(self, text: str, style: str = "") -> None:
        text = text.strip()
        if not text:
            return
        if self.pending_number:
            number, self.pending_number = self.pending_number, None
            return self._new_item(number, text)
        label = P.LABEL_RE.match(text)
        if label and not parse_heading(text):
            cat = next(c for c in (P.PRESENT, P.IN_ATTENDANCE, P.APOLOGIES) if label.group(c))
            rest = text[label.end():].strip()
            found = P.people_from_text(rest, cat) if rest else []
            if found or not rest or P._NOT_PEOPLE.match(rest):
                self.category = cat
                self.walk.people.extend(found)
                return
            # "Minutes: 5th October 2023" is a heading, not a minute taker.
        meta = re.match(r"^\s*(date(?:\s*(?:&|and)\s*time)?|time|venue|location|meeting|chair)\s*:\s*(.+)$", text, re.I)
        if meta and not self.walk.items:
            self._meta(meta.group(1), meta.group(2))
            return
        if re.fullmatch(rf"(?:item\s*)?({_NUM})[.):]?", text, re.I) and not self.category:
            self.pending_number = re.sub(r"(?i)^item\s*", "", text).rstrip(".):")
            return
        heading = parse_heading(text, style)
        if heading and self._accept(heading[0]):
            return self._new_item(*heading)
        if _ACTION_SECTION.match(text) and not (self.current and re.fullmatch(r"(actions?( agreed| arising)?):", text, re.I)):
            self.in_action_log, self.current, self.category = True, None, None
            return
        if self.category:
            found = P.people_from_text(text, self.category)
            if found:
                self.walk.people.extend(found)
                return
            if len(text.split()) <= 6 and not text.endswith("."):
                return  # a sub-heading inside the list (an organisation's name)
            self.category = None
        self._text(text)

    def _text(self, text: str) -> None:
        if self.current:
            self.current.lines.append(text)
        elif self.in_action_log:
            self.walk.tail.append(text)
        else:
            self.walk.preamble.append(text)

    def _meta(self, label: str, value: str) -> None:
        label = label.lower()
        key = "date" if "date" in label else "chair" if "chair" in label else "time" if label == "time" else \
            "venue" if label in ("venue", "location", "place") else "meeting"
        self.walk.meta.setdefault(key, value.strip())
        if key == "chair":
            self.walk.people.extend((P.PRESENT, p) for _, p in P.people_from_text(value, P.PRESENT))

    def _accept(self, number: str) -> bool:
        """Item numbers climb: a numbered list inside the discussion restarting at 1 is not an item."""
        if number.lower().startswith("part"):
            return True
        top = int(re.match(r"\d+", number).group(0))
        numbered = [i for i in self.walk.items if i.number[:1].isdigit()]
        if not numbered:
            return True
        last = int(re.match(r"\d+", numbered[-1].number).group(0))
        if "." in number.rstrip("."):
            return last <= top <= last + 8 and number != numbered[-1].number
        return last < top <= last + 8

    def _new_item(self, number: str, title: str) -> None:
        self.category, self.in_action_log = None, False
        existing = next((i for i in self.walk.items if i.number == number), None)
        if existing:  # the same item again (a heading repeated on a new page)
            self.current = existing
            return
        self.current = Item(number, title)
        self.walk.items.append(self.current)

    # -- tables ----------------------------------------------------------------------------
    def table(self, table: Table) -> None:
        self.tables_seen += 1
        rows = [tuple(c.strip() for c in r) for r in table.rows if any(c.strip() for c in r)]
        if not rows:
            return
        if self._label_table(rows) or self._category_columns(rows):
            return
        columns = header_map(rows[0])
        if columns:
            self.columns, self.width = columns, len(rows[0])
            rows = rows[1:]
        elif self.columns and max(len(r) for r in rows) <= self.width:
            pass  # continues the previous table after a page break
        else:
            self.columns, self.width = self._guess_columns(rows), max(len(r) for r in rows)
        if not self.columns:
            for row in rows:
                for cell in row:
                    for text in cell.split("\n"):
                        self.line(text)
            return
        if "name" in self.columns:
            return self._attendance_rows(rows)
        for row in rows:
            self._row(self._align(row))

    def _guess_columns(self, rows) -> dict[str, int]:
        if self.category and not any(number_cell(r[0]) for r in rows):
            return {"name": 0, **{f"detail{i}": i for i in range(1, max(len(r) for r in rows))}}
        numbered = [r for r in rows if r and number_cell(r[0])]
        width = max(len(r) for r in rows)
        if width < 2 or len(numbered) < max(1, len(rows) // 4):
            return {}
        guess = {"number": 0, "text": 1}
        if width == 3:
            short = all(len(r[2]) <= 40 for r in rows if len(r) > 2)
            guess["owner" if short else "action"] = 2
        elif width >= 4:
            guess.update(action=2, owner=3)
            if width >= 5:
                guess["due"] = 4
        return guess

    def _align(self, row) -> tuple[str, ...]:
        if len(row) >= self.width:
            return row
        pad = ("",) * (self.width - len(row))
        return row + pad if number_cell(row[0]) else pad + row

    def _label_table(self, rows) -> bool:
        """Two-column "Meeting | ...", "Date | ...", "Present | ..." tables (rows may continue)."""
        labelled = [r for r in rows[:8] if r[0] and (P.LABEL_RE.match(r[0].rstrip(":") + ":")
                                                      or _META_LABEL.match(r[0]))]
        if not labelled or len(labelled) < min(2, len(rows)) or max(len(r) for r in rows) > 4:
            return False
        category = None
        for row in rows:
            if len(row) == 4 and _META_LABEL.match(row[2]):  # "Date | 1 May | Time | 10am"
                self._meta(row[2].rstrip(": "), row[3])
                row = row[:2]
            label, value = row[0], "\n".join(c for c in row[1:] if c)
            if _META_LABEL.match(label):
                self._meta(label.rstrip(": "), value)
                category = None
                continue
            cat = P.label_category(label) if label else None
            if cat:
                category = cat
            elif label and category and P.parse_entry(label) and all("\n" not in c for c in row):
                value = ", ".join(c for c in row if c)  # "Jo Bloggs | Council": one person, one row
            elif label:
                value = "\n".join(c for c in row if c)
            if category:
                self.walk.people.extend(P.people_from_text(value, category))
            else:
                self._text(value)
        return True

    def _category_columns(self, rows) -> bool:
        """"Present | Apologies" as a header, each column a list of people."""
        labels = [P.label_category(c) if c else None for c in rows[0]]
        if sum(1 for c in rows[0] if c) < 2 or not all(lab for lab, c in zip(labels, rows[0]) if c):
            return False
        for row in rows[1:]:
            for cat, cell in zip(labels, row):
                if cat and cell:
                    self.walk.people.extend(P.people_from_text(cell, cat))
        return True

    def _attendance_rows(self, rows) -> None:
        """Name | Role | Organisation (| P/A/D) rows; a row holding only "Apologies" changes the list."""
        group: list = []
        for row in rows:
            cat = P.label_category(row[0]) if row[0] and not any(row[1:]) else None
            if cat:
                self._attendance_group(group)
                group, self.category = [], cat
            else:
                group.append(row)
        self._attendance_group(group)

    def _attendance_group(self, rows) -> None:
        if not rows:
            return
        c = self.columns
        code = c.get("attendance")
        if code is None:  # a grid of P/A/D codes, one column per meeting: read the last one used
            code = next((i for i in range(self.width - 1, 0, -1) if self._all_codes(rows, i)), None)
        coded = {i for i in range(self.width) if self._all_codes(rows, i)}
        details = [i for i in range(self.width) if i not in (c["name"], code) and i not in coded]
        self.walk.people.extend(P.people_from_grid(rows, c["name"], code, details, self.category or P.PRESENT))

    @staticmethod
    def _all_codes(rows, i: int) -> bool:
        values = [r[i].strip().lower() for r in rows if i < len(r) and r[i].strip()]
        return bool(values) and all(v.split(" ")[0].strip(".") in P._CODES for v in values)

    def _row(self, row) -> None:
        c = self.columns
        get = lambda key: row[c[key]] if key in c and c[key] < len(row) else ""  # noqa: E731
        first_cell, text = get("number") or ("" if "number" in c else get("title")), get("text")
        action, owner, due, status = get("action"), get("owner"), get("due"), get("status")
        item = self.current.number if self.current else None
        m = number_cell(first_cell) if first_cell else None
        if m and not self.in_action_log and not ("action" in c and "text" not in c):
            title = (m[1] or get("title") or "").strip()
            if not title and text:
                title, text = cut_title(text)
            if self._accept(m[0]) or any(i.number == m[0] for i in self.walk.items):
                self._new_item(m[0], title)
                item = m[0]
        elif m:
            item = m[0]
        elif first_cell:
            self._text(first_cell)
        if "text" not in c and get("title") and not m:
            self._text(get("title"))
        for line in text.split("\n"):
            self._text(line) if line.strip() else None
        if owner and not action and not looks_like_owner_cell(owner) and len(owner) > 40:
            action, owner = owner, ""  # an "Action/Owner" column holding "AB to ..."
        if not action and owner and "action" not in c and text:
            action = text.split("\n")[-1]  # "Notes | Action by": the owner acts on the last paragraph
        elif action and not owner and "owner" not in c and looks_like_owner_cell(action):
            action, owner = text.split("\n")[-1] if text else "", action  # an "Action" column of initials
        last = self.walk.actions[-1] if self.walk.actions else None
        if last and last.get("source") == f"table{self.tables_seen}" and not m and action[:1].islower() \
                and "\n" not in action and (not owner or not last.get("owner_text")):
            # A wrapped cell that the PDF reader returned as an extra row.
            last["text"] = f"{last['text']} {action}"
            last["owner_text"] = last.get("owner_text") or owner or None
            return
        for raw in actions_from_cells(action, owner, due):
            raw.update(item=item, status=status or None, context=text, source=f"table{self.tables_seen}")
            self.walk.actions.append(raw)


def walk(document: Document) -> Walk:
    walker = Walker()
    for block in document.blocks:
        if isinstance(block, Paragraph):
            for line in block.text.split("\n"):
                walker.line(line, block.style)
        else:
            walker.table(block)
    return walker.walk
