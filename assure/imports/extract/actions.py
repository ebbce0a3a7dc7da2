"""Actions, updates to earlier actions, and decisions, from cells and lines of minutes text.

Raw actions carry owner_text as written; owners are resolved later, once the whole
attendance list is known (it may come after the business).
"""
from __future__ import annotations

import functools
import re

from rapidfuzz import fuzz

from assure.core.dates import find_due
from assure.core.names import GROUP_WORDS, split_owners

_MARKER = re.compile(r"^\s*(?:[•\-–*·▪]\s*)?actions?\s*(?:point)?\s*\d*\s*[:\-–]\s*", re.I)
_INLINE = re.compile(r"(?:^|(?<=[.;)!?]\s)|(?<=\s))(?:ACTIONS?|Actions?)\s*(?:point)?\s*[:\-–]\s*(?P<rest>\S.*)$")
_PAREN_ACTION = re.compile(r"\(\s*action(?:\s+by)?\s*[:\-–]?\s*(?P<who>[^)]{1,60})\)", re.I)
_OWNER_TOKEN = r"(?:[A-Z]{2,4}|[A-Z]+[A-Z][a-z]{1,4}|[A-Z][a-z]+(?:\s+[A-Z][a-z'’\-]+)?|All|Chair|[A-Z]{2,5}\s+Business\s+Team|Business\s+Team)"
_OWNERS = rf"{_OWNER_TOKEN}(?:\s*(?:/|,|&|\band\b)\s*{_OWNER_TOKEN})*"
_LEAD_OWNERS = re.compile(rf"^(?P<who>{_OWNERS})\s+(?:to|will|should|would|are to|is to|agreed to|asked to)\b")
_TRAIL_OWNERS = re.compile(rf"\s*(?:[-–—:]|\b(?:owner|lead|by)\s*:?)\s*\(?(?P<who>{_OWNERS})\)?\s*\.?$")
_TRAIL_PAREN = re.compile(rf"\s*\((?P<who>{_OWNERS})\)\s*\.?$")
_FIRST_NAME_TO = re.compile(r"^[A-Z][a-z]+\s+to\s+(?!(?:be|go|include|come|follow|take|continue|remain|return|move|"
                            r"date|the|a|an)\b)[a-z]{3,}\b")
_STATUS_TAIL = re.compile(r"^(?P<text>[^–—]{6,200}?)\s+[–—-]\s+(?P<status>[^–—]{3,60})$")
_TRAIL_OWNER_DUE = re.compile(rf"^(?P<text>.{{10,}}?)\s+[-–—]\s+(?P<who>{_OWNERS})\s+[-–—]\s+(?P<due>[^–—]{{2,30}}?)\s*\.?$")
_DECISION = re.compile(r"\b(it was agreed|(?:board|group|panel|members|partners|committee|partnership|all)\s+"
                       r"(?:\w+\s+)?(?:agreed|approved|endorsed|resolved|ratified|signed off|supported)|"
                       r"\bagreed to\b|^agreed\b|^resolved\b|^decision\s*:|was approved|were approved|were agreed as|"
                       r"was agreed|was endorsed|was signed off|(?:were|was) (?:agreed|approved|accepted)\b|"
                       r"(?:executive|subgroup|sub-group|forum|board|group)\s+agreed\b|^minutes of .{3,40} (?:agreed|approved))",
                       re.I)
_MATTERS_ARISING = re.compile(r"(minutes|notes)( and actions?(?: points?)?)? (of|from) (the )?(last|previous|(meeting (of|on|held on) )?"
                              r"\d{1,2}(st|nd|rd|th)? \w+)|matters arising|action (log|tracker|update)|"
                              r"review of actions|previous actions|actions? from (the )?(last|previous)|outstanding actions",
                              re.I)
_STATUS = [
    ("carried_forward", r"\b(carried forward|carry forward|c/f|roll(ed)? over|remain(s)? on the (agenda|log)|"
                        r"deferred|carried over|to be carried)\b"),
    ("closed", r"\b(complete[d]?|closed|actioned|done|achieved|resolved|superseded|no longer required|published|"
               r"implemented|delivered|launched|in place|submitted|signed off|"
               r"agenda item|on (the|today's) agenda|discharged|finished|shared|circulated|sent)\b"),
    ("open", r"\b(ongoing|outstanding|in progress|open|not yet|pending|not been possible|to be|will)\b"),
]


def _lines(cell: str) -> list[str]:
    return [ln.strip() for ln in (cell or "").split("\n") if ln.strip()]


_NO_ACTION = re.compile(r"^(none|nil|n/?a|tbc|noted?|for information|no (further )?actions?( required| arising)?|"
                        r"no action (required|needed)|-+|–|\?)\.?$", re.I)


def split_action_cell(cell: str) -> list[str]:
    """Several actions in one cell: "Action:" markers, bullets, or one a paragraph; a paragraph
    starting in lower case continues the one before (text wrapped by the converter)."""
    actions: list[str] = []
    for line in _lines(cell):
        marked = bool(_MARKER.match(line)) or line.lstrip()[:1] in "•-–*·▪"
        starts = marked or line[:1].isupper() or line[:1].isdigit()
        text = _MARKER.sub("", line).lstrip("•-–*·▪ ").strip()
        numbered = re.match(r"\(?(?:\d{1,2}|[a-h])[.)]\s+(?=[A-Z])", text)  # "1. Draft the strategy", "b) Share the data"
        if numbered:
            text, marked = text[numbered.end():], True
        if actions and not marked and _wrapped(actions[-1], text):
            starts = False  # "... for the" / "Executive": a cell line wrapped by the PDF reader
        if actions and not starts:
            actions[-1] = f"{actions[-1]} {text}"
        elif text:
            actions.append(text)
    return [part for a in actions for part in _owned_sentences(a) if not _NO_ACTION.match(part)]


_NEXT_OWNED = re.compile(r"(?<=[.;])\s+(?=(?:ACTIONS?|Actions?)\s*[:\-–]\s*\S|(?:[A-Z]{2,4}|[A-Z][a-z]?[A-Z][a-z]{0,3}|All)"
                         r"(?:\s*(?:/|,|&|\band\b)\s*(?:[A-Z]{2,4}|[A-Z][a-z]?[A-Z][a-z]{0,3}))*\s+(?:to|will)\s+[a-z]{3,})")


def _owned_sentences(text: str) -> list[str]:
    """"JB to circulate the plan. AL to book the room." in one paragraph: two actions, each with its owner."""
    parts = [p.strip() for p in _NEXT_OWNED.split(text) if p.strip()]
    if len(parts) > 1 and _INITIALS_TO.match(parts[0]) or len(parts) > 1 and _MARKER.match(parts[1]):
        return [_MARKER.sub("", p).strip() for p in parts]
    return [text]


def _wrapped(before: str, line: str) -> bool:
    """The line continues the one before: that one stops on a little word, or this one is a
    fragment of one or two words that cannot be an action of its own."""
    if re.search(r"[.;:!?)]$", before):
        return False
    return bool(re.search(r"\b(the|a|an|to|for|of|with|and|on|in|by|from|at|or|into|about|their|its|our)$", before, re.I)) \
        or (len(line.split()) <= 2 and bool(re.search(r"\b[A-Z][\w'’-]*$", before))  # "the Education" / "Safeguarding Forum"
            and not re.match(r"(?:circulate|share|send|update|review|chase|book|write|arrange|amend|agree)\b", line, re.I))


