"""When an action is due, and whether it is late: pure functions, no database.

queries.py computes the same things in SQL (so the log can filter on them); the
tests check both agree.
"""
import datetime

# "Due soon" on the action log: due today or within this many days.
DUE_SOON_DAYS = 14


def effective_due_date(due_date: datetime.date | None, due_at_next_meeting: bool,
                       next_meeting_date: datetime.date | None) -> datetime.date | None:
    """The date an action must be done by: its own date, or the body's next meeting after the one
    where it was agreed. None when it has neither (or that next meeting is not yet scheduled)."""
    if due_date is not None:
        return due_date
    if due_at_next_meeting:
        return next_meeting_date
    return None


def due_soon_window(today: datetime.date, days: int = DUE_SOON_DAYS) -> tuple[datetime.date, datetime.date]:
    """First and last day (both included) of the 'due soon' window."""
    return today, today + datetime.timedelta(days=days)


def is_overdue(due: datetime.date | None, live: bool, today: datetime.date) -> bool:
    """Late: still live and its due date has passed. Due today is not yet overdue."""
    return live and due is not None and due < today


def is_due_soon(due: datetime.date | None, live: bool, today: datetime.date, days: int = DUE_SOON_DAYS) -> bool:
    """Still live and due between today and `days` days from now, inclusive."""
    if not live or due is None:
        return False
    first, last = due_soon_window(today, days)
    return first <= due <= last


def due_label(due: datetime.date | None, due_at_next_meeting: bool) -> str:
    """How the log shows the due column."""
    if due is not None:
        label = f"{due:%-d %B %Y}"
        return f"{label} (next meeting)" if due_at_next_meeting else label
    if due_at_next_meeting:
        return "Next meeting (not yet scheduled)"
    return "No due date"


OVERDUE_GROUP, DUE_SOON_GROUP, LATER_GROUP = "overdue", "due soon", "later"


def due_group(due: datetime.date | None, live: bool, today: datetime.date) -> str:
    """Which heading an action sits under on My actions: overdue, due soon, or later (undated included)."""
    if is_overdue(due, live, today):
        return OVERDUE_GROUP
    if is_due_soon(due, live, today):
        return DUE_SOON_GROUP
    return LATER_GROUP
