"""After extraction: is this readable file minutes of a meeting at all? Pure, no Django."""
from __future__ import annotations

from assure.documents.checks import UnreadableDocument


class NotMinutes(UnreadableDocument):
    pass


class TooManyActions(UnreadableDocument):
    pass


def looks_like_minutes(record: dict) -> str | None:
    """After extraction: a reason when the record is not minutes of a meeting, else None."""
    people = record.get("people") or {}
    has_people = any(people.get(group) for group in ("present", "in_attendance", "apologies"))
    has_business = any(record.get(key) for key in ("items", "actions", "decisions", "action_updates"))
    if not record.get("date") and not has_people and not has_business:
        return "This does not look like minutes: no meeting date, no attendance and no agenda items were found."
    if not has_people and not has_business:
        return "This does not look like minutes: no attendance list and no agenda items were found."
    return None