def join_owner_lines(lines: list[str]) -> str:
    """An owner cell's lines as one owner text: "Business" / "Unit" and "Mr Balogun /" / "Ms Okoro"
    are wrapped; "PH" / "NM" and "Jo Bloggs" / "Ann Lee" are one owner a line."""
    out = ""
    for line in lines:
        last = out.split()[-1] if out.split() else ""
        wrapped = out and (re.search(r"[/,&+]$|\b(and|Mr|Mrs|Ms|Miss|Dr|Cllr|Prof|DCI|DI|DS|Supt)\.?$", out) or (len(out.split()) == 1 and not re.fullmatch(r"[A-Z]{2,4}", last)
                                                               and not re.fullmatch(r"[A-Z]{2,4}", line.split()[0])))
        out = f"{out} {line}" if wrapped else (f"{out}, {line}" if out else line)
    return out


def looks_like_owner_cell(cell: str) -> bool:
    """An "Action" column that holds only owners ("AS", "JB/KL", "All")."""
    cell = _MARKER.sub("", cell or "").strip()
    return bool(cell) and len(cell) <= 40 and bool(re.fullmatch(_OWNERS, cell.replace("\n", "/")))


_GROUPS = {"All", "Chair"}
_LEAD_DASH_OWNER = re.compile(rf"^(?P<who>{_OWNERS})\s*[-–—:]\s+(?=[a-z]{{3,}})")
_INITIALS_TO = re.compile(r"^(?P<who>(?:[A-Z]{2,4}|[A-Z][a-z]?[A-Z][a-z]{0,3}|All)(?:\s*(?:/|,|&|\band\b)\s*(?:[A-Z]{2,4}|[A-Z][a-z]?[A-Z][a-z]{0,3}))*)"
                          r"\s+(?:to|will)\s+(?!be\b|have\b|note\b)[a-z]{3,}\b")


def _owner_to(sentence: str) -> bool:
    """"PS to share the programme": initials, then "to" and a verb (not "CD will speak ...", which reports)."""
    m = _INITIALS_TO.match(sentence)
    if m:
        return sentence[m.end("who"):].lstrip().startswith("to ")
    person = _lead_person(sentence)  # "Jo to share it", "DS Farah to check ...": a name, "to" and an instruction
    return bool(person and person[2] and sentence.startswith(person[0])
                and sentence[len(person[0]):].lstrip().startswith("to "))


_LEAD_GROUP = re.compile(r"^(?P<who>(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and|&)\s+)?){1,5}(?:sub-?group|group|team|board|"
                         r"panel|unit|service|forum|committee|network))\s+(?P<to>to|will|are to|is to)\s+(?=[a-z]{3,})")


def owner_from_text(text: str) -> tuple[str, str | None]:
    """("AB to circulate the report") -> (text, "AB"); ("Circulate report – AB") -> (text, "AB")."""
    m = _LEAD_OWNERS.match(text)
    if m and (not re.fullmatch(r"[A-Z][a-z]+", m.group("who")) or m.group("who") == "All"):  # "Report to be..." is no owner
        return text, m.group("who")
    m = _LEAD_OWNERS.match(text)
    if m and re.match(r"^[A-Z][a-z]+\s+(?:will|is to|agreed to)\b", text):
        return text, m.group("who")
    if m and _FIRST_NAME_TO.match(text):  # "Laura to book the venue": a first name, then a verb
        return text, m.group("who")
    m = _LEAD_DASH_OWNER.match(text)
    if m and (not re.fullmatch(r"[A-Z][a-z]+", m.group("who")) or m.group("who") in _GROUPS):  # "LM – provide the data"
        rest = text[m.end():]
        return rest[:1].upper() + rest[1:], m.group("who")
    m = _TRAIL_OWNER_DUE.match(text)
    if m and not re.fullmatch(r"[A-Z][a-z]+", m.group("who")):  # "Write to X – DBe – 21/05/2025"
        return m.group("text").strip(), m.group("who")
    m = _LEAD_GROUP.match(text)
    if m:  # "Safeguarding Adults Review subgroup to consider ...": a named group, then what it is to do
        return text, m.group("who")
    person = _lead_person(text)
    if person and person[2]:  # "DS Farah to check ...", "@Owain Fitch send ...", "The Chair to write ..."
        return text, person[0]
    for pattern in (_TRAIL_PAREN, _TRAIL_OWNERS):
        m = pattern.search(text)
        if m and m.start() > 0 and (not re.fullmatch(r"[A-Z][a-z]+", m.group("who")) or m.group("who") in _GROUPS):
            return text[:m.start()].strip(" –-:"), m.group("who")  # "... – AB", "... (CD)", "... – All"
    return text, None


def take_due(text: str) -> tuple[str, str | None, str | None]:
    """(text, when, due_text): the due phrase ending an action's sentence, the text left as written."""
    found = find_due(text)
    if found and found.start > 10:
        return text, found.when, found.phrase
    return text, None, None


def without_owner_and_due(text: str) -> str:
    """"LC and BS to develop a standard by 31/07/2025." -> "Develop a standard": an inline action's
    owners and due date are fields of their own, the text says what is to be done."""
    m = _LEAD_OWNERS.match(text)
    if m and re.match(r"\s+(?:to|will|are to|is to)\s+[a-z]", text[m.end("who"):]) and \
            (not re.fullmatch(r"[A-Z][a-z]+", m.group("who")) or m.group("who") == "All" or _FIRST_NAME_TO.match(text)
             or re.match(r"^[A-Z][a-z]+\s+(?:will|is to)\s", text)):
        rest = re.sub(r"^\s*(?:to|will|are to|is to)\s+", "", text[m.end("who"):])
        text = rest[:1].upper() + rest[1:]
    group = _LEAD_GROUP.match(text)
    person = _lead_person(text) if not group else None
    if group:
        rest = text[group.end():]
        text = rest[:1].upper() + rest[1:]
    elif person and person[2]:
        text = person[1][:1].upper() + person[1][1:]
    due = find_due(text)
    if due and due.start > 10 and due.detachable:  # kept as the action's due_text
        text = text[:due.start].rstrip(" ,;–—-")
    return text.strip().rstrip(".").strip()


def actions_from_cells(action: str, owner: str, due: str) -> list[dict]:
    """Action / owner / due cells of one row -> raw actions, actions and owners paired in order."""
    texts = split_action_cell(action)
    owners = _lines(owner)
    dues = _lines(due)
    if not texts:
        return []
    if len(texts) == 1 and len(owners) == 1 and len(dues) <= 1:
        texts, owners = _paired_sentences(texts[0], owners[0]) or (texts, owners)
    if len(owners) > len(texts):
        owners = [join_owner_lines(owners)] if len(texts) == 1 else owners
    if len(texts) > 1 and len(owners) <= 1 and all(_INITIALS_TO.match(t) for t in texts):
        owners = []  # each action names its own owner: "JB to circulate ...", "AL to book ..."
    if len(dues) > len(texts) == 1:
        dues = [" ".join(dues)]  # "September" / "Board": one due cell wrapped over lines
    out = []
    for i, text in enumerate(texts):
        owner_text = owners[i] if i < len(owners) else (owners[-1] if len(owners) == 1 else None)
        due_text = dues[i] if i < len(dues) else (dues[-1] if len(dues) == 1 else None)
        due = due_text
        if not due_text:  # no due column: a phrase ending the cell's text ("... by 4 June", "– AB – 21/05/2025")
            dated = _TRAIL_OWNER_DUE.match(text)
            _, due, due_text = (text, dated.group("due"), dated.group("due")) if dated else take_due(text)
        if not owner_text and not dues:  # "... – RB – for the February Board (11.02.27)", "... (Kieran Lusk, ongoing)"
            cut, said, when, phrase = _owner_and_due_at_end(text)
            if said:
                text, owner_text, due, due_text = cut, said, when, phrase
        if not owner_text:
            text, owner_text = owner_from_text(text)
            if not due_text:  # "Circulate the draft by 4 December 2026 – All"
                _, due, due_text = take_due(text)
        out.append({"text": text, "owner_text": owner_text, "due": due, "due_text": due_text})
        ref = _cell_ref(action, texts[i])
        if ref:
            out[-1]["ref"] = ref  # "Action 3 – ...": the number of an action, maybe one from an earlier meeting
    return out


