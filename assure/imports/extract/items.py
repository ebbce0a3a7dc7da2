"""Walk a Document's blocks in order and sort what they hold: meeting labels (Meeting, Date),
attendance, agenda items with their text, and the raw actions found in table columns.

Tables are read in tables.py; headings and header rows are recognised in headings.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assure.documents.document import Document, Paragraph, Table
from assure.imports.extract import people as P
from assure.imports.extract.headings import (  # noqa: F401 - re-exported for tests and callers
    ACTION_SECTION,
    LITTLE_WORD_END,
    NUM,
    cut_title,
    english_half,
    header_map,
    is_letter,
    is_part,
    lettered_heading,
    number_cell,
    parse_heading,
    roman_heading,
    roman_value,
    run_in_heading,
)
from assure.imports.extract.registers import form_runs, register_heading
from assure.imports.extract.tables import TableReader

_IN_TEXT_LABEL = re.compile(r"(?:^|(?<=[\s.;]))(apologies(?: for absence)?(?: (?:were|have been) received)?(?: from)?|"
                            r"in attendance|also present)\s*(?::|(?<=from)\s)\s*", re.I)


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
    decisions: list[dict] = field(default_factory=list)  # from a Decision(s) column: item, text
    decided: list[tuple[str, bool]] = field(default_factory=list)  # lines under a "Decisions log" heading: line,
    # and whether the heading gave decisions only (else "Decisions and actions": only lines worded as decisions)
    sent: str | None = None                              # notes pasted into an email: its Sent/Date header
    covering: list[str] = field(default_factory=list)   # ... and its covering note ("Notes from yesterday's ...")
    signature: list[str] = field(default_factory=list)  # ... and the sender's signature (their partnership)


class Walker(TableReader):
    def __init__(self):
        self.walk = Walk()
        self.current: Item | None = None
        self.category: str | None = None   # attendance list being read
        self.columns: dict[str, int] = {}  # header of the table being continued
        self.width = 0
        self.pending_number: str | None = None
        self.in_action_log = False
        self.decision_log: str | None = None  # the closing section is a decisions log ("only") or both ("mixed")
        self.tables_seen = 0
        self.lettered = False              # the document letters its items (A, B, C ...)
        self.roman = False                 # ... or numbers them I, II, III
        self.agencies = False              # the attendance list is of agencies, their people in brackets
        self.pending_meta: str | None = None  # a "Date" heading whose value is the next line
        self.side_by_side: tuple[str, str] | None = None  # "Present    Apologies": two lists in columns
        self.last_block_table = False      # nothing but tables since the last table (a page break between)

    # -- paragraphs ------------------------------------------------------------------------
    def line(self, text: str, style: str = "") -> None:
        text = english_half(text.strip())
        if not text:
            return
        self.last_block_table = False
        if self.pending_meta:
            label, self.pending_meta = self.pending_meta, None
            if not P.LABEL_RE.match(text) and not parse_heading(text):
                self._meta(label, text)
                self.walk.preamble.append(text)
                return
        if self.pending_number:
            number, self.pending_number = self.pending_number, None
            return self._new_item(number, text)
        lead = P.LABEL_RE.match(text)  # "In attendance:" holds "attendance:" – not a second label
        inline = P._INLINE_LABEL.search(text, max(1, lead.end() if lead else 1)) if not self.walk.items else None
        if inline and text[:inline.start()].strip() and not self.category:
            # "Date: 9 May 2022 Present: A (AB); ..." joined into one line by the PDF reader.
            self.line(text[:inline.start()], style)
            return self.line(text[inline.start():], style)
        pair = _two_labels(text) if not self.walk.items else None
        if pair:
            self.category, self.side_by_side, self.agencies = pair[0], pair, False
            return
        label = P.LABEL_RE.match(text)
        if label and not parse_heading(text):
            cat = next(c for c in (P.PRESENT, P.IN_ATTENDANCE, P.APOLOGIES) if label.group(c))
            rest = text[label.end():].strip()
            agencies = bool(P.AGENCY_LABEL.search(label.group(0)))  # "Agencies represented:"
            found = P.people_from_text(rest, cat, agencies) if rest else []
            bare_minutes = not rest and (label.group(P.IN_ATTENDANCE) or "").lower().startswith("minute")
            if (found or not rest or P._NOT_PEOPLE.match(rest)) and not bare_minutes:  # "MINUTES" is a title
                self.category, self.agencies = cat, agencies
                self.walk.people.extend(found)
                return
            # "Minutes: 5th October 2023" is a heading, not a minute taker.
        meta = re.match(r"^\s*(date(?:\s*(?:&|and)\s*time)?(?: of meeting)?|time|venue|location|place|when|where|"
                        r"meeting(?: name| title)?|name of meeting|chair(?:ed by)?)\s*:\s*(.+)$", text, re.I)
        if meta and not self.walk.items:
            self._meta(meta.group(1), meta.group(2))
            return
        bare = re.fullmatch(r"(date(?: of meeting)?|time|venue|location|place|when|where)\s*:?", text, re.I)
        if bare and not self.walk.items and not self.category:
            self.pending_meta = bare.group(1)  # "Date" as a heading, the date on the line below
            return
        notes = re.match(r"^\s*(notes?(?: taken by| by)?|note[- ]?taker|minutes taken by|clerk(?:ed by)?)\s*:\s*(.+)$", text, re.I)
        takers = P.note_takers(notes.group(1).replace("minutes taken by", "notes taken by"), notes.group(2)) \
            if notes and not self.walk.items else []
        if takers:  # "Notes: Holly Dunne, Business Support" in the heading lines: who took the notes
            self.walk.people.extend(takers)
            return
        alone = re.fullmatch(rf"\[?\s*(?:(?:agenda\s+)?item\s*)?({NUM})\s*\]?[.):]?", text, re.I)
        if alone and not self.category:  # "3." / "Agenda item 3" / "[Item 3]" on its own line, the title below
            self.pending_number = alone.group(1).rstrip(".")
            return
        heading = parse_heading(text, style) or run_in_heading(text, self.walk.items, self.current) \
            or (lettered_heading(text, style) if self.lettered else None) \
            or (roman_heading(text, style) if self.roman else None)
        if heading and self.category and P.parse_entry(heading[1]) and not self.walk.items:
            heading = None  # "1. Jo Bloggs – Chair": a numbered attendance list, not item 1
        if heading and self._accept(heading[0]):
            self._new_item(*heading)
            rest = text[text.find(heading[1]) + len(heading[1]):].lstrip(" .").strip(" :-–—") if heading[1] else ""
            if rest and self.current and self.current.title == heading[1]:
                self._text(rest)  # "Date of next meeting: 14.07.25": the date is the item's first line
            return
        own_list = self.current and re.fullmatch(r"(?:(?:agreed |new )?actions?( agreed| arising| points?| items?)?):", text,
                                                 re.I)  # "Action points:" under an item: this item's actions
        tasks = "heading" in style.lower() and _TASK_HEADING.fullmatch(text)  # a meetings app's or wiki's task list
        register = register_heading(text)  # a closing register ("Action register – by lead officer") is no item
        if (ACTION_SECTION.match(text) or tasks or register is not None) and not own_list:
            self.in_action_log, self.current, self.category = True, None, None
            self.decision_log = None if not re.search(r"decision", text, re.I) else \
                "only" if not re.search(r"action", text, re.I) else "mixed"
            if register:
                self._text(register)  # its first sub-heading, joined on by a PDF reader
            return
        if self.category and self.side_by_side and self._side_by_side(text):
            return
        if self.category:
            found = P.people_from_text(text, self.category, self.agencies)
            if found:
                self.walk.people.extend(found)
                return
            if len(text.split()) <= 6 and not text.endswith("."):
                return  # a sub-heading inside the list (an organisation's name)
            self.category = None
        if self.current and len(self.walk.items) <= 2:
            self._attendance_in_text(text)
        self._text(text)

    def _side_by_side(self, text: str) -> bool:
        """A line under "Present    Apologies" (a PDF or text layout of two columns, the spacing lost): two
        people on a line are one of each list; once a line holds one person the shorter column has ended,
        and the rest are the first (longer) list's."""
        entries = P.split_entries(text)
        people = [P.parse_entry(e) for e in entries]
        if len(people) == 2 and all(people) and self.side_by_side[1]:
            for cat, entry in zip(self.side_by_side, entries):
                self.walk.people.extend(P.people_from_text(entry, cat))
            return True
        self.side_by_side = (self.side_by_side[0], None)  # the second column has ended
        return False

    def _attendance_in_text(self, text: str) -> None:
        """"AK welcomed members. Apologies: Ruth Gann (Probation), Cllr Terry Blake." in the first items."""
        for m in _IN_TEXT_LABEL.finditer(text):
            category = P.label_category(m.group(1))
            sentence = re.split(r"(?<=[.;])\s+(?=[A-Z][a-z]*\s+[a-z])", text[m.end():])[0].strip()
            if category and sentence:
                self.walk.people.extend(P.people_from_text(sentence.rstrip("."), category))

    def _text(self, text: str) -> None:
        if self.current:
            self.current.lines.append(text)
        elif self.in_action_log:
            self.walk.tail.append(text)
            if self.decision_log:
                self.walk.decided.append((text, self.decision_log == "only"))
        else:
            self.walk.preamble.append(text)

    def _meta(self, label: str, value: str) -> None:
        label = label.lower()
        key = "date" if "date" in label or label == "when" else "chair" if "chair" in label else "time" if label == "time" \
            else "venue" if label in ("venue", "location", "place", "where") else "meeting"
        self.walk.meta.setdefault(key, value.strip())
        if key == "chair":
            for _, person in P.people_from_text(value, P.PRESENT):
                if "chair" not in (person["role"] or "").lower():
                    person["role"] = f"{person['role']}, Chair" if person["role"] else "Chair"
                self.walk.people.append((P.PRESENT, person))

    def _accept(self, number: str) -> bool:
        """Item numbers climb: a numbered list inside the discussion restarting at 1 is not an item."""
        if self.roman and roman_value(number):  # I, II, III ... in turn
            romans = [roman_value(i.number) or 0 for i in self.walk.items]
            return roman_value(number) == (max(romans) + 1 if romans else 1)
        if is_part(number):
            return True
        lettered = [i for i in self.walk.items if is_letter(i.number)]
        if is_letter(number):  # A, B, C ... in turn, and only where no item is numbered
            expected = chr(ord(lettered[-1].number) + 1) if lettered else "A"
            return self.lettered and number == expected and not any(i.number[:1].isdigit() for i in self.walk.items)
        if lettered:
            return False  # "1." under item A is the item's own list
        top = int(re.match(r"\d+", number).group(0))
        numbered = [i for i in self.walk.items if i.number[:1].isdigit()]
        if not numbered:
            return True
        last = int(re.match(r"\d+", numbered[-1].number).group(0))
        if "." in number.rstrip("."):
            return last <= top <= last + 8 and number != numbered[-1].number
        return last < top <= last + 8

    def _new_item(self, number: str, title: str) -> None:
        self.category, self.in_action_log, self.side_by_side = None, False, None
        existing = next((i for i in self.walk.items if i.number == number), None)
        if existing:  # the same item again (a heading repeated on a new page)
            self.current = existing
            return
        self.current = Item(number, title)
        self.walk.items.append(self.current)

    def action_form(self, found: list[dict], lines: list[str]) -> None:
        """Actions given as a form (Action / Who / When, a label to a line or a row): the open item's. Its lines
        stay in the item's minute too (the minutes are the record)."""
        context = "\n".join(self.current.lines) if self.current else ""
        for line in lines:
            self._text(line)
        for raw in found:
            self.walk.actions.append({**raw, "item": self.current.number if self.current else None,
                                      "context": context,
                                      "source": f"form{len(self.walk.actions)}", "earlier": False})

    # -- tables ----------------------------------------------------------------------------
    def table(self, table: Table) -> None:
        self.pending_meta = None  # a "Date" heading over a table gives no value of its own
        across = _one_action_across(table)
        super().table(across)
        self.last_block_table = True
        if across is not table:  # one action, complete: no later table continues it over a page break
            self.columns, self.width = {}, 0


