"""Document -> meeting record (the MINUTES_SCHEMA shape). Pure: no Django, no file IO."""
from __future__ import annotations

import datetime
import re

from rapidfuzz import fuzz

from assure.core.dates import date_and_time_spans, find_dates, month_year_mention, parse_date, parse_due, parse_time
from assure.core.names import split_owners
from assure.documents.document import Document
from assure.imports.extract import actions as A
from assure.imports.extract.headings import is_part
from assure.imports.extract.items import Walk, walk
from assure.imports.extract.minutes import TooManyActions, not_understood
from assure.imports.extract.owners import Roster, introduced_initials, names_in_text, resolve_owners
from assure.imports.extract.people import APOLOGIES, IN_ATTENDANCE, PRESENT
from assure.imports.extract.registers import register_actions

# Far above any real minutes (a long board meeting agrees a few dozen); bounds the pairwise de-duplication.
MAX_ACTIONS = 1_000
_NEXT = re.compile(r"\b(next meeting|date of next|next board|future meeting|next scheduled meeting|"
                   r"date and time of next|next full|next one (?:is|will be)|we (?:will )?next meet)\b", re.I)
_BODY_WORDS = re.compile(r"\b(board|partnership|sub-?group|group|panel|committee|forum|executive|safeguarding|"
                         r"lscb|lscp|sab|council)\b", re.I)
_STRONG_BODY_WORDS = re.compile(r"\b(board|partnership|sub-?group|group|panel|committee|forum|lscb|lscp|sab)\b", re.I)
_MINUTE_TAKER = re.compile(r"\b(minutes|minute[- ]?taker|note[- ]?taker|minuting|taking (the )?minutes)\b", re.I)
_HELD_ON = re.compile(r"\b(held on|meeting on|meeting of|date of meeting|dated?)\b", re.I)


def extract_record(document: Document, known_people: list[dict] | None = None) -> dict:
    """The meeting record a person will check: fields the document does not give are null/empty.

    known_people: the partnership's people (name, initials, organisation), used for owners the
    document's own attendance list does not explain.
    """
    w = walk(document)
    date = _meeting_date(w, document)
    people = _people(w)
    text = "\n".join(_all_lines(w))
    introduced = introduced_initials(text)
    for p in (p for cat in (PRESENT, IN_ATTENDANCE, APOLOGIES) for p in people[cat]):
        p["initials"] = p["initials"] or introduced.get(p["name"])
    roster = Roster(people=[p for cat in (PRESENT, IN_ATTENDANCE, APOLOGIES) for p in people[cat]],
                    absent={p["name"] for p in people[APOLOGIES]},
                    mentioned=names_in_text(text),
                    known=[{"name": k["name"], "initials": k.get("initials"), "role": k.get("role")}
                           for k in known_people or [] if k.get("name")])
    next_meeting = _next_meeting(w, date)
    body = _body(w, document)
    actions, updates, flags = _actions(w, roster, date, next_meeting, body)
    record = {
        "source": document.source,
        "body": body,
        "date": date,
        "next_meeting_date": next_meeting,
        **_time_and_place(w),
        "people": people,
        "items": [{"number": i.number, "title": i.title, "discussion": discussion(i)} for i in _items(w, actions)],
        "actions": actions,
        "action_updates": updates,
        "decisions": _decisions(w),
        "forward_plan": _forward_plan(actions),
        "other_text": _other_text(w),
        "flags": flags,
    }
    flags += not_understood(record)  # a partly read document says what was not found, never guesses
    return record


def _decisions(w: Walk) -> list[dict]:
    """Decisions in the items' text, and those a Decision(s) column or a closing decisions log gives (each with
    the item its row names), in item order; one written in both places once."""
    logged = w.decisions + _decided(w)
    # the log's words stand for a decision the item's text also reports ("The notes ... were accepted.")
    found = [{"item": i.number, "text": t} for i in w.items for t in A.decisions([i.title, *i.lines])
             if not any(d["item"] == i.number and _reports(t, d["text"]) for d in logged)]
    found += logged
    order = {i.number: n for n, i in enumerate(w.items)}
    return sorted(found, key=lambda d: order.get(d["item"] or "", len(order)))