_NOT_IMPERATIVE = re.compile(r"^(?:the|this|these|it|we|they|there|members|partners|all|a|an|in|on|at|if|when|as)\b", re.I)


def _paired_sentences(text: str, owner: str) -> tuple[list[str], list[str]] | None:
    """"Circulate the strategy by 4 December. Send comments – deadline 11/12" beside "AL, All": two actions
    paired with two owners in order, when the cell holds as many instructions (sentences of four words or more
    starting with a verb) as the owner cell names owners."""
    parts = [p.strip() for p in re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", text) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) < 4 or _NOT_IMPERATIVE.match(p) or _INITIALS_TO.match(p) for p in parts):
        return None
    names = split_owners(owner)
    if len(names) != len(parts):
        return None
    return [p.rstrip(".") for p in parts], names


def _cell_ref(cell: str, text: str) -> str | None:
    """"Action 3" when the cell numbers this action ("Action 3 – training plan shared, complete")."""
    m = re.search(r"\b(actions?\s*(?:no\.?\s*)?\d{1,3}[a-z]?)\s*[:\-–—]?\s*" + re.escape(text[:30]), cell or "", re.I)
    return m.group(1) if m else None


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])")
_OWNER_THEN_DUE = re.compile(rf"^(?P<who>{_OWNERS})\s*[-–—]\s*(?P<due>\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|"
                             r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{4})\s*\.?$")
_MARKS = re.compile(rf"(?:^|(?<=\s))(?:ACTIONS?|Actions?)\s*(?:point)?\s*(?:\(?(?P<who>{_OWNERS})\)?\s*)?[:\-–]\s*")


def _inline_segments(line: str, previous: str = "") -> list[tuple[str, str | None, str | None]]:
    """(text, owner, due) after each ACTION marker in a line, up to the next marker or the end of its
    sentence. "ACTION AB: ..." and "ACTION (AB): ..." carry the owner before the colon; a bare
    "Action: AB" (or "Action – AB – 30.06.25", with a due date) owns the sentence before it."""
    marks = list(_MARKS.finditer(line))
    out = []
    for m, nxt in zip(marks, marks[1:] + [None]):
        segment = line[m.end(): nxt.start() if nxt else len(line)].strip()
        dated = _OWNER_THEN_DUE.match(segment)  # "... review. Action – JT/KL – 30.06.25"
        if (looks_like_owner_cell(segment.rstrip(".")) or dated) and not m.group("who"):
            before = line[:m.start()].strip() or previous
            sentence = re.split(r"(?<=[.!?])\s+", before)[-1].strip() if before else ""
            if sentence:
                out.append((sentence, dated.group("who") if dated else segment.rstrip("."), dated.group("due") if dated else None))
            continue
        if len(re.findall(r"[A-Za-z]{2,}", segment)) < 2 or _NO_ACTION.match(segment) \
                or re.match(r"(?:updates?|log|plan|tracker)(?:\s*(?:from|on|of|for)\b|\s*[:.]?\s*$)|points? from\b", segment, re.I):
            # "Actions – update from the last meeting", "Action log:" name a list; "Action: Update the register" is one
            continue
        end = _SENTENCE_END.search(segment)
        out.append((segment[: end.start() + 1] if end else segment, m.group("who"), None))
    return out


_LIST_LEAD = re.compile(r"^\s*(?:[•\-–*·▪]\s*)?(?:agreed\s+|further\s+|new\s+)?actions?(?:\s+(?:arising|agreed))?\s*[:\-–]\s*"
                        r"(?=\(\s*(?:[a-h]|i{1,3}|iv|v|\d{1,2})\s*\)\s)", re.I)
_DUE_PIECE = re.compile(r"^(?:by|before|end|w/?c\b|wc\b|week|within|asap|ongoing|next|deadline|"
                        r"the\s+(?:next|end|\w+\s+(?:meeting|board|group|panel|executive|committee|forum))|\d|"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri)[a-z]*\b)", re.I)
_LIST_MARK = re.compile(r"(?:^|[;,.]?\s+)(?:and\s+)?\(\s*(?:[a-h]|i{1,3}|iv|v|\d{1,2})\s*\)\s+", re.I)
_DASHED = re.compile(r"\s+[–—-]\s+")


def _lettered(line: str) -> list[dict] | None:
    """"Actions arising: (a) Circulate the plan – GT – by 11 December 2026; (b) Book the room – AL – 31/12/2026":
    one action a letter (or number), each "text – owner – due" with the owner and due parted from the text."""
    lead = _LIST_LEAD.match(line)
    if not lead:
        return None
    out = []
    for part in _LIST_MARK.split(line[lead.end():]):
        part = part.strip().rstrip(".;, ")
        if len(re.findall(r"[A-Za-z]{2,}", part)) < 2:
            continue
        pieces = _DASHED.split(part)
        owner = due = None
        if len(pieces) >= 2 and _DUE_PIECE.match(pieces[-1]) and len(pieces[-1].split()) <= 6:
            due = pieces.pop()
        if len(pieces) >= 2 and _short_owner(pieces[-1]):
            owner = pieces.pop()
        text = " – ".join(pieces).strip()
        if not owner:
            text, owner = owner_from_text(text)
        if not due:
            text, _, due = take_due(text)
            text = without_owner_and_due(text) if due else text
        out.append({"text": text.rstrip("."), "owner_text": owner, "due": due, "due_text": due})
    return out


def _short_owner(text: str) -> bool:
    """"GT", "AT / LC", "All", "Education Safeguarding Team", "Jo Bloggs": a name, initials or a team (a few
    capitalised words), not the words of an action."""
    text = text.strip()
    return bool(re.fullmatch(_OWNERS, text)) or bool(
        re.fullmatch(r"(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w'’&-]*){0,5}", text)) and len(text) <= 60


_FIELD_ACTION = re.compile(r"^\s*(?:[•\-–*·▪]\s*)?actions?(?:\s+point)?\s*(?:no\.?\s*)?\d{0,3}[a-z]?\s*[:\-–]\s*(?P<body>.+)$", re.I)
_OWNER_FIELD = re.compile(r"(?:^|(?<=[.;,])\s*|\s+)(?:lead|owner|responsible|by whom|who|action by)\s*:\s*(?P<v>[^.;]+?)\s*(?:[.;]|$)", re.I)
_DUE_FIELD = re.compile(r"(?:^|(?<=[.;,])\s*|\s+)(?:target(?:\s+date)?|deadline|due(?:\s+date)?|by when|timescale|when)\s*:\s*"
                        r"(?P<v>.+?)\s*(?:[;]|\.(?=\s|$)|$)", re.I)


def _fielded(line: str) -> list[dict] | None:
    """"Action Point 3a: Amend the template. Lead: VS. Target: 30 October 2026.": the action's owner and due in
    labelled fields after its text, each taken out of the text."""
    m = _FIELD_ACTION.match(line)
    if not m:
        return None
    body = m.group("body")
    owner, due = _OWNER_FIELD.search(body), _DUE_FIELD.search(body)
    if not owner:
        return None
    cut = min(f.start() for f in (owner, due) if f)
    text = body[:cut].strip().rstrip(".;, ")
    if len(re.findall(r"[A-Za-z]{2,}", text)) < 2:
        return None
    due_text = due.group("v").strip() if due else None
    return [{"text": text, "owner_text": owner.group("v").strip(), "due": due_text, "due_text": due_text}]