def _one_action_across(table: Table) -> Table:
    """One action written down the page ("Action | Amend the report", "Who | TO", "When | by 18 December"):
    a label and value a row, as a Word table or a web page's definition list gives it. Turned across (the
    labels a header row, the values one row under it) it is an action table like any other."""
    rows = [r for r in table.rows if any(c.strip() for c in r)]
    if not 2 <= len(rows) <= 6 or any(len(r) != 2 for r in rows):
        return table
    labels = tuple(r[0].strip().rstrip(":").strip() for r in rows)
    roles = header_map(labels)
    if "action" not in roles or not {"owner", "due"} & set(roles) or {"text", "number", "name"} & set(roles) \
            or len(roles) < len(labels) - 1 or any(len(label) > 30 for label in labels):
        return table
    return Table(rows=(labels, tuple(r[1] for r in rows)), page=table.page)


_TASK_HEADING = re.compile(r"(?:follow[- ]up (?:tasks|actions|items)|tasks|to-?dos?|next steps|actions? items?)\s*:?", re.I)
_EMAIL_HEADER = re.compile(r"^\s*(from|sent|to|cc|bcc|subject|date|importance|attachments?)\s*:", re.I)
_EMAIL_SEPARATOR = re.compile(r"^\s*(?:[-_=*]{3,}|-+\s*original message\s*-+|-+\s*forwarded message\s*-+|begin forwarded message:?)\s*$",
                              re.I)
