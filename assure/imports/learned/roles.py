"""Units (paragraph lines, table cell lines) of a Document, and their roles according to a record.

`label(document, record)` gives every unit one of ROLES by matching its text against the record's
fields: item titles -> heading, people -> attendance, actions, action updates, decisions. A unit that
matches nothing is discussion once the first heading has been seen, other before it; text repeated on
several pages and "Page N" lines are other. The same function labels a document from its gold record
(the reference roles) and from the rules' extracted record (the rules' roles), so both are judged alike.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from assure.documents.document import Document, Paragraph

ROLES = ("heading", "attendance", "action", "update", "decision", "discussion", "other")
# Roles the cells of one table row share: an owner, due or status cell belongs to its row's action.
ROW_ROLES = ("attendance", "action", "update", "decision")
FURNITURE_WORDS = 10  # a page header or footer repeated on each page is short; a repeated sentence is not
SHORT_CELL = 6  # words: owner, due date, status or organisation cells, not a discussion
PRIORITY = {"heading": 0, "update": 1, "action": 2, "decision": 3, "attendance": 4}

_WORD = re.compile(r"[a-z0-9]+")
_LETTERS = re.compile(r"[A-Za-z]{2,}")
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "st", "nd", "rd", "th", "end", "of", "w", "c", "next", "meeting", "asap", "ongoing"}
MARKERS = {
    "heading": {"item", "part", "section", "agenda", "minute", "no"},
    "action": {"action", "actions", "to", "by", "lead", "owner", "due", "deadline", "and", "all", "when", "whom"}
    | MONTHS,
    "update": {"action", "actions", "update", "complete", "completed", "closed", "close", "open", "ongoing", "carried",
               "forward", "status", "matters", "arising", "done", "remains", "in", "progress", "see", "item", "ref"}
    | MONTHS,
    "decision": {"agreed", "agreement", "resolved", "decision", "decisions", "that", "it", "was", "approved", "noted"},
    "attendance": {"present", "apologies", "apology", "attendance", "attendees", "in", "also", "chair", "vice", "minutes",
                   "minute", "taker", "notes", "note", "deputy", "deputising", "for", "on", "behalf", "of", "represented",
                   "by", "and", "received", "from", "dr", "cllr", "councillor", "mr", "mrs", "ms", "miss", "det", "supt",
                   "dci", "ds", "di", "insp", "inspector", "superintendent", "p", "a", "d", "x", "dna", "the"},
}


@dataclass(frozen=True)
class Unit:
    """One line of a paragraph or of a table cell, where it sits in the document."""
    text: str
    block: int                 # index of its block in document.blocks
    kind: str                  # "p" (paragraph) or "cell"
    style: str = ""
    page: int | None = None
    row: int = -1              # table row (0 is the first), -1 for paragraphs
    col: int = -1
    ncols: int = 0
    nrows: int = 0
    header: str = ""           # the first row's text in this cell's column
    line: int = 0              # line within the paragraph or cell
    lines: int = 1

    @property
    def scored(self) -> bool:
        """Units with at least two words carry a role worth scoring; single codes ("P", "3", "AB") do not."""
        return len(_LETTERS.findall(self.text)) >= 2


def units(document: Document) -> list[Unit]:
    out = []
    for index, block in enumerate(document.blocks):
        if isinstance(block, Paragraph):
            lines = [line for line in block.text.split("\n") if line.strip()]
            out += [Unit(line.strip(), index, "p", block.style or "", block.page, line=n, lines=len(lines))
                    for n, line in enumerate(lines)]
            continue
        first = block.rows[0] if block.rows else ()
        for r, row in enumerate(block.rows):
            for c, cell in enumerate(row):
                lines = [line for line in cell.split("\n") if line.strip()]
                header = first[c].replace("\n", " ") if c < len(first) else ""
                out += [Unit(line.strip(), index, "cell", "", block.page, r, c, len(row), len(block.rows), header,
                             n, len(lines)) for n, line in enumerate(lines)]
    return out


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def norm(text: str) -> str:
    return " ".join(tokens(text))


@dataclass
class _Field:
    role: str
    text: str          # what must be found in the unit
    allowed: frozenset  # the words a unit of this role may consist of


def _fields(record: dict) -> tuple[list[_Field], list[str]]:
    people = [p for group in ("present", "in_attendance", "apologies")
              for p in (record.get("people") or {}).get(group) or []]
    person_words = set()
    for p in people:
        for key in ("name", "initials", "role", "organisation", "deputising_for"):
            person_words.update(tokens(p.get(key) or ""))
    fields = []
    for item in record.get("items") or []:
        title = item.get("title") or ""
        allowed = frozenset(tokens(title) + tokens(item.get("number") or "") + list(MARKERS["heading"]))
        fields.append(_Field("heading", title, allowed))
    for action in record.get("actions") or []:
        words = tokens(action.get("text") or "") + tokens(action.get("owner_text") or "") + tokens(
            action.get("due_text") or "") + tokens(action.get("due") or "") + tokens(action.get("item") or "")
        for owner in action.get("owners") or []:
            words += tokens(owner)
        fields.append(_Field("action", action.get("text") or "", frozenset(words) | MARKERS["action"]))
    for update in record.get("action_updates") or []:
        words = tokens(update.get("text") or "") + tokens(update.get("status") or "") + tokens(update.get("item") or "")
        fields.append(_Field("update", update.get("text") or "", frozenset(words) | MARKERS["update"]))
    for decision in record.get("decisions") or []:
        fields.append(_Field("decision", decision.get("text") or "",
                             frozenset(tokens(decision.get("text") or "")) | MARKERS["decision"]))
    allowed = frozenset(person_words) | MARKERS["attendance"]
    fields += [_Field("attendance", p["name"], allowed) for p in people if p.get("name")]
    return fields, [norm(p["name"]) for p in people if p.get("name")]


def _match(unit_text: str, field: _Field) -> float:
    """Share of the unit's words the field explains (0 when the field's text is not found in the unit)."""
    a, b = norm(unit_text), norm(field.text)
    if len(a) < 4 or len(b) < 4:
        return 0.0
    threshold = 90 if field.role == "attendance" else 85
    if fuzz.partial_ratio(a, b) < threshold:
        return 0.0
    if len(a) < len(b) and len(a) < 12:  # a tiny unit is a fragment of anything
        return 0.0
    words = a.split()
    return sum(w in field.allowed for w in words) / len(words)


def label(document: Document, record: dict, *, cover: float = 0.6) -> list[str]:
    """The role of every unit of `document` (same order as `units(document)`) according to `record`."""
    all_units = units(document)
    fields, _names = _fields(record)
    roles: list[str | None] = []
    for unit in all_units:
        best, best_key = None, None
        for field in fields:
            share = _match(unit.text, field)
            if share >= cover:
                key = (share, -PRIORITY[field.role])
                if best_key is None or key > best_key:
                    best, best_key = field.role, key
        roles.append(best)
    # Row context: short unmatched cells take the row's role (an action's owner and due cells are the action).
    rows: dict[tuple[int, int], list[int]] = {}
    for i, unit in enumerate(all_units):
        if unit.kind == "cell":
            rows.setdefault((unit.block, unit.row), []).append(i)
    for members in rows.values():
        matched = [i for i in members if roles[i] in ROW_ROLES]
        if not matched:
            continue
        anchor = min(matched, key=lambda i: (PRIORITY[roles[i]], -len(all_units[i].text)))
        for i in members:
            if roles[i] is None and len(tokens(all_units[i].text)) <= SHORT_CELL:
                roles[i] = roles[anchor]
    # Residue: furniture is other; the rest is discussion after the first heading, other before it.
    repeated = Counter(norm(u.text) for u in all_units)
    seen_heading = False
    out = []
    for unit, role in zip(all_units, roles):
        if role == "heading":
            seen_heading = True
        if role is None:
            furniture = repeated[norm(unit.text)] > 1 and len(tokens(unit.text)) <= FURNITURE_WORDS or re.fullmatch(
                r"(page \d+( of \d+)?)", norm(unit.text))
            role = "discussion" if seen_heading and not furniture else "other"
        out.append(role)
    return out
