"""The distribution clock: a children's (or joint) report goes to the Panel and the What Works Centre within seven
days of publication (Working Together 2023; calendar days, as the guidance says "days", not working days)."""
import datetime

from .checklist import SEND_WITHIN_DAYS


def send_by(published_on: datetime.date) -> datetime.date:
    return published_on + datetime.timedelta(days=SEND_WITHIN_DAYS)


def state(published_on: datetime.date | None, sent_on: datetime.date | None, today: datetime.date) -> str:
    """"not_published", "sent_in_time", "sent_late", "due" (still within the seven days) or "overdue"."""
    if published_on is None:
        return "not_published"
    deadline = send_by(published_on)
    if sent_on is not None:
        return "sent_in_time" if sent_on <= deadline else "sent_late"
    return "due" if today <= deadline else "overdue"