_GREETING = re.compile(r"^\s*(hi|hello|dear|good (morning|afternoon)|morning|afternoon)\b", re.I)
_MINUTES_HEADING = re.compile(r"\b(minutes|notes|board|partnership|sub-?group|group|committee|panel|forum|executive)\b", re.I)
_SIGN_OFF = re.compile(r"^\s*(kind(est)? regards|best wishes|best regards|regards|many thanks|thanks( again)?|thank you|"
                       r"cheers|warm regards|with thanks)\s*[,.!]?\s*(?:[A-Z][a-z]+)?\s*$", re.I)
_LITTLE_WORD_END = LITTLE_WORD_END


def continues(before: str, line: str) -> bool:
    """A line that continues the one before (a hard line wrap, "RP asked that the" / "health section ..."):
    that one stops without punctuation on a little word, or this one starts in lower case. Numbered headings,
    labels, bullets and lines after a full stop stay lines of their own."""
    return bool(before and line) and not re.search(r"[.:;!?]$", before) and line[:1] not in "•-–*·▪(" \
        and not re.match(r"^\d", line) and (line[:1].islower() or bool(_LITTLE_WORD_END.search(before))) \
        and not parse_heading(before) and not P.LABEL_RE.match(before)


def unwrap(text: str) -> list[str]:
    """A paragraph's lines with hard line wraps undone (see `continues`)."""
    out: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if out and continues(out[-1], stripped):
            out[-1] = f"{out[-1]} {stripped}"
        else:
            out.append(stripped)
    return out


