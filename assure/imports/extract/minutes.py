"""After extraction: is this readable file minutes of a meeting at all? Pure, no Django.

Minutes are refused only when nothing in them says they are minutes: a file with a meeting date and any
sign of a meeting (attendance, items with what was said, actions, decisions, a title saying minutes or notes)
is kept as a draft, and what the reading did not find is listed for the person checking it (`not_understood`),
never guessed. An annual report, an agenda or a letter has none of these and is refused with the reason.
"""
from __future__ import annotations

import re

from assure.documents.checks import UnreadableDocument


class NotMinutes(UnreadableDocument):
    pass


class TooManyActions(UnreadableDocument):
    pass


_MINUTES_TITLE = re.compile(r"\b(minutes|notes of|meeting notes|notes from|action notes|record of (?:the )?meeting|"
                            r"notes|cofnodion)\b", re.I)
_OTHER_KIND = re.compile(r"\b(?P<kind>agenda(?!\s+item)|annual report|newsletter|terms of reference|business plan)\b", re.I)
_FIRST_ITEM = re.compile(r"^\s*(?:\[?\s*(?:agenda\s+)?item\b|\d{1,2}(?:\.\d{1,2})?[.):]?\s+[A-Z])", re.I)
_LETTER = re.compile(r"^\s*dear\b", re.I)
_BUSINESS_WORDS = re.compile(r"\b(agreed|resolved|actions?\s*:|decisions?\s*:|noted|members (?:discussed|asked|noted|agreed)|"
                             r"the (?:board|group|panel|committee|partnership|subgroup) (?:agreed|noted|discussed|received))\b", re.I)


def title_lines(document, count: int = 4) -> list[str]:
    """The lines a reader takes for the document's title: its first short paragraphs and its page title."""
    lines = []
    for block in getattr(document, "blocks", None) or []:
        text = getattr(block, "text", None)
        if text is None:  # a table: the title is above it
            break
        if _FIRST_ITEM.match(text):
            break  # the business has started: "1. Welcome", "Agenda item 1 – ..."
        if text.strip() and len(text) < 200:
            lines.append(text.strip())
        if len(lines) >= count:
            break
    return lines + [str(f) for f in getattr(document, "furniture", None) or [] if len(str(f)) < 200][:2]


def _kind(titles: list[str]) -> str | None:
    """"agenda", "annual report" ...: what the title says the document is, when it says so and not minutes."""
    heading = " ".join(titles)
    if _MINUTES_TITLE.search(heading):
        return None
    m = _OTHER_KIND.search(heading)
    return m.group("kind").lower() if m else None


def looks_like_minutes(record: dict, document=None) -> str | None:
    """After extraction: a reason when the record is not minutes of a meeting, else None.

    `document` (the Document read) gives the title lines; without it only the record is looked at."""
    people = record.get("people") or {}
    has_people = any(people.get(group) for group in ("present", "in_attendance", "apologies"))
    has_records = any(record.get(key) for key in ("actions", "decisions", "action_updates"))
    items = record.get("items") or []
    discussed = any((i.get("discussion") or "").strip() for i in items)
    titles = title_lines(document) if document is not None else []
    kind = _kind(titles)
    text = " ".join([*(i.get("discussion") or "" for i in items), *(record.get("other_text") or [])])
    if titles and _LETTER.match(" ".join(titles[:3])) and not has_people and not items and not kind \
            and not _MINUTES_TITLE.search(" ".join(titles)):
        return "This does not look like minutes: it reads as a letter, with no attendance list and no agenda items."
    if kind and not (has_people and (has_records or discussed)):
        named = kind if kind == "terms of reference" else f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"
        return (f"This does not look like minutes: it is titled as {named} and does not record who attended and what "
                f"was discussed or agreed.")
    if has_people or has_records:
        return None
    if record.get("date") and (discussed or (titles and _MINUTES_TITLE.search(" ".join(titles)))
                               or _BUSINESS_WORDS.search(text)):
        return None  # a meeting on a date, partly read: kept as a draft with what was not found listed
    if not record.get("date"):
        return "This does not look like minutes: no meeting date, no attendance and no agenda items were found."
    if items:
        return "This does not look like minutes: it lists agenda items but no attendance and nothing said under them."
    return "This does not look like minutes: no attendance list and no agenda items were found."


def not_understood(record: dict) -> list[dict]:
    """Flags for what a minutes document did not give the reading, shown to the person checking the draft."""
    people = record.get("people") or {}
    flags = []
    if not any(people.get(group) for group in ("present", "in_attendance", "apologies")):
        flags.append({"kind": "not_understood", "message": "No attendance list was read: add who was present and who "
                                                           "sent apologies, from the file."})
    if not record.get("items"):
        flags.append({"kind": "not_understood", "message": "No agenda items were read: the minutes' text is listed as not "
                                                           "placed under any item."})
    return flags