_RESOLUTION = re.compile(r"^\s*(?:resolved|agreed)\s*(?:[:\-–]\s*|\s+)(?:that\s+)?", re.I)
_RES_PART = re.compile(r"(?:^|[;,]?\s+)(?:and\s+)?\(\s*(?:\d{1,2}|[a-h]|i{1,3}|iv|v)\s*\)\s+", re.I)
_TASKED = re.compile(r"^(?:that\s+)?(?P<who>the\s+[A-Z][\w'’-]*(?:\s+(?:of|for|and|&|[A-Z][\w'’-]*))*?\s+[A-Z][\w'’-]*|"
                     r"the\s+[A-Z][\w'’-]*)\s+(?:be\s+(?:asked|requested|instructed|invited)\s+to\s+)?"
                     r"(?!(?:be|is|are|was|were|has|have|had|will|would|should|may|can|and|of)\b|[a-z]+[^s\W]s\b|[a-z]+[^e\W]ed\b)"
                     # "the Board receives", "the Executive accepted": a report of what happened, no task
                     r"(?P<rest>[a-z]{3,}\b.+)$")


_TO_DATED_MEETING = re.compile(r"\b(?:to|at|for|by)\s+(?P<phrase>the\s+(?:\w+\s+)?(?:meeting|board|committee|executive|panel)"
                               r"\s+(?:on|of|in)\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?)\s*$")


def _tasked_officers(line: str) -> list[dict]:
    """"RESOLVED: That (1) the report be noted; and (2) the Director of Children's Services report back to the
    March meeting": the part that tasks a named officer is an action too, owned by the officer as written."""
    lead = _RESOLUTION.match(line)
    if not lead:
        return []
    out = []
    for part in _RES_PART.split(line[lead.end():]):
        m = _TASKED.match(part.strip().rstrip(".;"))
        if not m:
            continue
        text, _, due_text = take_due(m.group("rest"))
        found = find_due(text)
        if due_text and found and found.detachable:
            text = text[:found.start].rstrip(" ,;–—-")
        meeting = _TO_DATED_MEETING.search(text)
        if not due_text and meeting:  # "report back to the meeting on 19 January 2027": the meeting is when it is due
            due_text = meeting.group("phrase")
        out.append({"text": text, "owner_text": m.group("who"), "due": due_text, "due_text": due_text})
    return out


# --- One action line, however it is laid out -----------------------------------------------------------------------
# [bullet] [tick box] [reference] [label] body [owner and due]: "[A1] BS to draft the terms – by 27 November 2026.",
# "Action (who, when): Draft an indicator (Alys Brereton, 8 January 2027)", "ACTION YK/IR: look at ... – asap",
# "Update the form – Lead: VS – Due: 30 October 2026", "[ ] @Owain Fitch send the reminder (item 2) 11 Dec 2026",
# "DS Farah to check ... – by the end of next month". Each piece is a rule of its own, so any mix of them reads.

_BULLET = r"(?:->|=>|[•\-–*·▪◦‣>→➢➤○](?=\s|\[))"
_BOX_OPEN = r"\[\s?\]|[☐❑□]"
_BOX_DONE = r"\[[xX✓✔]\]|[☑☒✅✓✔]"
_ACTION_REF = r"\[(?P<bref>[A-Z]{0,3}\d{1,3}[a-z]?)\]|(?P<cref>[A-Z]{1,2}\d{1,3}[a-z]?)(?:[.):]|\s+[–—-])(?=\s)|#(?P<href>\d{1,3}[a-z]?)\b"
_LIST_NUMBER = r"\(\s*(?:[a-z]|[ivx]{1,4}|\d{1,2})\s*\)|(?:[a-z]|[ivx]{1,4})\)|\d{1,2}(?:\.\d{1,2}){0,2}[.)]?(?=\s)"
_LINE_LEAD = re.compile(rf"^\s*(?:{_BULLET}\s*)?(?:(?P<open>{_BOX_OPEN})|(?P<done>{_BOX_DONE}))?\s*"
                        rf"(?:{_ACTION_REF}|{_LIST_NUMBER})?\s*")
_INITIALS = r"(?:[A-Z]{2,4}|[A-Z][a-z]?[A-Z][a-z]{0,3}|All)"
_INITIALS_LIST = rf"{_INITIALS}(?:\s*(?:/|,|&|\band\b)\s*{_INITIALS})*"
# "Action:", "ACTION NC:", "ACTION YK/IR:", "Action (AB):", "Action (who, when):", "Action for DW:", "Action by PH:",
# "Actions – TO:", "Action 4a:", "Agreed action:": the owner, when the label names one, is the action's owner.
_LINE_LABEL = re.compile(rf"^(?i:(?:agreed\s+|new\s+|further\s+)?(?:actions?(?:\s+points?)?|tasks?|to[- ]?dos?))"
                         rf"(?:\s*(?i:no\.?)?\s*(?P<num>\d{{1,3}}[a-z]?)(?![\w/]))?"
                         rf"(?:\s*\(\s*(?:(?P<pwho>{_OWNERS})|(?P<pwords>[a-z][a-z ,/&]{{1,30}})|(?P<pboth>[^()]{{3,60}}))\s*\))?"
                         rf"(?:\s+(?i:for|by|to|owner)\s*:?\s+(?P<for>{_OWNERS}))?"
                         rf"(?:\s+(?P<who>{_INITIALS_LIST}))?"
                         rf"\s*[:\-–—]\s*(?:(?P<who2>{_OWNERS})\s*:\s*)?")
# Labelled fields after the text: "– Lead: VS – Due: 30 October 2026", "Owner: X. Deadline: Y", "Who: X When: Y".
_OWNER_LABELS = r"owners?|lead(?:\s+officer)?|who|assigned\s+to|responsible(?:\s+(?:officer|person|lead))?|actioned\s+by|" \
                r"action\s+by|by\s+whom"
_DUE_LABELS = r"due(?:\s+date|\s+by)?|deadline|by\s+when|when|target(?:\s+date)?|timescales?|date\s+due|completion\s+date"
_FIELD_LABEL = re.compile(rf"(?:^|(?<=[\s.;,·|–—-]))(?P<label>(?i:{_OWNER_LABELS}|{_DUE_LABELS}))\s*:\s*")
# "(item 2)", "Linked to: Item 4": the item an action log line belongs to.
_ITEM_LINK = re.compile(r"\s*(?:\(\s*(?:see\s+|agenda\s+)?item\s+(?P<a>\d{1,2}(?:\.\d{1,2})?[a-z]?|[IVX]{1,5})\s*\)|"
                        r"[·|–—-]?\s*linked\s+to\s*:?\s*(?:agenda\s+)?item\s+(?P<b>\d{1,2}(?:\.\d{1,2})?[a-z]?|[IVX]{1,5})\b)\s*",
                        re.I)
_TRAIL_BRACKET = re.compile(r"\s*\((?P<inside>[^()]{2,90})\)\s*\.?$")
_BRACKET_PARTS = re.compile(r"\s*(?:[,;]|\s[–—-]\s)\s*")
_DUE_WORDS = re.compile(r"^(?:(?:by|before|end|w/?c\b|wc\b|week|within|in\s+\d|asap|a\.s\.a\.p|as soon as|ongoing|on-going|"
                        r"next|deadline|due|immediate(?:ly)?|urgent(?:ly)?|tbc|monthly|quarterly|weekly|annually|"
                        r"each\s+meeting|every\s+meeting|q[1-4]\b|spring|summer|autumn|winter|christmas|easter|half[- ]?term|"
                        r"the\s+(?:next|end|\w+\s+(?:meeting|board|group|panel|executive|committee|forum))|\d|"
                        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tue|wed|thu|fri)[a-z]*\b))", re.I)