def _email_lines(blocks, headers_aside: bool = False) -> tuple[set[int], int]:
    """Notes pasted from an email: the header lines (From, Sent, To, Subject), the covering note up to a
    separator line ("-----") and the sign-off at the end are the email's, not the minutes'. Returns the
    indexes of the paragraphs to skip and, for a sign-off, where it starts (len(blocks) when none)."""
    firsts = [(n, b.text.strip()) for n, b in enumerate(blocks[:12]) if isinstance(b, Paragraph) and b.text.strip()]
    headers = [n for n, text in firsts[:6] if _EMAIL_HEADER.match(text)]
    if headers_aside and len(headers) < 2:  # the reader set the headers aside: only the sign-off to find
        return set(), _sign_off(blocks, -1, 25)
    if len(headers) < 2 or not re.match(r"^\s*(from|to|subject)\b", " ".join(t for _, t in firsts[:6]), re.I) \
            or not any(re.match(r"^\s*(from|sent)\s*:", t, re.I) for _, t in firsts[:6]):
        return set(), len(blocks)
    skip = set(headers)
    last_header = max(headers)
    separator = next((n for n, b in enumerate(blocks[:40]) if n > last_header and isinstance(b, Paragraph)
                      and _EMAIL_SEPARATOR.match(b.text)), None)
    if separator is not None:
        # "Who was there:" / "Apologies: ..." before the separator belong to the minutes, not the note.
        labelled = next((n for n in range(last_header + 1, separator) if isinstance(blocks[n], Paragraph)
                         and P.LABEL_RE.match(blocks[n].text.strip())), separator + 1)
        skip.update(range(last_header + 1, labelled))
        if labelled < separator:
            skip.add(separator)
    else:  # "Hi all," and a covering note, then the minutes' own heading
        start = next((n for n in range(last_header + 1, min(len(blocks), last_header + 4))
                      if isinstance(blocks[n], Paragraph) and blocks[n].text.strip()), None)
        if start is not None and _GREETING.match(blocks[start].text):
            heading = next((n for n in range(start + 1, min(len(blocks), start + 10)) if isinstance(blocks[n], Paragraph)
                            and _MINUTES_HEADING.search(blocks[n].text) and not blocks[n].text.strip().endswith(".")), None)
            if heading is not None:
                skip.update(range(last_header + 1, heading))
    return skip, _sign_off(blocks, separator or last_header, 8)


