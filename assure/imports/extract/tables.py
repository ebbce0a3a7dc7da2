"""Tables of minutes, read by their header row (Item | Discussion | Action | Owner, By whom / By
when, Name | Organisation | P/A/D ...). A table without a header continues the previous one (page
breaks); rows short of cells are right-aligned, converters dropping the empty item-number cell.
"""
from __future__ import annotations

import re

from assure.documents.document import Table
from assure.imports.extract import people as P
from assure.imports.extract.actions import actions_from_cells, looks_like_owner_cell, split_action_cell
from assure.imports.extract.headings import (
    LITTLE_WORD_END,
    META_LABEL,
    cut_title,
    header_map,
    lettered_heading,
    number_cell,
)
from assure.imports.extract.registers import action_forms, dashed_entry, form_label

_MARKED = re.compile(r"\bACTIONS?\b|^(?i:actions?)\s*[:\-–]")


def _acted_on(text: str) -> str:
    """The paragraph of a discussion cell that an owner-only column refers to."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    marked = [ln for ln in lines if re.search(r"\bACTIONS?\b|^actions?\s*[:\-–]", ln, re.I)]
    line = (marked or lines or [""])[-1]
    return re.sub(r"^.*?\bactions?\s*[:\-–]\s*", "", line, flags=re.I) if marked else line


_DECISION_HEADER = re.compile(r"^(?:agreed\s+|key\s+)?decisions?(?:\s+(?:made|taken|agreed|reached))?(?:\s*/\s*outcomes?)?$")
_ITEM_HEADER = re.compile(r"^(?:agenda\s+)?item(?:\s+(?:no|number|ref))?$|^min(?:ute)?\s+(?:no|ref)$")
_ACTION_HEADER = re.compile(r"^(?:what|tasks?|agreed actions?|actions? (?:arising|agreed|required)|what is to be done|"
                            r"next steps?)$")
_DUE_HEADER = re.compile(r"^(?:by|due by|complete by|date due|to be done by|for)$")
_LINKED_HEADER = re.compile(r"^(?:linked to|relates to|related item|agenda ref|from item)$")
_COMMENT_HEADER = re.compile(r"^(?:comments?|commentary|notes on progress|progress notes?)$")
# "Who" / "Lead" beside the notes of an item with no action column names who presented it; these name who acts.
_ACTS = re.compile(r"\b(?:action by|actioned by|by whom|owners?|responsible|assigned to|action owner|action lead)\b")


def column_roles(row) -> dict[str, int]:
    """Column roles from a header row by what the header means (headings.header_map, widened): "What" is the
    action, "By" when it is due, "Decision(s)" the decisions taken, "Comment" / "Update" beside an action or
    RAG column the progress on it, and a decisions log's "Item" column the item each decision belongs to
    ("No. | Item | Decision": No. numbers the decision). Empty when the row is no header."""
    cells = [re.sub(r"\s+", " ", re.sub(r"[^\w/#& ]+", " ", re.sub(r"\(.*?\)", "", c.lower()))).strip() for c in row]
    # the words header_map knows for what these headers mean
    canon = ["Action" if _ACTION_HEADER.match(cell) else "Due" if _DUE_HEADER.match(cell) else
             "Item" if _LINKED_HEADER.match(cell) else raw for raw, cell in zip(row, cells)]
    found = dict(header_map(canon))
    for i, cell in enumerate(cells):
        if _DECISION_HEADER.match(cell):
            if found.get("text") == i:
                del found["text"]
            found["decision"] = i
    comment = next((i for i, cell in enumerate(cells) if _COMMENT_HEADER.match(cell)), None)
    if comment is not None and found.get("text") == comment and "status" in found:
        del found["text"]  # "Ref | Action | Owner | RAG | Comment": the comment is the action's progress
        found["comment"] = comment
    if "decision" in found and "text" not in found:
        item = next((i for i, cell in enumerate(cells) if _ITEM_HEADER.match(cell)), None)
        if item is not None and found.get("number") != item:
            if "number" in found:
                found["ref"] = found["number"]
            found["number"] = item
            if found.get("title") == item:
                del found["title"]
    owner = found.get("owner")
    if owner is not None and "action" not in found and found.get("text", -1) > owner and not _ACTS.search(cells[owner]):
        found["presenter"] = found.pop("owner")  # "# | Item | Who | Notes": who presented the item (after the
        # notes, "Notes | Who" names who does what they mark)
    action = found.get("action")
    if action is not None and "owner" not in found and "due" not in found \
            and re.search(r"\b(who|owners?|leads?|by whom|when|due|by when|deadline)\b", row[action].lower()):
        found["fielded"] = action  # "Agreed actions (who / when)": each action names its owner and date
    if len(found) >= 2 and ({"decision", "action"} & set(found)):
        return found
    return found if header_map(canon) else {}


_RAG = re.compile(r"^\s*(?:red|amber|green|blue|grey|gray|r|a|g|b)\b(?!\s+(?:light|paper|book))", re.I)
_NONE = re.compile(r"^\s*(?:none|nil|n/?a|-+|–|no decisions?(?: made| taken)?)\.?\s*$", re.I)


class TableReader:
    """Mixin for items.Walker: the table half of the walk."""

    continued = ""  # the table the one being read continues over a page break ("table3"), if any
    open_label: tuple[str, int] | None = None  # a label table's last list label ("In attendance") and width
    open_categories: tuple[str, ...] | None = None  # the header of "Present | Apologies" lists side by side

    def table(self, table: Table) -> None:
        self.tables_seen += 1
        self.continued = ""
        rows = [tuple(c.strip() for c in r) for r in table.rows if any(c.strip() for c in r)]
        if not rows:
            return
        if self._continues_attendance(rows):
            return self._attendance_rows(rows)  # its rows of "In attendance" / "Apologies" included
        if self.open_label and self.last_block_table and not column_roles(rows[0]) \
                and not any(number_cell(r[0]) for r in rows if r[0]) and max(len(r) for r in rows) <= self.open_label[1]:
            # A table of labelled lists ("In attendance" over its people) carried over a page break: the
            # people on the next page are still under the label that ended the last one.
            self._label_table([(self.open_label[0],), *rows], carried=True)
            return
        self.open_label = None
        if self.open_categories and self.last_block_table and not column_roles(rows[0]) \
                and not any(number_cell(r[0]) for r in rows if r[0]) and max(len(r) for r in rows) <= len(self.open_categories):
            # "Present | In attendance" lists carried over a page break without their header row
            self._category_columns([self.open_categories, *rows])
            return
        self.open_categories = None
        if self._action_form(rows) or self._label_table(rows) or self._category_columns(rows):
            return
        columns = column_roles(rows[0])
        if columns:
            self.columns, self.width = columns, len(rows[0])
            rows = rows[1:]
        elif self.columns and max(len(r) for r in rows) <= self.width and not self._starts_business(rows):
            self.continued = f"table{self.tables_seen - 1}"  # continues the previous table after a page break
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

    def _continues_attendance(self, rows) -> bool:
        """An attendance table (Name | Role | Organisation) carried over a page break without its header: rows
        no wider than it, no header of their own, no item numbers; nothing but tables since it."""
        name = rows[0][self.columns["name"]] if "name" in self.columns and self.columns["name"] < len(rows[0]) else ""
        return bool(self.columns and "name" in self.columns and self.last_block_table
                    and (not column_roles(rows[0]) or P.parse_entry(name))  # "Jade Roper | Minutes" is no header
                    and max(len(r) for r in rows) <= self.width and not self._starts_business(rows))

    def _action_form(self, rows) -> bool:
        """A two-column form "Action | Amend the report", "Who | TO", "When | by 18 December": the open item's
        action, its owner and due date."""
        if max(len(r) for r in rows) > 2 or not all(form_label(r[0]) for r in rows if r[0]):
            return False
        found = action_forms([(r[0], r[1] if len(r) > 1 else "") for r in rows])
        if found:
            self.action_form(found, [f"{r[0]}: {r[1]}" if len(r) > 1 and r[1] else r[0] for r in rows])
        return bool(found)

    def _item_of_ref(self, ref: str) -> str:
        """An action log's reference "3.2" (the second action of item 3) is item 3 when there is no item 3.2."""
        numbers = {i.number for i in self.walk.items}
        head = ref.split(".")[0]
        return ref if ref in numbers or "." not in ref or head not in numbers else head

    def _starts_business(self, rows) -> bool:
        """Rows numbered like items after an attendance table are the business, not more attendees."""
        return "name" in self.columns and sum(1 for r in rows if number_cell(r[0])) > len(rows) / 2

    def _guess_columns(self, rows) -> dict[str, int]:
        if self.category and not any(number_cell(r[0]) for r in rows):
            return {"name": 0, **{f"detail{i}": i for i in range(1, max(len(r) for r in rows))}}
        numbered = [r for r in rows if r and number_cell(r[0])]
        width = max(len(r) for r in rows)
        # Rows with an empty first cell continue the row above (a converter gives each paragraph of a cell a
        # row of its own): what counts is how many of the rows that start something are numbered.
        started = [r for r in rows if r and r[0]]
        if width < 2 or len(numbered) < max(1, len(started) // 4):
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

    def _label_table(self, rows, *, carried: bool = False) -> bool:
        """Two-column "Meeting | ...", "Date | ...", "Present | ..." tables (rows may continue); `carried`: the
        rest of one after a page break, under the label it ended with."""
        labelled = [r for r in rows[:8] if r[0] and (P.is_bare_label(r[0]) or META_LABEL.match(r[0]))]
        if not carried and (not labelled or len(labelled) < min(2, len(rows)) or max(len(r) for r in rows) > 4):
            return False
        category, self.open_label = None, None
        width = max(len(r) for r in rows)
        for row in rows:
            if len(row) == 4 and META_LABEL.match(row[2]):  # "Date | 1 May | Time | 10am"
                self._meta(row[2].rstrip(": "), row[3])
                row = row[:2]
            label, value = row[0], "\n".join(c for c in row[1:] if c)
            if META_LABEL.match(label):
                self._meta(label.rstrip(": "), value)
                category = None
                continue
            cat = P.label_category(label) if label else None
            takers = P.note_takers(label, value) if not cat else []
            if takers:
                self.walk.people.extend(takers)
                category = None
                continue
            if cat:
                category = cat
                self.open_label = (label, width)
            elif label and category and P.parse_entry(label) and all("\n" not in c for c in row):
                value = ", ".join(c for c in row if c)  # "Jo Bloggs | Council": one person, one row
            elif label:
                value = "\n".join(c for c in row if c)
            if category:
                self.walk.people.extend(P.people_from_text(value, category))
            else:
                self._text(value)
        if not category:
            self.open_label = None
        return True

    def _category_columns(self, rows) -> bool:
        """"Present | Apologies" as a header, each column a list of people."""
        labels = [P.label_category(c) if c else None for c in rows[0]]
        if sum(1 for c in rows[0] if c) < 2 or not all(lab for lab, c in zip(labels, rows[0]) if c):
            return False
        self.open_categories = tuple(rows[0])
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
                rest = row[0][P.LABEL_RE.match(row[0]).end():].strip()
                if rest:  # "Apologies: Jo Bloggs (School), ..." in a row of its own
                    self.walk.people.extend(P.people_from_text(rest, cat))
            else:
                group.append(row)
        self._attendance_group(group)

    def _attendance_group(self, rows) -> None:
        if not rows:
            return
        c = self.columns
        code = c.get("attendance")
        named = set(c.values())  # a column the header calls Role or Organisation holds no codes ("Deputy Chief Nurse")
        if code is None:  # a grid of P/A/D codes, one column per meeting: read the last one used
            code = next((i for i in range(self.width - 1, 0, -1) if i not in named and self._all_codes(rows, i)), None)
        coded = {i for i in range(self.width) if i not in named and self._all_codes(rows, i)}
        details = [i for i in range(self.width) if i not in (c["name"], code) and i not in coded]
        self.walk.people.extend(P.people_from_grid(rows, c["name"], code, details, self.category or P.PRESENT,
                                                   key=self._grid_key(rows)))

    def _grid_key(self, rows) -> dict:
        """The codes' meanings as the minutes give them: a key line just before the grid or inside it."""
        before = (self.current.lines if self.current else self.walk.preamble)[-3:]
        key: dict = {}
        for text in [*before, *(cell for row in rows for cell in row if "=" in cell or "key" in cell.lower())]:
            key.update(P.attendance_key(text))
        return key

    @staticmethod
    def _all_codes(rows, i: int) -> bool:
        values = [r[i].strip().lower() for r in rows if i < len(r) and r[i].strip()]
        return bool(values) and all(v.split(" ")[0].strip(".:") in P._CODES for v in values)

    def _decision_row(self, row, get) -> bool:
        """A decisions log row ("D1 | 2 | The Executive approved ..."): each decision the item its Item cell
        names, else the item it sits under. Logs with a discussion column keep the row for the item."""
        if "text" in self.columns or "action" in self.columns:
            return False
        named = number_cell(get("number")) if get("number") else None
        known = {i.number for i in self.walk.items}
        item = named[0] if named and named[0] in known else (self.current.number if self.current else None)
        for line in get("decision").split("\n"):
            if line.strip() and not _NONE.match(line):
                self.walk.decisions.append({"item": item, "text": line.strip()})
        return True

    def _row(self, row) -> None:
        c = self.columns
        get = lambda key: row[c[key]] if key in c and c[key] < len(row) else ""  # noqa: E731
        if "decision" in c and self._decision_row(row, get):
            return
        first_cell, text = get("number") or ("" if "number" in c else get("title")), get("text")
        action, owner, due, status = get("action"), get("owner"), get("due"), get("status")
        if owner and not due and "due" not in c:
            owner, due = _owner_then_due(owner)  # "KH" over "18/12/26" in one narrow "Action by" cell
        if get("presenter") and any(_MARKED.search(ln) for ln in get("text").split("\n")):
            owner = get("presenter")  # "Who" beside notes that mark an ACTION: who is to do it
        if get("comment"):  # "Amber" and "Carried forward – awaiting budget setting": the progress as written
            status = f"{status} – {get('comment')}" if status else get("comment")
        item = self.current.number if self.current else None
        if not first_cell and not {"number", "title"} & set(c) and text:
            head, _, rest = text.partition("\n")
            if number_cell(head) and not re.search(r"[.;:]$", head.strip()) and len(head) < 150:
                first_cell, text = head, rest  # "Minute | Action by": "3. Title" rows in the minute column head items
        m = number_cell(first_cell) if first_cell else None
        if not m and first_cell and self.lettered:
            m = lettered_heading(first_cell)
        if m and not self.in_action_log and not ("action" in c and "text" not in c):
            title = (m[1] or get("title") or "").strip()
            if "\n" in title and not text and "text" not in c:
                title, text = title.split("\n", 1)  # "Minute No. | Item": the title, then the minute, in one cell
                title = title.strip()
            if not title and text:
                title, text = cut_title(text)
            if self._accept(m[0]) or any(i.number == m[0] for i in self.walk.items):
                self._new_item(m[0], title)
                item = m[0]
        elif m:
            item = self._item_of_ref(m[0])
        elif first_cell:
            self._text(first_cell)
        for line in get("decision").split("\n"):  # "Item | Discussion | Decision | Action": the row's item decided
            if line.strip() and not _NONE.match(line) and item:
                self.walk.decisions.append({"item": item, "text": line.strip()})
        logged = self.in_action_log or ("action" in c and "text" not in c)
        # A log row whose reference names no item of this meeting ("24/31", "A12") and that carries a
        # status is an earlier meeting's action brought up to date, not a new one.
        ref = first_cell or get("ref")
        new = bool(re.match(r"\s*new\b", status or "", re.I))  # "New": set at this meeting, not one brought up to date
        rated = bool(logged and _RAG.match(status or ""))  # a RAG rating: progress on an action set before
        from_before = rated or bool(logged and status and ref and self.walk.items and not new
                           and not any(i.number == (item if m else None) for i in self.walk.items))
        if new and m and self.walk.items and not any(i.number == item for i in self.walk.items):
            item, status = None, ""  # "15 | Convene ... | JB | 18/12/2026 | New": the log's own number, no item's
        if "text" not in c and get("title") and not m:
            self._text(get("title"))
        if get("presenter") and (m or self.current):
            self._text(get("presenter"))  # who presented the item: part of its minute, nobody's action
        for line in text.split("\n"):
            self._text(line) if line.strip() else None
        if owner and not action and not looks_like_owner_cell(owner) and len(owner) > 40:
            action, owner = owner, ""  # an "Action/Owner" column holding "AB to ..."
        if not action and owner and "action" not in c and text:
            action = _acted_on(text)  # "Notes | Action by": the owner acts on the marked or last paragraph
        elif action and not owner and "owner" not in c and looks_like_owner_cell(action):
            action, owner = _acted_on(text) if text else "", action  # an "Action" column of initials
        last = self.walk.actions[-1] if self.walk.actions else None
        cells = [x for x in row if x]
        if last and str(last.get("source", "")).startswith("table") and len(cells) == 1 and not m \
                and re.fullmatch(r"[A-Z]{1,2}", cells[0]) and re.search(r"(?:^|[/,&\s])[A-Z]$", last.get("owner_text") or ""):
            last["owner_text"] += cells[0]  # "PC/T" / "W": initials cut by a page break
            return
        if last and last.get("source") == f"table{self.tables_seen}" and not m and not action and owner \
                and re.search(r"(\band|&|/|,)\s*$", last.get("owner_text") or ""):
            last["owner_text"] = f"{last['owner_text']} {owner}"  # "Stephanie and" / "Lorraine": a wrapped owner cell
            return
        if last and last.get("source") in (f"table{self.tables_seen}", self.continued or None) and not m \
                and (action[:1].islower() or LITTLE_WORD_END.search(last["text"].rstrip())) and "\n" not in action \
                and (not owner or not last.get("owner_text")):
            # A wrapped cell that the PDF reader returned as an extra row, or the rest of a cell cut by a page
            # break: its owner, due date and status may be on this side.
            last["text"] = f"{last['text']} {action}"
            last["owner_text"] = last.get("owner_text") or owner or None
            if due and not last.get("due_text"):
                last["due"] = last["due_text"] = due
            last["status"] = last.get("status") or status or None
            if new and not any(i.number == last.get("item") for i in self.walk.items):
                last["item"], last["status"] = None, None  # "15 | … | New": the log's own number, no item's
            return
        lines, owners, dues = action.split("\n"), owner.split("\n") if owner else [], due.split("\n") if due else []
        if last and last.get("source") in (f"table{self.tables_seen}", self.continued or None) and not m \
                and len(lines) > 1 and not last.get("owner_text") and LITTLE_WORD_END.search(last["text"].rstrip()) \
                and len(owners) in (0, len(lines)) and len(dues) in (0, len(lines)):
            # "… for Station Road with" cut by a page break over a cell of several actions: its first line ends
            # the cut action, which takes the first owner and due; the other lines are actions of their own.
            last["text"] = f"{last['text']} {lines[0]}"
            last["owner_text"] = owners[0] if owners else None
            if dues and not last.get("due_text"):
                last["due"] = last["due_text"] = dues[0]
            action, owner, due = "\n".join(lines[1:]), "\n".join(owners[1:]), "\n".join(dues[1:])
        found = actions_from_cells(action, owner, due)
        if "fielded" in c and not owner and not due:  # "Agreed actions (who / when)": "text – RB – by 4 May" a line
            dashed = [dashed_entry(line) for line in split_action_cell(action)]
            found = [d for d in dashed if d] if all(dashed) else found
        for raw in found:
            raw.update(item=None if from_before else item, status=status or None, context=text,
                       within=self.current.number if self.current else None,  # the item the table sits in
                       source=f"table{self.tables_seen}",
                       earlier=from_before or (not self.walk.items and not self.in_action_log))  # a log before item 1
            self.walk.actions.append(raw)


def _owner_then_due(cell: str) -> tuple[str, str]:
    """An owner cell that also says when, one under the other ("KH" / "18/12/26", "KH / TW" / "Spring term"):
    the lines that read as owners, then the rest as the due phrase. A cell of owners only is left as it is."""
    lines = [ln.strip() for ln in cell.split("\n") if ln.strip()]
    owners = []
    for line in lines:
        if not looks_like_owner_cell(line):
            break
        owners.append(line)
    rest = lines[len(owners):]
    if not owners or not rest or any(looks_like_owner_cell(ln) for ln in rest) or not all(_WHEN.search(ln) for ln in rest):
        return cell, ""
    return "\n".join(owners), " ".join(rest)


_WHEN = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:term|meeting|mtg|board|week|"
                   r"month|quarter|year|asap|ongoing|tbc|next|end|spring|summer|autumn|winter|christmas|easter)\b", re.I)