_STRICT_OWNER = re.compile(rf"@?{_OWNERS}")
# Verbs that set a task ("Ifan to contact ...", "Dr Onwuka will raise ..."), not report what was said ("Ifan said").
_INSTRUCTION = frozenset("""add address agree amend analyse approach arrange ask attend audit book brief bring build canvass chase
check circulate clarify collate compile complete confirm consider consult contact convene coordinate co-ordinate create
deliver design develop discuss distribute draft e-mail email encourage ensure escalate establish evaluate explore extend
feed finalise find follow forward gather get give highlight identify inform invite issue liaise link look make map meet
monitor nominate notify obtain offer organise pick prepare present produce progress promote propose provide publish pull
put raise re-circulate recirculate refresh remind reply report request research resend respond review revise run schedule
scope seek send set share source speak submit summarise support take talk test update upload visit write""".split())
_TITLE = r"(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx|Cllr|DS|DC|DI|DCI|DCS|Supt|Det\s+Supt|Ch\s+Supt|Insp|Inspector|Sgt|PC)\.?"
_NAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_NOT_A_NAME = re.compile(r"^(?:the|this|that|these|those|it|there|here|we|they|our|work|plans?|training|funding|proposals?|"
                         r"arrangements|steps|efforts|discussions?|data|reports?|papers?|minutes|actions?|progress|attempts?|"
                         r"agreement|decisions?|need|requests?|aim|intention|failure|time|support|capacity|it's|what|how|"
                         r"when|where|why|who|if|as|in|on|at|for|and|but|also|please|note)$", re.I)
_MENTION = re.compile(r"^@(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s*[-–—:,]?\s*(?=[a-z])")
_PERSON_TO = re.compile(rf"^(?P<who>(?:{_TITLE}\s+)?{_NAME}(?:\s+{_NAME}){{0,2}}(?:\s*(?:/|,|&|\band\b)\s*(?:{_TITLE}\s+)?"
                        rf"{_NAME}(?:\s+{_NAME}){{0,2}})*)\s+(?P<to>to|will)\s+(?P<verb>[a-z][a-z-]+)\b")
_CHAIR_TO = re.compile(r"^(?P<who>(?:[Tt]he\s+)?(?:(?:Independent|Vice|Deputy)[- ])?Chair(?:person)?)\s+(?P<to>to|will)\s+"
                       r"(?P<verb>[a-z][a-z-]+)\b")
_NAME_DASH = re.compile(rf"^(?P<who>(?:{_TITLE}\s+)?{_NAME}(?:\s+{_NAME}){{1,2}}|{_INITIALS_LIST})\s*[-–—:]\s+(?=[a-z]{{3,}})")


_PROGRESS_TAIL = re.compile(r"^(?P<text>.{6,300}?)(?::\s+|\s+[–—-]\s+)(?P<status>[^:–—]{2,120})$")
_PROGRESS = re.compile(r"^(?:(?:now|all|has been|have been|was|were|is|are|still|marked(?: as)?)\s+)*(?:done|complete[d]?|closed|"
                       r"actioned|achieved|finished|sent|shared|circulated|published|in place|delivered|discharged|"
                       r"superseded|no longer required|carried (?:forward|over)|c/f|deferred|rolled over|outstanding|"
                       r"in progress|pending|not (?:yet )?(?:started|done|complete[d]?|received|sent)|waiting|awaiting|"
                       r"delayed|overdue|behind)\b", re.I)


# "Referrals to review teams rose by 10%": a plural noun, not a person or a group, and a verb saying what happened.
_REPORTED_PLURAL = re.compile(rf"^(?!(?i:{'|'.join(sorted(GROUP_WORDS))})\b)[A-Z][a-z]+s\s+to\s+.*\b(?:rose|fell|was|were|is|are|"
                              r"has|have|had|increased|decreased|continues|continued|remains|remained|went|came)\b")


def _lead_person(text: str) -> tuple[str, str, bool] | None:
    """(owner, what is to be done, whether that alone sets a task) when the text starts with the person who is to do it: "@Owain Fitch send ...",
    "BS to draft ...", "DS Farah to check ...", "Dr Onwuka will raise ...", "Sophie and Bryony to run ...",
    "Mags Dunmore – get ..."; never "Ifan said ..." or "Members to note ..." (no task is set)."""
    m = _MENTION.match(text)
    if m:
        return f"@{m.group('who')}", text[m.end():], True
    m = _INITIALS_TO.match(text)
    if m:
        return m.group("who"), re.sub(r"^\s*(?:to|will)\s+", "", text[m.end("who"):]), True
    m = _CHAIR_TO.match(text) or _PERSON_TO.match(text)
    if m and m.group("verb") in _INSTRUCTION and (m.re is _CHAIR_TO or not _NOT_A_NAME.match(m.group("who").split()[0])) \
            and not _REPORTED_PLURAL.match(text):
        return m.group("who"), text[m.end("to"):].lstrip(), True
    m = _NAME_DASH.match(text)
    if m and not _NOT_A_NAME.match(m.group("who").split()[0]):
        return m.group("who"), text[m.end():], False  # "Mags Dunmore – get ...": an action only in a list or box
    return None


def _dueish(piece: str) -> bool:
    """"by 27 November 2026", "March Executive (10.03.27)", "2 weeks", "ongoing", "Q1 2027": words that say when."""
    piece = piece.strip().rstrip(".")
    if not piece or len(piece.split()) > 7:
        return False
    found = find_due(f"Do it – {piece}")
    return bool(_DUE_WORDS.match(piece)) or bool(found) and found.start <= len("Do it – ")


def _ownerish(piece: str, loose: bool = False) -> bool:
    """"AB", "YK/IR", "All", "Kieran Lusk and Alys Brereton", "@Mags Dunmore"; with loose, a team or post too
    ("Business Unit", "Head of Service"); a lone capitalised word only when it names a group ("All", "Chair")."""
    piece = piece.strip().rstrip(".")
    if not piece or _dueish(piece) or len(piece) > 60:
        return False
    if re.fullmatch(r"@?[A-Z][a-z]+", piece):
        return piece in _GROUPS
    return bool(_STRICT_OWNER.fullmatch(piece)) or loose and _short_owner(piece)


def _fields(body: str) -> tuple[str, str | None, str | None] | None:
    """(text, owner, due) when the body ends in labelled fields ("Lead: VS – Due: 30 October 2026")."""
    marks = [m for m in _FIELD_LABEL.finditer(body)]
    marks = [m for m in marks if len(re.findall(r"[A-Za-z]{2,}", body[:m.start()])) >= 2]
    if not marks:
        return None
    first = marks[0]
    marks = [m for m in _FIELD_LABEL.finditer(body, first.start())]
    owner = due = None
    for m, nxt in zip(marks, [*marks[1:], None]):
        value = body[m.end(): nxt.start() if nxt else len(body)].strip(" .;,·|–—-")
        if re.fullmatch(rf"(?i:{_OWNER_LABELS})", m.group("label")) and not owner:
            owner = value or None
        elif not due:
            due = value or None
    if not owner and not due:
        return None
    return body[:first.start()].rstrip(" .;,·|–—-"), owner, due