_DECIDED_REF = re.compile(r"^\s*(?:[•\-–*·▪]\s*)?(?:D\d{1,3}\s*[.:)–—-]?\s*)?(?:(?:agenda\s+)?item\s+|min(?:ute)?\s+)?"
                          r"(?P<n>\d{1,2}(?:\.\d{1,2})?[a-z]?|[IVX]{1,5})\s*[.:)–—-]\s*(?=\S)", re.I)


def _decided(w: Walk) -> list[dict]:
    """Lines under a closing "Decisions log" heading: one decision a line, of the item it names ("Item 3 – The
    Executive approved ...", "3. ...", "D2 – Item 4: ..."); under "Decisions and actions" only the lines worded
    as decisions."""
    numbers = {i.number for i in w.items}
    out = []
    for line, only in w.decided:
        ref = _DECIDED_REF.match(line)
        item = ref.group("n") if ref and ref.group("n") in numbers else None
        text = line[ref.end():].strip() if item else re.sub(r"^\s*[•\-–*·▪]\s*", "", line).strip()
        if len(re.findall(r"[A-Za-z]{2,}", text)) < 3 or re.match(r"^(?:none|nil|n/?a)\b", text, re.I) \
                or re.match(r"^(?:(?:date of )?next meeting|signed|chair|date)\b", text, re.I) \
                or re.search(r"\b(?:closed|ended|finished)\s+at\b", text, re.I):  # "The meeting closed at 12.30"
            continue
        for said in ([text] if only else A.decisions([text])):
            out.append({"item": item, "text": said})
    return out


def _reports(said: str, logged: str) -> bool:
    """The item's sentence reports the logged decision: its words are (nearly) all the log's."""
    return fuzz.token_set_ratio(A._plain(said), A._plain(logged)) >= 90


def _items(w: Walk, actions: list[dict]):
    """Items as printed; a "Part 1" heading that only groups numbered items is not one itself."""
    owned = {a["item"] for a in actions}
    for n, item in enumerate(w.items):
        following = w.items[n + 1] if n + 1 < len(w.items) else None
        if is_part(item.number) and not item.lines and item.number not in owned \
                and following and following.number[:1].isdigit():
            continue
        yield item


def discussion(item) -> str | None:
    """The item's minute as written: every paragraph, in order (MINUTES_SCHEMA), or None when it has none."""
    return "\n".join(item.lines) or None


def _other_text(w: Walk) -> list[str]:
    """Minutes text outside every item, so none is lost: sentences before the first item (not the heading lines
    that give the body, date, time and place) and lines after a closing action log ("Forward plan: ...",
    "Date of next meeting: 13 May 2025, 10:00, Council Chamber")."""
    before = [ln for ln in w.preamble if (re.search(r"[.!?]$", ln) or len(ln.split()) >= 10)
              and not find_dates(ln) and not parse_time(ln)]
    return before + list(w.tail)


def _all_lines(w: Walk) -> list[str]:
    lines = [*w.preamble]
    for item in w.items:
        lines += [item.title, *item.lines]
    return lines + w.tail + [a["text"] for a in w.actions]


def _clean_body(text: str) -> str:
    text = re.split(r"\n", text.strip())[0]
    text = re.sub(r"^\d{4}-\d{2}-\d{2}\s+", "", text)  # a wiki page's "2026-11-30 Practice Review Group meeting notes"
    text = re.sub(r"\s+(?:meeting\s+)?(?:notes|minutes)\s*$", "", text, flags=re.I)
    text = re.sub(r"^(draft\s+|confirmed\s+|approved\s+)?(?:agenda(?:,?\s+reports)?\s+(?:and|&)\s+)?(minutes|notes|record)(\s+(of|from)\s+(the\s+)?|\s*[:\-–]\s*)", "",
                  text, flags=re.I)
    text = re.sub(r"^(meeting of\s+(the\s+)?)", "", text, flags=re.I)
    text = re.split(r"\s+(held|on|at|dated?)\s+(?=\w)|\s+[-–—|]\s+(?=.*\d)|,\s*(?=\w+day\b|\d)", text, maxsplit=1)[0]
    text = re.sub(r"\b(minutes|meeting)\s*$", "", text.strip(" :-–"), flags=re.I)
    return text.strip(" :-–,")