def _sign_off(blocks, after: int, within: int) -> int:
    """Where the email's sign-off ("Thanks", "Kind regards, Jo") starts among its last paragraphs."""
    for n in range(len(blocks) - 1, max(len(blocks) - within, after), -1):
        block = blocks[n]
        if isinstance(block, Paragraph) and _SIGN_OFF.match(block.text.split("\n")[0]):
            return n
    return len(blocks)


def _two_labels(text: str) -> tuple[str, str] | None:
    """"Present    Apologies" / "Attendees  Apologies:": two attendance labels heading two columns."""
    words = re.split(r"\s*:?\s+", text.strip().rstrip(":"), maxsplit=1) if len(text) <= 40 else []
    if len(words) != 2:
        return None
    cats = [P.label_category(w) for w in words]
    if not all(cats) or cats[0] == cats[1] or not all(P.is_bare_label(w) for w in words):
        return None
    return cats[0], cats[1]


def _letters_items(blocks) -> bool:
    """Items lettered A, B, C ...: both an "A." and a "B." heading open a line or a table cell."""
    letters = set()
    for block in blocks:
        texts = block.text.split("\n") if isinstance(block, Paragraph) else [c for r in block.rows for c in r[:2]]
        for text in texts:
            found = lettered_heading(text)
            if found:
                letters.add(found[0])
    return {"A", "B"} <= letters


def _numbers_items_in_roman(blocks) -> bool:
    """Items numbered I, II, III ...: both an "I." and a "II." heading open a line."""
    found = {roman_heading(text)[0] for block in blocks if isinstance(block, Paragraph)
             for text in block.text.split("\n") if roman_heading(text)}
    return {"I", "II"} <= found


def walk(document: Document) -> Walk:
    walker = Walker()
    walker.lettered = _letters_items(document.blocks)
    walker.roman = not walker.lettered and _numbers_items_in_roman(document.blocks)
    furniture = [str(f) for f in getattr(document, "furniture", None) or []]
    headers_aside = sum(1 for f in furniture if _EMAIL_HEADER.match(f)) >= 2 \
        and any(re.match(r"^\s*(from|subject)\s*:", f, re.I) for f in furniture)
    skip, end = _email_lines(document.blocks, headers_aside)
    for n in sorted(skip):
        block = document.blocks[n]
        if not isinstance(block, Paragraph):
            continue
        sent = re.match(r"^\s*(?:sent|date)\s*:\s*(.+)$", block.text.strip(), re.I)
        if sent:
            walker.walk.sent = walker.walk.sent or sent.group(1).strip()
        elif not _EMAIL_HEADER.match(block.text):
            walker.walk.covering.extend(unwrap(block.text))
    for block in document.blocks[end:]:
        if isinstance(block, Paragraph):
            walker.walk.signature.extend(ln for ln in unwrap(block.text) if ln)
    if not walker.walk.sent and headers_aside:
        # the reader set the email's headers aside as furniture
        walker.walk.sent = next((m.group(1).strip() for f in furniture
                                 for m in [re.match(r"^\s*(?:sent|date)\s*:\s*(.+)$", f, re.I)] if m), None)
    pending: list = []  # the last line read and its style, held back in case the next paragraph continues it
    texts = [b.text.strip() if isinstance(b, Paragraph) and "\n" not in b.text.strip() else "" for b in document.blocks[:end]]
    forms = {start: (stop, found) for start, stop, found in form_runs(texts)}  # "Action" / text / "Who" / "TO" ...
    form_end = 0
    for n, block in enumerate(document.blocks[:end]):
        if n in skip or n < form_end:
            continue
        if n in forms:
            if pending:
                walker.line(*pending)
                pending = []
            form_end, found = forms[n]
            walker.action_form(found, texts[n:form_end])
            continue
        if isinstance(block, Paragraph):
            for line in unwrap(block.text):
                # Text and PDF readers give each printed line as a paragraph: rejoin hard-wrapped sentences.
                if pending and document.kind in ("text", "pdf", "") and continues(pending[0], line):
                    pending[0] = f"{pending[0]} {line}"
                    continue
                if pending:
                    walker.line(*pending)
                pending = [line, block.style]
        else:
            if pending:
                walker.line(*pending)
                pending = []
            walker.table(block)
    if pending:
        walker.line(*pending)
    return walker.walk