def _bracket_parts(inside: str) -> tuple[str | None, str | None] | None:
    """(owner, due) a bracket gives: "(Kieran Lusk, ongoing)", "(AB)", "(by 18/12 – RQ)", "(31.01.25)"; None when it says
    something else ("(see appendix)", "(who, when)")."""
    parts = [p for p in _BRACKET_PARTS.split(inside.strip()) if p.strip()]
    labelled = [_FIELD_LABEL.match(p.strip()) for p in parts]
    if any(labelled):  # "(Owner: AB; Due: 30/06/2026)"
        owners = [p.strip()[m.end():] for p, m in zip(parts, labelled) if m and re.fullmatch(rf"(?i:{_OWNER_LABELS})", m["label"])]
        dues = [p.strip()[m.end():] for p, m in zip(parts, labelled) if m and not re.fullmatch(rf"(?i:{_OWNER_LABELS})", m["label"])]
        if not all(labelled) or len(owners) > 1 or len(dues) > 1:
            return None
        return (owners[0].strip() or None) if owners else None, (dues[0].strip().rstrip(".") or None) if dues else None
    owners = [p for p in parts if _ownerish(p, loose=len(parts) > 1)]
    dues = [p for p in parts if _dueish(p)]
    if len(owners) + len(dues) != len(parts) or len(dues) > 1 or not parts:
        return None
    return ", ".join(p.strip() for p in owners) or None, dues[0].strip().rstrip(".") if dues else None


def _owner_and_due_at_end(text: str) -> tuple[str, str | None, str | None, str | None]:
    """(text, owner, when, due) from what ends the text: "(Kieran Lusk, ongoing)", "(AB)", "– AB – 30.06.25",
    "– by 27 November 2026", ", end of December"; the text keeps the rest."""
    owner = due = when = None
    for _ in range(2):  # "(Kieran Lusk, ongoing)", "– AB – 30.06.25", "(JB) – 30/06/26": brackets and dashes in any order
        bracket = _TRAIL_BRACKET.search(text)
        parts = _bracket_parts(bracket.group("inside")) if bracket and bracket.start() > 0 else None
        if parts and not (parts[0] and owner) and not (parts[1] and due):
            owners, dated = parts
            owner, due = owner or owners, due or dated
            text = text[:bracket.start()].rstrip(" ,;–—-")
            said = _DASHED.split(text)[-1].strip() if len(_DASHED.split(text)) > 1 else ""
            lead = re.search(r"(?<=\s)(?:by|before|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:half[- ]?term|term|"
                             r"christmas|easter|summer|autumn|winter|spring|new\s+year|next\s+\w+|"
                             r"\w+\s+(?:meeting|board|executive|panel|committee))$", text, re.I)
            if dated and not owners and said and _dueish(said):  # "– March Executive (10.03.27)": one phrase
                due, text = f"{said} ({due})", text[:text.rindex(said)].rstrip(" –—-")
            elif dated and not owners and lead and not re.match(r"(?:by|before|due|deadline)\b", due, re.I):
                # "by half term (12 February 2027)": the date in brackets says when the words before it are
                due, text = f"{lead.group(0)} ({due})", text[:lead.start()].rstrip(" ,;–—-")
        pieces = _DASHED.split(text)
        while len(pieces) > 1:
            last = pieces[-1].strip().rstrip(".")
            if not due and _dueish(last):
                due = last
            elif not owner and _ownerish(last):
                owner = last
            else:
                break
            pieces.pop()
        text = " – ".join(pieces)
    if not due:
        found = find_due(text)
        if found and found.start > 10:
            due, when = found.phrase.rstrip("."), found.when.rstrip(".")  # "to the March meeting" reads "the March meeting"
            if found.detachable:
                text = text[:found.start]
    return text.rstrip(" ,;:–—-."), owner, when or due, due


def _owner_text_of(owner: str | None, field_owner: str | None, person: tuple | None) -> str | None:
    return owner or field_owner or (person[0] if person else None)


def action_line(line: str, listing: bool = False) -> dict | None:
    """One line of minutes read as one action: its text, owner_text and due as written (due_text keeps the phrase,
    MINUTES_SCHEMA), "ref" when it carries an action number ("[A1]", "A3.", "Action 4a"), "linked_item" when it names
    its item ("(item 2)"); a ticked box ("[x]") is an earlier action now done. None when the line is not one action
    on its own (prose, a heading, "Action: AB" owning the sentence before, several "Action:" markers)."""
    if len(line) > 600 or len(_MARKS.findall(line)) > 1:
        return None
    lead = _LINE_LEAD.match(line)
    rest = line[lead.end():].strip()
    ref = lead.group("bref") or lead.group("cref") or (f"#{lead.group('href')}" if lead.group("href") else None)
    boxed = bool(lead.group("open") or lead.group("done"))
    bulleted = lead.end() > 0 and bool(line[:lead.end()].strip())
    label = _LINE_LABEL.match(rest)
    owner = label_due = None
    if label:
        body = rest[label.end():].strip()
        owner = label.group("pwho") or label.group("for") or label.group("who") or label.group("who2")
        given = _bracket_parts(label.group("pboth")) if label.group("pboth") else None
        if label.group("pboth") and not given:
            return None  # "Action (see appendix 2):" is no owner and due
        if given:  # "Action (AB, 30/06/26): circulate the plan"
            owner, label_due = given
        if label.group("num") and not ref:
            ref = f"Action {label.group('num')}"
    else:
        body = rest
    if not body or _NO_ACTION.match(body) or (label and not owner and looks_like_owner_cell(body.rstrip("."))):
        return None  # "Action: AB" owns the sentence before it
    if label and re.match(r"(?:updates?|log|plan|tracker)(?:\s*(?:from|on|of|for)\b|\s*[:.]?\s*$)|points? from\b", body, re.I):
        return None
    item = None
    link = _ITEM_LINK.search(body)
    if link:
        item = link.group("a") or link.group("b")
        after = body[link.end():].strip()
        body = f"{body[:link.start()].rstrip()} – {after}" if after else body[:link.start()].rstrip()
    closing = _TRAIL_BRACKET.search(body)
    fielded = None if closing and _bracket_parts(closing.group("inside")) else _fields(body)  # "(Owner: AB; Due: ...)"
    field_owner = None
    tail_owner = None
    if fielded:
        text, field_owner, due = fielded
        when = due
        if not due:  # "Produce the flowchart by half term (12 February 2027) – Lead: RD"
            text, _, when, due = _owner_and_due_at_end(text)
    else:
        end = _SENTENCE_END.search(body)
        text, tail_owner, when, due = _owner_and_due_at_end(body[: end.start() + 1] if end else body)
        field_owner = tail_owner
    if label_due and not due:
        due = when = label_due
    person = _lead_person(text)
    if person and not person[2] and (owner or field_owner):
        person = None  # "Action for DW: Mags – ...": keep the text whole when the owner is given elsewhere
    dashed = bool(tail_owner and due and _STRICT_OWNER.fullmatch(tail_owner) and re.match(r"[A-Z][a-z]", text))
    if not (label or boxed or fielded and field_owner or person and person[2] or listing and bulleted or dashed):
        return None  # nothing marks the line as an action
    if label and label.group("num") and not (owner or field_owner or person or owner_from_text(text)[1]):
        return None  # "Action 3 – training plan shared, complete": progress on a numbered action
    said = None
    if person:
        text = person[1]
    elif not (owner or field_owner):  # "Action: Case Review subgroup to examine ...", "Action: Book the room – All"
        text, said = owner_from_text(text)
        if said:
            owner, text = said, without_owner_and_due(text)
    if not (owner or field_owner or person or fielded or boxed):
        return None  # "Action: Report to be brought back in June.": read as before, the sentence as written
    if not label and not boxed and person and not fielded and (len(line) > 300 or _DECISION.search(line)):
        return None
    text = text.strip().rstrip(".").strip()
    if len(re.findall(r"[A-Za-z]{2,}", text)) < (3 if boxed and not _owner_text_of(owner, field_owner, person) else 2):
        return None  # "☑ Jo Bloggs": a box ticked beside a name, not a task
    if not (owner or field_owner or person) and label:
        tail = _STATUS_TAIL.match(text)
        if tail and status_words(tail.group("status")):
            return None  # "Action: Housing pathway – closed": an earlier action, read below
    progress = _PROGRESS_TAIL.match(body.rstrip(". "))
    if progress and _PROGRESS.match(progress.group("status")) and not _dueish(progress.group("status")):
        # "Dominic to share the learning with team managers: done.": progress on an earlier action, not a new one
        return {"text": progress.group("text").strip(), "owner_text": None, "due": None, "due_text": None,
                "status": progress.group("status").strip(), "earlier": True}
    owner_text = _owner_text_of(owner, field_owner, person)
    found = {"text": text[:1].upper() + text[1:] if person or said else text, "owner_text": owner_text, "due": when,
             "due_text": due}
    if ref:
        found["ref"] = ref
    if item:
        found["linked_item"] = item
    if lead.group("done"):
        found.update(status="complete", earlier=True, due=None, due_text=None)
    return found