def _body(w: Walk, document: Document) -> str | None:
    if w.meta.get("meeting"):
        return _clean_body(w.meta["meeting"]) or None
    furniture = [re.sub(r"^\s*subject\s*:\s*(?:(?:re|fwd?)\s*:\s*)*", "", ln, flags=re.I) for ln in document.furniture
                 if not (w.sent and re.match(r"^\s*(from|to|cc|bcc|sent|date|importance)\s*:", ln, re.I))]
    lines = [ln for ln in [*w.preamble[:8], *furniture]
             if len(ln) < 160 and not re.match(r"^(present|apologies|in attendance)\b", ln, re.I)
             and not (w.sent and ln.endswith("."))]  # an email's covering sentence names no meeting
    for words in (_STRONG_BODY_WORDS, _BODY_WORDS):  # "X Board" before a bare "Fenshire County Council"
        for n, line in enumerate(lines):
            body = _clean_body(line) if words.search(line) else ""
            if body and words.search(body):
                body = _with_parent(body, lines[n + 1] if n + 1 < len(w.preamble[:8]) else "",
                                    [*document.furniture, *w.signature[:6]])  # an email's: its sender's partnership
                return _with_place(body, lines[:n])
    return None


_PLACELESS = re.compile(r"^(?:the\s+)?(?:safeguarding|local safeguarding|children'?s|adults?'?|multi-agency)\b", re.I)
_COUNCIL = re.compile(r"^(?P<place>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}?)\s+(?:(?:Metropolitan\s+)?Borough|County|"
                      r"City|District|Metropolitan|Royal Borough of)?\s*Council$")


_LEADING_THE = re.compile(r"^the\s+", re.I)


def _with_place(body: str, above: list[str]) -> str:
    """A council's committee page names its board without the place ("Safeguarding Adults Board") under the
    council's name ("Dunmere Borough Council"): the body is the place's board ("Dunmere Safeguarding Adults Board")."""
    if not _PLACELESS.match(body):
        return body
    council = next((m for ln in above for m in [_COUNCIL.match(ln.strip())] if m), None)
    if council is None:
        return body
    return f"{council.group('place')} {_LEADING_THE.sub('', body)}"


_PARENT_WORDS = re.compile(r"\b(partnership|board|lscb|lscp|sab|council|trust)\b", re.I)


def _with_parent(body: str, following: str, furniture) -> str:
    """"X Safeguarding Partnership" over "Practice Review Subgroup": the body is the two together;
    a subgroup named alone takes the partnership from the page header."""
    below = _clean_body(following) if following and not re.match(r"^(minutes|notes)\b", following, re.I) else ""
    if below and _STRONG_BODY_WORDS.search(below) and len(below) < 100 and _words(below) < _words(body) \
            and len(below.split()) >= 3:
        return below  # a running page header over the title that repeats it: "X Partnership – Full Board" / "X PARTNERSHIP BOARD"
    if below and _STRONG_BODY_WORDS.search(below) and len(below) < 100 and _words(body) < _words(below):
        return below  # "Practice Review Group" over "Kestrel Cross Safeguarding Partnership – Practice Review Group"
    if below and _STRONG_BODY_WORDS.search(below) and len(below.split()) >= 2 and not re.search(r"\d", below) \
            and below.lower() not in body.lower() and len(below) < 100:
        return f"{body} {below}"
    if _PARENT_WORDS.search(body):
        return body
    parents = [_clean_body(ln) for ln in furniture if _PARENT_WORDS.search(ln) and len(ln) < 100]
    parent = next((p for p in parents if p and _PARENT_WORDS.search(p) and not re.search(r"\d", p)), None)
    return f"{parent} {body}" if parent and body.lower() not in parent.lower() else body


def _words(text: str) -> set:
    return set(re.findall(r"[a-z]+", text.lower()))


