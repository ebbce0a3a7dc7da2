"""Closing registers: the list of actions (or decisions) minutes give after their last item, in the shapes
business teams write them:

    Action register – by lead officer          Action items (3)
    Head of Inclusion                          ☐ Draft the safety plan with centre management
    • Item 2 – Produce a flowchart – 2 weeks       Assigned to: Maya Cole · Linked to: Item 3 · Due: 18 Dec 2026

A register heading ends the item before it (the register is no agenda item); its entries carry their item
("Item 2 –", "Linked to: Item 4"), their owner (a sub-heading naming a job title or person, an "Assigned to:"
field, or a dashed piece "– AB –") and when they are due. Pure: lines in, raw actions out.
"""
from __future__ import annotations

import re

from assure.imports.extract import people as P
from assure.imports.extract.actions import owner_from_text, take_due, without_owner_and_due

# "Action register", "Action register – by lead officer", "Action items (3)", "Actions log", "Action tracker (RAG)",
# "Summary of agreed actions", "Decisions log", "Schedule of decisions". A bare "Decision" or "Tasks" is a label.
REGISTER_HEADING = re.compile(
    r"^(?:(?:summary|schedule|record|table|list|register)\s+of\s+(?:the\s+)?)?(?:agreed\s+|new\s+|open\s+)?"
    r"(?:(?:actions?(?:\s+(?:points?|items?))?|tasks?)(?:\s+(?:register|log|list|summary|tracker|table|schedule|record|"
    r"items?|arising|agreed))?|actions?\s+(?:and|&)\s+decisions?(?:\s+(?:log|register|summary|table))?|"
    r"decisions?(?:\s+(?:and|&)\s+actions?)?\s+(?:log|register|summary|schedule|record|table|list)|"
    r"decisions?\s+(?:and|&)\s+actions?)"
    r"(?:\s+(?:agreed\s+)?(?:at|from|arising\s+from|of)\s+(?:this|the|today'?s|today’s)\s+meeting)?"
    r"\s*(?:\((?:\d{1,3}|rag|open|new|(?:grouped\s+|sorted\s+)?by\s+[a-z ]{2,20})\))?"
    r"(?:\s*[-–—:]\s*(?:(?:grouped|sorted|listed)\s+)?(?:by|per)\s+(?-i:[a-z][a-z ]{1,30}?)|"
    r"\s*[-–—:]\s*(?:new|open|outstanding|closed|agreed|current)\s+actions?)?\s*:?"
    r"(?P<rest>\s+(?-i:[A-Z])[^.]{2,70})?$", re.I)
_OF_DECISIONS = re.compile(r"^(?:summary|schedule|record|register|list|log)\s+of\s+(?:the\s+)?(?:agreed\s+)?"
                           r"decisions?(?:\s+(?:and|&)\s+actions?)?\s*:?$", re.I)
_NEEDS_WORD = re.compile(r"^(?:tasks?|actions?)\s*:?$", re.I)  # a bare "Actions" is a register only as the walker says

_MARK = re.compile(r"^\s*(?:[•\-–*·▪◦○●☐☑☒✓✔✗]|\[\s?[xX ]?\s?\]|\(?\d{1,2}[.)]|\(?[a-h][.)])\s*")
_ITEM_REF = re.compile(r"^\s*[\[(]?\s*(?:agenda\s+)?(?:item|min(?:ute)?|ref)\.?\s*(?P<n>\d{1,2}(?:\.\d{1,2})?[a-z]?|[IVX]{1,5}|[A-Z])"
                       r"\s*[\])]?\s*[-–—:.)]?\s+", re.I)
_DASH = re.compile(r"\s+[–—-]\s+")
_DUE_START = re.compile(r"^(?:by|before|end|for\s+(?:the\s+)?(?:next|\w+\s+(?:meeting|board|group|panel|executive|committee|forum))|w/?c\b|wc\b|week|within|asap|a\.s\.a\.p|ongoing|next|deadline|due|immediately|"
                        r"the\s+(?:next|end|\w+\s+(?:meeting|board|group|panel|executive|committee|forum))|\d|q[1-4]\b|"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri)[a-z]*\b|"
                        r"(?:spring|summer|autumn|winter)\b|half\s+term|christmas|tbc\b)", re.I)