_STACKED_LABEL = re.compile(rf"^\s*(?P<label>(?i:{_OWNER_LABELS}|{_DUE_LABELS}))\s*:?\s*$")


def _stacked_fields(lines: list[str]) -> list[str]:
    """Labels on lines of their own, each value on the line after (a form or definition list flattened to lines):
    "Action" / "Amend the section" / "Who" / "TO" / "When" / "by 18 December 2026" -> one line, "Action: Amend the
    section Who: TO When: by 18 December 2026", read as any labelled action line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        value = lines[i + 1] if i + 1 < len(lines) else ""
        later = lines[i + 2] if i + 2 < len(lines) else ""
        if re.fullmatch(r"\s*action\s*:?\s*", line, re.I) and value and not _STACKED_LABEL.match(value) \
                and _STACKED_LABEL.match(later):
            out.append(f"Action: {value.strip()}")
            i += 2
            continue
        if out and _STACKED_LABEL.match(line) and value.strip() and not _STACKED_LABEL.match(value) and len(value) < 120:
            out[-1] = f"{out[-1].rstrip()} {_STACKED_LABEL.match(line).group('label')}: {value.strip()}"
            i += 2
            continue
        out.append(line)
        i += 1
    return out


def inline_actions(lines: list[str]) -> list[dict]:
    """'ACTION: AB to …', 'Action – circulate the report (CD)', '(Action: EF)' in discussion text;
    an "Actions:" line on its own makes the lines after it actions until a line that is not one."""
    found = []
    listing = False
    previous = ""
    for line in _stacked_fields(lines):
        if re.fullmatch(r"\s*(?:summary\s+of\s+|agreed\s+|new\s+)?(?:actions?|tasks?|to[- ]?dos?)\s*(?:items?|points?|list|arising|agreed|"
                        r"from\s+(?:this|today'?s)\s+meeting)?\s*:?\s*", line, re.I):
            listing = True
            continue
        listed = _lettered(line)
        if listed:
            found += listed
            previous, listing = line, False
            continue
        one = action_line(line, listing)
        if one:
            found.append(one)
            previous = line
            listing = listing and not _LINE_LABEL.match(_LINE_LEAD.sub("", line, count=1))
            continue
        listed = _fielded(line)
        if listed:
            found += listed
            previous, listing = line, False
            continue
        found += _tasked_officers(line)
        segments = _inline_segments(line, previous)
        previous = line
        if segments:
            listing = False
        elif listing and (line.lstrip()[:1] in "•-–*·▪" or _LEAD_OWNERS.match(line.lstrip("•-–*·▪ "))):
            segments = [(line.lstrip("•-–*·▪ ").strip(), None, None)]
        elif _INITIALS_TO.match(line.lstrip("•-–*·▪ ")) and len(line) < 300 and not _DECISION.search(line):
            segments = [(line.lstrip("•-–*·▪ ").strip(), None, None)]  # "AM to circulate the draft by 25/03/25."
        elif " to " in line and (owned := [s for s in sentences(line)[1:] if _owner_to(s) and not _DECISION.search(s)]):
            # "IC presented the plan. PS to share it by 20/11/26.", "... DS Farah to check the records."
            found += [a for s in owned if (a := action_line(s))]
            segments = [(s, None, None) for s in owned if not action_line(s)]
        else:
            listing = False
            paren = _PAREN_ACTION.search(line)
            if paren:
                sentence = re.split(r"(?<=[.!?])\s+", line[:paren.start()].strip())[-1]
                found.append({"text": sentence.strip(), "owner_text": paren.group("who").strip(), "due": None,
                              "paren": True})
            continue
        for text, owner, given_due in segments:
            tail = _STATUS_TAIL.match(text.rstrip(". ")) if not owner else None
            if tail and status_words(tail.group("status")):  # "Action: Housing pathway – closed": an earlier action
                found.append({"text": tail.group("text").strip(), "owner_text": None, "due": None,
                              "status": tail.group("status").strip(), "earlier": True})
                continue
            text, due, due_text = take_due(text)
            dated = _TRAIL_OWNER_DUE.match(text) if not owner else None
            if dated and not due:  # "Write to X – DBe – 21/05/2025"
                due = due_text = dated.group("due")
            if given_due:
                due = due_text = given_due
            if not owner:
                text, owner = owner_from_text(text)
                if owner and not due:  # "... by 4 December 2026 – All": the phrase before the owner
                    text, due, due_text = take_due(text)
            found.append({"text": without_owner_and_due(text) if owner else text, "owner_text": owner, "due": due,
                          "due_text": due_text})
    return found


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z•])|\s•\s|\n", text) if s.strip()]


_LIST_LINE = re.compile(r"^\s*(?:[•\-–*·▪]|\(?[a-z0-9ivx]{1,4}[.)])\s*\S|^\s*[a-z]")


def _with_resolutions(lines: list[str]) -> list[str]:
    """"RESOLVED: That" followed by a list ("• the report be noted; and" ...): one decision, the list joined."""
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and _LIST_LINE.match(line):
            out[-1] = f"{out[-1]} {line.lstrip('•-–*·▪ ').strip()}"
            continue
        end = line.rstrip()[-5:].lower()
        joining = (end.endswith(":") or end.endswith("that") or end.endswith(" to")) and bool(_DECISION.search(line))
        out.append(line)
    return out


def decisions(lines: list[str]) -> list[str]:
    out = []
    for line in _with_resolutions(lines):
        for sentence in sentences(line):
            if _DECISION.search(sentence) and not _INLINE.search(sentence) and len(sentence) > 12:
                out.append(sentence)
    return out


def is_matters_arising(title: str) -> bool:
    return bool(_MATTERS_ARISING.search(title or ""))


def status_words(text: str) -> str | None:
    """The status a short phrase names ("closed", "remains on the agenda"), or None."""
    lowered = (text or "").lower()
    for status, pattern in _STATUS:
        if re.search(pattern, lowered):
            return status
    return None


def status_of(text: str) -> str:
    return status_words(text) or "open"


_REF = re.compile(r"^(?P<ref>action\s*(?:point\s*)?(?:no\.?|ref\.?|number)?\s*\d{1,3}(?:/\d{1,3})?[a-z]?|\d{1,3}/\d{1,3})\b\s*[.:)–—-]?\s*",
                  re.I)
_NAMED_BODY = re.compile(r"^\((?P<text>[^()]{4,120})\)\s*[,:–—-]?\s*(?P<status>.+)$")


_REF_NUMBER = r"\d{1,3}(?:/\d{1,3})?[a-z]?"
_REFS_AND_STATUS = re.compile(rf"^actions?\s*(?:nos?\.?\s*)?(?P<refs>{_REF_NUMBER}(?:\s*(?:,|&|\+|\band\b)\s*{_REF_NUMBER})*)"
                              r"(?![\w/])\s*[.:)–—-]?\s*(?P<status>[^.;]+?)\s*[.!]?$", re.I)
_ONLY_STATUS = re.compile(r"(?:(?:both|all|now|is|are|was|were|has|have|been|still|marked|as)\s+)*"
                          r"(?:complete[d]?|closed|done|actioned|achieved|finished|discharged|resolved|superseded|ongoing|"
                          r"open|outstanding|in progress|pending|carried forward|carried over|c/f|deferred|"
                          r"no longer required)(?:\s*(?:,|/|and)\s*(?:complete[d]?|closed|done|actioned))?", re.I)


def _reference_only(line: str) -> list[dict]:
    """"Action 2 - complete.", "Action 5: closed", "Actions 3 and 4 complete", "Actions 3, 4 and 7 closed": a
    reference (or several) and a status, no words about the action: one update per reference, its text the line
    as written, so the save links it by the reference."""
    m = _REFS_AND_STATUS.match(line)
    if not m or not _ONLY_STATUS.fullmatch(m.group("status").strip()):
        return []
    numbers = re.findall(_REF_NUMBER, m.group("refs"), re.I)
    status = status_of(m.group("status"))
    text = line.strip()
    return [{"text": text, "status": status, "comment": text, "ref": f"Action {n}"} for n in numbers]


def _clauses(sentence: str) -> list[str]:
    """A sentence's clauses split at semicolons, except what follows a numbered action's status ("Action Point 6b
    (dip sample) – not started; carried forward to December" is one update, its status the whole of it)."""
    out: list[str] = []
    for part in re.split(r";\s+", sentence):
        if out and _REF.match(out[-1]) and re.search(r"\s[–—-]\s", out[-1]) and not _REF.match(part):
            out[-1] = f"{out[-1]}; {part}"
        else:
            out.append(part)
    return out


def action_updates(lines: list[str]) -> list[dict]:
    """Lines of a matters-arising item: "Adult LLB to be progressed – Actioned, ..." -> updates. Several in one
    paragraph or cell ("Action 3 ... complete. Action 4 ... complete.") are one update each; a reference
    ("Action 3", "22/31") goes in "ref" so the update can be linked to the action it names. A line that is only
    references and a status ("Actions 3 and 4 complete") is one update per reference."""
    out = []
    clauses = (c for text in lines for sentence in sentences(text) for c in _clauses(sentence))
    for line in clauses:
        line = re.sub(r"^\s*(?:action (?:update|log)s?\s*:?\s*|actions?\s*:\s*|matters arising\s*:\s*)", "", line,
                      flags=re.I).strip()
        if referenced := _reference_only(line):
            out += referenced
            continue
        if out and re.fullmatch(r"[\w\s-]{3,30}", line.rstrip(".")) and status_words(line) and len(line.split()) <= 3:
            out[-1]["status"], out[-1]["comment"] = status_of(line), f"{out[-1]['comment']} {line}".strip()
            continue  # "... has been published. Closed.": the status of the update before
        ref_m = _REF.match(line)
        ref = ref_m.group("ref") if ref_m else None
        body = line[ref_m.end():] if ref_m else re.sub(r"^\d{1,3}[a-z]?\s*[.:)–—-]\s*", "", line)  # "12 – "
        named = _NAMED_BODY.match(body.rstrip("."))
        m = re.match(r"^(?P<text>[^–—]{6,200}?)\s+[–—-]\s+(?P<status>.+)$", body)
        found = (named.group("text"), named.group("status")) if named and status_words(named.group("status")) else \
            (m.group("text"), m.group("status")) if m else _said_update(body)
        if not found and ref and len(re.findall(r"[A-Za-z]{2,}", body)) >= 2:
            found = (body.strip().rstrip("."), body)  # "Action 4 audit letter sent, complete"
        if not found or (not ref and re.search(r"^(the|it|members|all)\b", found[0], re.I)):
            continue
        text = found[0].strip()
        update = {"text": text[:1].upper() + text[1:], "status": status_of(found[1]), "comment": found[1].strip()}
        if ref:
            update["ref"] = ref
        out.append(update)
    return out


_NAMED_ACTION = re.compile(r"^action\s*(?:point\s*)?(?:no\.?\s*)?\d{1,3}[a-z]?\s*\((?P<text>[^()]{4,120})\)\s*(?P<status>.+)$", re.I)
_BRACKET_STATUS = re.compile(r"^(?:the\s+)?(?P<text>[^()]{4,160}?)\s*\((?P<status>[^()]{3,40})\)\.?$", re.I)
_STATED = re.compile(r"^(?:the\s+action\s+(?:on|about|regarding)\s+|the\s+)?(?P<text>[^()]{4,160}?)\s+"
                     r"(?P<status>(?:is|are|was|were|has been|have been|remains?)\s+(?:now\s+|still\s+)?[^()]{3,60})$", re.I)


_EXCEPT = re.compile(r"\b(?:apart from|except(?: for)?|other than|save for|with the exception of)\s+(?:the\s+)?(?P<text>[^,()]{4,120}?)"
                     r",?\s+(?:which|that)\s+(?P<status>(?:is|are|was|were|has been|have been|remains?)\s+(?:now\s+|still\s+)?[^,()]{3,60})$", re.I)


def _said_update(clause: str) -> tuple[str, str] | None:
    """Updates written as prose: "Action 4 (pathway launch) is complete", "the protocol has been
    published (complete)", "the action on advocacy is complete", "the audit is ongoing"."""
    clause = clause.strip().rstrip(".")
    m = _EXCEPT.search(clause)  # "All actions are complete apart from the audit schedule, which remains open"
    if m and status_words(m.group("status")):
        return m.group("text")[:1].upper() + m.group("text")[1:], m.group("status")
    for pattern in (_NAMED_ACTION, _BRACKET_STATUS, _STATED):
        m = pattern.match(clause)
        if m and status_words(m.group("status")):
            return m.group("text")[:1].upper() + m.group("text")[1:], m.group("status")
    return None


def same_action(a: str, b: str) -> bool:
    a, b = _plain(a), _plain(b)
    return bool(a and b) and (a in b or b in a or fuzz.ratio(a, b) >= 80)


@functools.lru_cache(maxsize=4096)
def _plain(text: str) -> str:
    # Cached: de-duplicating compares every action with every other, so each text is normalised once.
    return re.sub(r"\W+", " ", text.lower()).strip()


def _logged_twin(a: dict, b: dict) -> bool:
    """An action log row (no item) repeating an inline action in other words: "Consider the four deaths of ..."
    in the log, "... to consider the four deaths at its January meeting" in the minutes: the same first
    four words of what is to be done."""
    log, inline = (a, b) if str(a.get("source", "")).startswith("table") else (b, a)
    if not str(log.get("source", "")).startswith("table") or inline.get("source") != "inline" or log.get("item"):
        return False
    first = _plain(log["text"]).split()[:4]
    said = _plain(without_owner_and_due(inline["text"])).split()
    return len(first) == 4 and any(said[i:i + 4] == first for i in range(min(len(said), 8)))


def dedupe(actions: list[dict]) -> list[dict]:
    """The same action written inline and again in a closing action log: keep one, with the
    most detail (an item, an owner). Rows of one table are never twins of each other."""
    kept: list[dict] = []
    for action in actions:
        twin = next((k for k in kept if k.get("source") != action.get("source")
                     and (same_action(k["text"], action["text"]) or _logged_twin(k, action))
                     and (k.get("item") == action.get("item") or not k.get("item") or not action.get("item"))), None)
        if twin is None:
            kept.append(action)
            continue
        if str(twin.get("source", "")).startswith("table") and action.get("source") == "inline" and not twin.get("item"):
            twin["text"] = action["text"]  # the minutes' own words; the log row completes them (owner, due)
            twin["owner_text"] = action.get("owner_text") or twin.get("owner_text")
        for key in ("item", "owner_text", "due", "due_text"):
            if not twin.get(key) and action.get(key):
                twin[key] = action[key]
    return kept