def _day(iso: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(iso) if iso else None


def _iso(date: datetime.date | None) -> str | None:
    return date.isoformat() if date else None


def _iso_dates(text: str, **kwargs) -> list[str]:
    """The record keeps dates as ISO strings (MINUTES_SCHEMA)."""
    return [d.isoformat() for d in find_dates(text, **kwargs)]


def _due(when: str | None, due_text: str | None, meeting_date: str | None,
         next_meeting: str | None, body: str | None = None) -> tuple[str | None, str | None]:
    """(due, due_text): the date the minutes let a reader fix, as ISO, or None ("ASAP", "ongoing", "the May
    Board" when the next meeting is not in May, or when `body` is a subgroup and the Board is another body);
    and the phrase as written (MINUTES_SCHEMA)."""
    when = " ".join((when or "").split())
    due_text = " ".join((due_text or when).split()) or None
    if not when:
        return None, due_text
    due = parse_due(when, _day(meeting_date), _day(next_meeting), body=body)
    return _iso(due.date), due_text


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE_DAY = re.compile(r"\b(yesterday|today|this (?:morning|afternoon)|last (" + "|".join(_WEEKDAYS) + r"))\b", re.I)
_ABOUT_MEETING = re.compile(r"\b(meet|met|meeting|notes|minutes|group|board|panel|forum|session|call)\b", re.I)


def _relative_date(w: Walk) -> str | None:
    """Notes pasted into an email: "Notes from yesterday's group", "we met this morning", "last Tuesday's
    meeting" counted back from the day the email was sent (its Sent/Date header)."""
    sent = _day(_iso(parse_date(w.sent))) if w.sent else None
    if not sent:
        return None
    for line in [*w.covering, *w.preamble[:8]]:
        for sentence in re.split(r"(?<=[.!?])\s+", line):
            m = _RELATIVE_DAY.search(sentence)
            if not m or _NEXT.search(sentence) or not _ABOUT_MEETING.search(sentence):
                continue
            word = m.group(1).lower()
            if word.startswith("yesterday"):
                back = 1
            elif word.startswith("last"):
                back = (sent.weekday() - _WEEKDAYS.index(m.group(2).lower())) % 7 or 7
            else:
                back = 0
            return _iso(sent - datetime.timedelta(days=back))
    return None


def _meeting_date(w: Walk, document: Document) -> str | None:
    if w.meta.get("date"):
        found = _iso(parse_date(w.meta["date"]))
        if found:
            return found
    relative = _relative_date(w)
    if relative:
        return relative
    candidates = [ln for ln in [*w.preamble[:15], w.meta.get("meeting", "")] if ln and not _NEXT.search(ln)]
    for line in candidates:
        if _HELD_ON.search(line) and _iso_dates(line):
            return _iso_dates(line)[0]
    for line in candidates + list(document.furniture):
        found = _iso_dates(line)
        if found:
            return found[0]
    for line in _all_lines(w)[:40]:  # no date before the business: the first one in it
        found = _iso_dates(line) if not _NEXT.search(line) else []
        if found:
            return found[0]
    return None


_WEEKDAY_DAY = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(\d{1,2})(?!\d)", re.I)


def _wrong_weekday(iso: str, text: str) -> bool:
    """"Thursday 7" then a line from another column, "February (closed).": 7 February 2027 is a Sunday, so the two
    lines are not one date. A day written with its weekday that does not fall on it."""
    day = datetime.date.fromisoformat(iso)
    return any(int(m[2]) == day.day and _WEEKDAYS.index(m[1].lower() + "day") != day.weekday()
               for m in _WEEKDAY_DAY.finditer(text))


def _on_its_weekday(iso: str, text: str) -> bool:
    day = datetime.date.fromisoformat(iso)
    return any(int(m[2]) == day.day and _WEEKDAYS.index(m[1].lower() + "day") == day.weekday()
               for m in _WEEKDAY_DAY.finditer(text))


def _next_meeting(w: Walk, date: str | None) -> str | None:
    """The next meeting's date: from a line that starts with the words ("7. Date of next meeting: ...",
    "Next meeting: ...") before one that only mentions it ("ACTION: ... for the next meeting. ... by 31/03")."""
    lines = [*w.preamble, *w.meta.values(), *[ln for i in w.items for ln in [i.title, *i.lines]], *w.tail]
    mentions = [(n, m) for n, line in enumerate(lines) for m in [_NEXT.search(line)] if m]
    for leading in (True, False):
        for n, m in mentions:
            line = lines[n]
            if leading and m.start() > 30:
                continue
            year = int(date[:4]) if date else None
            head = line[m.start(): m.start() + 100]  # the date next to the words, not one later in the paragraph
            # "7. Date of next meeting" / "Wednesday 2nd April": the date goes on on the next line; in two columns read
            # across ("Thursday 7" / "February (closed)." / "January 2027, ..."), on the one after, where the day
            # falls on its weekday
            follow = lines[n + 1: n + 3] if len(line) - m.end() < 20 else []
            for k, after in enumerate([f"{head} {nxt[:100]}" for nxt in follow] or [head]):
                found = _iso_dates(after, default_year=year, after=_day(date))
                found = [d for d in found if (not date or d > date) and not (follow and _wrong_weekday(d, after))
                         and (k == 0 or _on_its_weekday(d, after))]
                if found:
                    return found[0]
    return None


_LABELS = re.compile(r"(?:^|(?<=\s)|(?<=[\t.;,|]))\s*(time|start time|venue|location|place|where)\s*:\s*", re.I)
_PLACE_LEAD = re.compile(r"^[\s,;:|\-–—]*(?:(?:held\s+)?(?:at|in)\s+(?=[A-Z])|venue\s*:?\s*|location\s*:?\s*)?", re.I)
_NOT_PLACE = re.compile(r"^(?:minutes|notes|draft|official|confidential|agenda|page \d|\(?draft\)?|part\b)|"
                        r"\b(?:meeting|minutes|notes)\s*$", re.I)
_HELD_AT = re.compile(r"\bheld\s+(?:at|in)\s+(?P<place>[A-Z][^,;]{2,60}?)\s+on\b")


_ONLINE = re.compile(r"\b(?:via|on|by|using)\s+(?:microsoft\s+|ms\s+)?(?:teams|zoom|google meet|webex)\b", re.I)


def _labelled(text: str) -> dict[str, str]:
    """"24/04/2025\tTime: 13:30 – 16:00\tVenue: Microsoft Teams" -> {"time": ..., "venue": ...}."""
    marks = list(_LABELS.finditer(text))
    out = {}
    for m, nxt in zip(marks, marks[1:] + [None]):
        label = m.group(1).lower()
        key = "time" if "time" in label else "venue"
        value = text[m.end(): nxt.start() if nxt else len(text)].strip(" \t.;|")
        out.setdefault(key, value)
    return out


def _place_after(line: str) -> str | None:
    """The place a heading line names after its date and time: "..., 10:00 – 12:00, Room 4, County Hall"."""
    spans = date_and_time_spans(line)
    held = _HELD_AT.search(line)
    if held:
        return held.group("place").strip()
    if not spans:
        return None
    rest = _PLACE_LEAD.sub("", line[spans[-1][1]:], count=1).strip(" .;:|\t–—-")
    rest = re.sub(r"^\((.*)\)$", r"\1", rest).strip()  # "11/03/25 (Teams)"
    rest = re.split(r"\s+[-–—|]\s+(?=(?:official|draft|confidential|minutes|notes)\b)", rest, flags=re.I)[0].strip()
    if not rest or not re.search(r"[A-Za-z]{2}", rest) or len(rest) > 90 or _NOT_PLACE.search(rest) \
            or (rest[:1].islower() and not rest.lower().startswith("via")):
        return None
    return rest


def _time_and_place(w: Walk) -> dict:
    """start_time (24-hour) and location (as written) from the meeting's labels ("Time:", "Venue:") or its
    heading lines ("Minutes of the meeting held on Tuesday 11 March 2025, 10:00 – 12:00, Room 4, County Hall");
    a "next meeting" line gives neither."""
    labelled: dict[str, str] = {}
    for key in ("time", "venue"):
        if w.meta.get(key):
            labelled.setdefault(key, w.meta[key].strip(" .;"))
    for value in w.meta.values():
        for key, found in _labelled(value).items():
            labelled.setdefault(key, found)
    headings = [ln for ln in [w.meta.get("date", ""), w.meta.get("meeting", ""), *w.preamble[:10]]
                if ln and not _NEXT.search(ln) and len(ln) < 240]
    for line in headings:
        for key, found in _labelled(line).items():
            labelled.setdefault(key, found)
    start = parse_time(labelled.get("time"))
    place = labelled.get("venue") or None
    for line in headings:
        if start and place:
            break
        head = _LABELS.split(line)[0]
        if not (find_dates(head) or parse_time(head) or _HELD_AT.search(head)):
            continue
        start = start or parse_time(head)
        place = place or _place_after(head)
    if not place:  # "Held virtually via Microsoft Teams", no place after the date
        online = next((m for ln in headings for m in [_ONLINE.search(ln)] if m), None)
        place = online.group(0) if online else None
    return {"start_time": f"{start:%H:%M}" if start else None, "location": place}


def _people(w: Walk) -> dict:
    out = {PRESENT: [], IN_ATTENDANCE: [], APOLOGIES: []}
    seen: dict[str, dict] = {}
    for cat, person in w.people:
        key = person["name"].lower()
        if key in seen:  # listed twice (chair label and list): fill gaps, keep first category
            for field, value in person.items():
                seen[key][field] = seen[key][field] or value
            continue
        seen[key] = dict(person)
        if cat == PRESENT and _MINUTE_TAKER.search(f"{person.get('role') or ''} {person.get('organisation') or ''}"):
            cat = IN_ATTENDANCE  # "Jo Bloggs (minutes)" in the present list takes the minutes, not a member
        out[cat].append(seen[key])
    return out


def _actions(w: Walk, roster: Roster, date: str | None, next_meeting: str | None,
             body: str | None = None) -> tuple[list, list, list]:
    raw = [dict(a) for a in w.actions]
    by_number = {i.number: i for i in w.items}
    # Each item's text joined once and shared: a copy per action made a 2 MB file take 50 s and 12 GB.
    contexts = {id(item): (" ".join([item.title, *item.lines]), "\n".join(item.lines)) for item in w.items}
    for item in w.items:
        raw += [{**a, "item": item.number, "context": contexts[id(item)][1], "source": "inline"}
                for a in A.inline_actions(item.lines)]
    listed, used = register_actions(w.tail)  # a closing register: entries with their item, owner and due
    for a in listed:
        lead = a.pop("lead", None)
        if lead and roster.lists(lead):  # "Rita Desmond – Produce the flowchart": a listed person first
            a["owner_text"], a["text"] = lead, re.sub(rf"^{re.escape(lead)}\s*[–—-]\s*", "", a["text"])
    raw += [{**a, "item": a["item"] if a["item"] in by_number else None, "context": "", "source": "register"}
            for a in listed]
    rest = [line for n, line in enumerate(w.tail) if n not in used]
    raw += [{"context": "", "source": "inline", **a, "item": a.get("item") if a.get("item") in by_number else None}
            for a in A.inline_actions(rest)]
    for a in raw:  # "(item 2)", "Linked to: Item 4" on a closing task list: the action is that item's
        linked = a.pop("linked_item", None)
        if linked in by_number:
            a["item"] = linked
    if len(raw) > MAX_ACTIONS:  # de-duplicating compares actions pairwise: bound the pairs
        raise TooManyActions(f"The file holds {len(raw):,} actions; the most Assure reads in one set of minutes is "
                             f"{MAX_ACTIONS:,}. Split it or upload the part you need.")
    actions, updates, flags = [], [], []
    roster.tokens = {t for a in raw for t in split_owners(a.get("owner_text") or "")}
    for item in w.items:
        if A.is_matters_arising(item.title):
            for u in A.action_updates(item.lines):
                update = {"item": item.number, "text": u["text"], "status": u["status"]}
                if u["comment"] and u["comment"].lower().rstrip(".") != u["text"].lower().rstrip("."):
                    update["comment"] = u["comment"]  # "Actioned, shared with partners": the progress as written
                if u.get("ref"):
                    update["ref"] = u["ref"]  # "Action 3", "22/31": the earlier action it names
                updates.append(update)
    for a in raw:  # a log numbering its actions "3.1", "3.2" under item 3 (no item 3.1): the action is item 3's
        number = a.get("item") or ""
        if number and number not in by_number and "." in number and number.split(".")[0] in by_number:
            a["item"] = number.split(".")[0]
    logged = {(a.get("item"), _squash(a.get("owner_text"))) for a in raw if str(a.get("source", "")).startswith("table")}
    raw = [a for a in raw if not (a.get("paren") and (a["item"], _squash(a.get("owner_text"))) in logged)]  # "(Action: PS)"
    arising = [i.number for i in w.items if A.is_matters_arising(i.title)]
    reviewing = arising[0] if len(arising) == 1 else None
    for a in A.dedupe(raw):
        if not a.get("text"):
            continue
        status = A.status_of(a["status"]) if a.get("status") else None
        item = by_number.get(a.get("item") or "")
        earlier = a.get("status") and (a.get("earlier") or (item and A.is_matters_arising(item.title)))
        owned_line = a.get("source") == "inline" and a.get("owner_text")  # "[A2] AB to share it once published": new
        if a.get("ref") and not a.get("status") and (A.status_words(a["text"]) and not owned_line
                                                     or (item and A.is_matters_arising(item.title))):
            # "Action 3 – training plan shared, complete." in an action cell: progress on an earlier action
            for u in A.action_updates([f"{a['ref']} – {a['text']}"]):
                updates.append({"item": a.get("item"), "text": u["text"], "status": u["status"], "ref": u.get("ref") or a["ref"],
                                **({"comment": u["comment"]} if u["comment"].lower().rstrip(".") != u["text"].lower().rstrip(".") else {})})
            continue
        if status in ("closed", "carried_forward") or earlier:  # about an action from an earlier meeting
            # a tracker's row: the item the table sits in, else the meeting's one item on earlier actions
            update = {"item": a.get("item") or a.get("within") or reviewing, "text": a["text"], "status": status or "open"}
            if (a.get("status") or "").strip().lower() not in ("", "open", "closed", "complete", "completed"):
                update["comment"] = a["status"].strip()  # the progress as written: "Sent on 3 February"
            updates.append(update)
            continue
        if not a.get("owner_text"):  # "Head of Children's Services, Tawel Council, and ..., to report how ..."
            a["text"], a["owner_text"] = _titled_owners(a["text"], roster)
        context = contexts[id(item)][0] if item else a.get("context", "")
        resolution = resolve_owners(a.get("owner_text") or "", roster, context, a.get("item"))
        flags += resolution.flags
        due, due_text = _due(a.get("due"), a.get("due_text"), date, next_meeting, body)
        actions.append({"item": a.get("item"), "text": a["text"].strip(), "owner_text": a.get("owner_text"),
                        "owners": resolution.owners, "due": due, "due_text": due_text})
    updates = [u for n, u in enumerate(updates) if not any(A.same_action(u["text"], v["text"]) and not _other_refs(u, v)
                                                           for v in updates[:n])]
    order = {i.number: n for n, i in enumerate(w.items)}
    actions.sort(key=lambda a: order.get(a["item"] or "", len(order)))  # document order, log rows by item
    updates.sort(key=lambda u: order.get(u["item"] or "", len(order)))
    return actions, updates, flags


_TITLED_TO = re.compile(r"^(?P<who>(?:the\s+)?[A-Z][^.;:]{2,200}?),?\s+(?:to|are to|is to|will)\s+(?P<rest>[a-z]{3,}\b.*)$", re.S)


def _titled_owners(text: str, roster: Roster) -> tuple[str, str | None]:
    """An action opening with the job titles of people the minutes list, then "to" and what they are to do
    ("Head of Children's Services, Tawel Council, and Head of Safeguarding, Cwm Tawel Health Board, to report
    ..."): (what is to be done, the owners as written); the text unchanged and None otherwise."""
    m = _TITLED_TO.match(text.strip())
    if not m or not roster.lists(m.group("who")):
        return text, None
    rest = A.without_owner_and_due(m.group("rest"))  # "... – next Board meeting": the due date is a field of its own
    return rest[:1].upper() + rest[1:], m.group("who").strip()


def _squash(owner_text: str | None) -> str:
    return re.sub(r"\W+", "", (owner_text or "").lower())


def _forward_plan(actions: list[dict]) -> list[dict]:
    """Actions that put an item on the forward plan or a future agenda."""
    out = []
    for a in actions:
        if re.search(r"forward plan|(next|future|\w+) (meeting'?s? )?agenda|agenda (at|for) the next", a["text"], re.I):
            when = month_year_mention(a["text"]) or (re.search(r"next (\w+ )?meeting|\b(january|february|march|april|may|june|july|"
                                                       r"august|september|october|november|december)\b", a["text"], re.I)
                                              or [None])[0]
            out.append({"item": a["item"], "text": a["text"], "when": a.get("due_text") or when})
    return out


def _other_refs(a: dict, b: dict) -> bool:
    """Two updates naming different actions ("Action 3 – complete", "Action 4 – complete"; "Actions 3 and 4
    complete" as two) are two updates, however alike their words."""
    return bool(a.get("ref") and b.get("ref")) and _bare_ref(a["ref"]) != _bare_ref(b["ref"])


def _bare_ref(ref: str) -> str:
    """ "Action 3", "Action no. 03", "A3", "#3" -> "3"."""
    return re.sub(r"^(?:action|act)s?\s*(?:no\.?|number|ref\.?)?\s*:?\s*|^a(?=\d)|^#|\s+", "", ref.lower().strip()).lstrip("0")