_FIELD = re.compile(r"(?P<label>assigned\s+to|owners?|leads?|responsible|who|by\s+whom|action\s+by|linked\s+to|items?|"
                    r"agenda\s+item|due(?:\s+date)?|deadline|target(?:\s+date)?|by\s+when|when|timescale|status|progress|rag)"
                    r"\s*:\s*(?P<value>[^·•|;]*)", re.I)
_ROLE = {"owner": r"assigned|owner|lead|responsible|who|action by", "item": r"linked|item",
         "due": r"due|deadline|target|when|timescale", "status": r"status|progress|rag"}
_JOB_WORDS = re.compile(r"\b(?:head|manager|director|officer|lead|leader|chair|nurse|doctor|inspector|co-?ordinator|"
                        r"advis[eo]r|principal|headteacher|team|unit|group|board|panel|partners|all)\b", re.I)
_OWNER_WORDS = re.compile(r"^(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w'’&.-]*){0,6}"
                          r"(?:\s*(?:/|,|&|\band\b)\s*(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w'’&.-]*){0,6})*$")


def register_heading(text: str) -> str | None:
    """For a line that opens a closing register of actions or decisions (not a bare "Actions", which an item uses
    for its own list), what follows the heading on the same line ("" mostly; a PDF reader joins "Action register –
    by lead officer" and the first sub-heading "Head of Inclusion" into one line); None for any other line."""
    text = text.strip()
    if _OF_DECISIONS.match(text):
        return ""
    m = REGISTER_HEADING.match(text) if len(text) <= 120 else None
    if not m or _NEEDS_WORD.match(text):
        return None
    rest = (m.group("rest") or "").strip()
    if rest and not re.search(r"[-–—:]\s*(?:(?:grouped|sorted|listed)\s+)?(?:by|per)\s", text[:m.start("rest")]):
        return None  # "Actions arising Members agreed ...": words after the heading only where it says "– by lead officer"
    return rest


def fields(text: str) -> dict[str, str]:
    """"Assigned to: A, B · Linked to: Item 4 · Due: Next meeting" -> {"owner": "A, B", "item": "4", "due": ...}."""
    out: dict[str, str] = {}
    for m in _FIELD.finditer(text):
        label, value = m.group("label").lower(), m.group("value").strip(" .,")
        role = next(r for r, words in _ROLE.items() if re.match(words, label))
        if role == "item":
            ref = re.search(r"(\d{1,2}(?:\.\d{1,2})?[a-z]?|\b[IVX]{1,5}\b)", value)
            value = ref.group(1) if ref else ""
        if value:
            out.setdefault(role, value)
    return out


def _fields_at(text: str) -> int | None:
    """Where a line's labelled fields start ("… · Assigned to: …"), or None when it has none."""
    m = _FIELD.search(text)
    if not m or not re.search(r"assigned|owner|lead|responsible|who|action by|linked|due|deadline|target|when|timescale",
                              m.group("label"), re.I):
        return None
    return m.start()


def _owner_heading(line: str, following: str | None) -> str | None:
    """"Head of Inclusion" / "Education Safeguarding Manager:" / "Lead: Rita Desmond (Head of Inclusion)" over
    entries: who the entries below belong to, as written; None for any other line."""
    text = re.sub(r"^\s*(?:lead(?:\s+officer)?|owner|responsible|assigned\s+to)\s*:\s*", "", line, flags=re.I)
    text = re.sub(r"\s*\([^()]{2,60}\)\s*$", "", text.strip().rstrip(":").strip())  # "(Head of Inclusion)"
    if not following or not _entry_line(following) or _MARK.match(line) or _ITEM_REF.match(text + " "):
        return None
    if 1 <= len(text.split()) <= 8 and len(text) <= 70 and not re.search(r"[.!?;]$|\d", text) \
            and _OWNER_WORDS.fullmatch(text):
        return text
    return None


def _entry_line(line: str) -> bool:
    return bool(_MARK.match(line) or _ITEM_REF.match(line))


def _looks_due(piece: str) -> bool:
    return bool(_DUE_START.match(piece.strip())) and len(piece.split()) <= 8


def _short_owner(piece: str) -> bool:
    piece = piece.strip()
    return len(piece) <= 60 and bool(_OWNER_WORDS.fullmatch(piece)) and len(piece.split()) <= 8


def _named(piece: str) -> bool:
    """Written like a person, initials or a job title ("Rita Desmond", "RD / TM", "Head of Inclusion"); whether
    the minutes list them is for the record to say ("Safeguarding Week" is written like a name too)."""
    piece = piece.strip()
    return bool(re.fullmatch(rf"{P.NAME}|[A-Z]{{2,4}}(?:\s*[/,&]\s*[A-Z]{{2,4}})*", piece)) or \
        bool(_short_owner(piece) and _JOB_WORDS.search(piece))


def _entry(text: str, owner: str | None) -> dict | None:
    """"Item 2 – Produce the flowchart – by half term" under an owner heading, or "Circulate the plan – AB – 30 June"."""
    item = None
    ref = _ITEM_REF.match(text + " ")
    if ref:
        item, text = ref.group("n"), text[ref.end():].strip()
    at = _fields_at(text)
    found = fields(text[at:]) if at is not None else {}
    text = text[:at].strip(" ·•|–—-") if at is not None else text
    tail_ref = re.search(r"\s*[\[(]\s*item\s+(\d{1,2}(?:\.\d{1,2})?[a-z]?)\s*[\])]\s*$", text, re.I)
    if tail_ref and not item:  # "... with centre management (Item 3)"
        item, text = tail_ref.group(1), text[:tail_ref.start()]
    pieces = [p.strip() for p in _DASH.split(text) if p.strip()]
    due = found.get("due")
    if not due and len(pieces) >= 2 and (_looks_due(pieces[-1]) or len(pieces) >= 3 and not owner
                                         and _short_owner(pieces[-2]) and len(pieces[-1].split()) <= 6):
        due = pieces.pop()  # "... – SH – book by 15/01/2027": text, owner, then when
    who = found.get("owner") or owner
    if not who and len(pieces) >= 2 and _short_owner(pieces[-1]):
        who = pieces.pop()
    lead = None
    if not who and len(pieces) >= 2 and _named(pieces[0]) and len(pieces[1].split()) >= 3:
        lead = pieces[0]  # "Rita Desmond – Produce the flowchart": the owner first, if the minutes list them
    text = " – ".join(pieces).strip().rstrip(".")
    due_text = due
    dated = re.search(r"\(([^()]*\d[^()]*)\)\s*$", due or "")
    if dated:  # "for the February Board (11.02.27)": the date in brackets says when
        due = dated.group(1)
    if not (who or item or found or lead):
        return None  # "• JB to circulate the plan by 30 June": an action line, the inline readers' to read
    if not who:  # "Item 2 – JB to circulate the plan by 30 June"
        said, who = owner_from_text(text)
        if who and not due:
            _, due, due_text = take_due(said)
        text = without_owner_and_due(said) if who else text
    if len(re.findall(r"[A-Za-z]{2,}", text)) < 3:
        return None
    return {"text": text[:1].upper() + text[1:], "owner_text": who, "due": due, "due_text": due_text,
            "item": found.get("item") or item, "status": found.get("status"), **({"lead": lead} if lead else {})}


def dashed_entry(text: str) -> dict | None:
    """"Prepare a report for the Board – RB – for the February Board (11.02.27)": an action, its owner and
    when, parted by dashes (a cell of an "Agreed actions (who / when)" column); None when it is not so written."""
    entry = _entry(text, None)
    return {k: entry[k] for k in ("text", "owner_text", "due", "due_text")} if entry and entry["owner_text"] else None


def register_actions(lines: list[str]) -> tuple[list[dict], set[int]]:
    """Entries of a closing register -> raw actions (text, owner_text, due, item), and the indexes of the
    lines they used; the rest are left for the inline readers. Sub-headings group the entries under them by
    owner ("Head of Inclusion") or by item ("Item 2 – Children missing education")."""
    out: list[dict] = []
    used: set[int] = set()
    owner: str | None = None
    item: str | None = None
    nexts: list[str | None] = [None] * len(lines)  # the next line with words, found once (a long tail is linear)
    for n in range(len(lines) - 2, -1, -1):
        nexts[n] = lines[n + 1] if lines[n + 1].strip() else nexts[n + 1]
    for n, line in enumerate(lines):
        following = nexts[n]
        heading_owner = _owner_heading(line, following)
        if heading_owner:
            owner, _ = heading_owner, used.add(n)
            continue
        heading = _ITEM_REF.match(line + " ") if not _MARK.match(line) else None
        if heading and following and _MARK.match(following) and not _ITEM_REF.match(_MARK.sub("", following) + " "):
            item, _ = heading.group("n"), used.add(n)  # "Item 2 – Children missing education" over its entries
            continue
        if out and n - 1 in used and not _MARK.match(line) and _fields_at(line) == 0:
            found = fields(line)  # "Assigned to: … · Linked to: Item 4 · Due: …" under its entry
            last = out[-1]
            last["owner_text"] = found.get("owner") or last["owner_text"]
            last["item"] = found.get("item") or last["item"]
            last["due"] = last["due_text"] = found.get("due") or last["due"]
            last["status"] = found.get("status") or last.get("status")
            used.add(n)
            continue
        if not _MARK.match(line) and not _ITEM_REF.match(line + " "):
            if not line.strip() or re.fullmatch(r"\s*[-=_]{3,}\s*", line):
                continue
            owner = item = None  # a paragraph ends the sub-heading's entries
            if not (following and _fields_at(following) == 0):
                continue
        text = _MARK.sub("", line, count=1).strip()
        text = _MARK.sub("", text, count=1).strip() if re.match(r"[☐☑☒✓✔✗\[]", text) else text  # "• ☐ ..."
        fielded_below = following is not None and _fields_at(following) == 0
        entry = _entry(text, owner) if not text.startswith("@") else None  # "@Name ..." task lines: inline readers'
        if entry is None and fielded_below and len(re.findall(r"[A-Za-z]{2,}", text)) >= 3:
            entry = {"text": text.rstrip("."), "owner_text": None, "due": None, "due_text": None, "item": None,
                     "status": None}
        if entry:
            entry["item"] = entry["item"] or item
            out.append(entry)
            used.add(n)
    return out, used


# -- action forms: "Action" / text / "Who" / "TO" / "When" / "by 18 December" -----------------------------------
_FORM_LABELS = {
    "text": r"action|agreed action|action agreed|action required|actions? arising|what",
    "owner": r"who|owners?|leads?|lead officer|responsible|by whom|action by|assigned to",
    "due": r"when|due|due date|by when|deadline|timescales?|target date|target",
    "status": r"status|progress|rag",
}
_FORM_LABEL = re.compile(r"^\s*(?P<label>" + "|".join(_FORM_LABELS.values()) + r")\s*:?\s*$", re.I)


def form_label(text: str) -> str | None:
    """"Who" -> "owner": a label of an action form, alone on its line or in its cell."""
    m = _FORM_LABEL.match(text or "")
    if not m:
        return None
    return next(role for role, words in _FORM_LABELS.items() if re.fullmatch(words, m.group("label").strip(), re.I))


def action_forms(pairs: list[tuple[str, str]]) -> list[dict]:
    """(label, value) pairs of a form -> raw actions: each "Action" label opens one, the labels after it
    (Who, When, Status) fill it. Empty when the pairs hold no action with an owner or a due date."""
    out: list[dict] = []
    for label, value in pairs:
        role = form_label(label)
        value = " ".join(value.split())
        if role == "text":
            out.append({"text": value.rstrip("."), "owner_text": None, "due": None, "due_text": None, "status": None})
        elif role and out and value:
            key = "owner_text" if role == "owner" else role
            out[-1][key] = out[-1][key] or value
            if role == "due":
                out[-1]["due_text"] = out[-1]["due"]
    return [a for a in out if a["text"] and (a["owner_text"] or a["due"])]


def form_runs(texts: list[str]) -> list[tuple[int, int, list[dict]]]:
    """Where paragraphs alone on their lines make action forms ("Action", its text, "Who", "TO", "When",
    "February 2027"): (first index, index after the last, raw actions)."""
    runs = []
    n = 0
    while n < len(texts):
        if form_label(texts[n]) != "text" or n + 1 >= len(texts) or form_label(texts[n + 1]):
            n += 1
            continue
        pairs, end = [(texts[n], texts[n + 1])], n + 2
        while end + 1 < len(texts) and form_label(texts[end]) in ("owner", "due", "status") \
                and not form_label(texts[end + 1]):
            pairs.append((texts[end], texts[end + 1]))
            end += 2
        found = action_forms(pairs) if len(pairs) > 1 else []
        if found:
            runs.append((n, end, found))
            n = end
        else:
            n += 1
    return runs
