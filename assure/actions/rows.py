"""What each row of the action log and of My actions shows, worked out once per row in Python from one query's values
(ADR 0157). The templates print these strings: per row they look up no records, reverse no URLs and call no tags.
Pure but for `links`, which reverses each URL once per page.

Each value is what the template used to work out from the records, in the same words (the tests hold them equal):
`|truncatechars`, `|date:"j M Y"`, `{% status_tag %}`, `Meeting.__str__`, `Action.owner_text`.
"""
import datetime
import unicodedata
from dataclasses import dataclass

from django.utils.formats import date_format
from django.utils.text import Truncator

from assure.core import dates
from assure.core.rows import url_maker
from assure.core.templatetags.govuk import status_tag

from .models import Action

STATUS_WORDS = dict(Action.Status.choices)
@dataclass(frozen=True)
class Links:
    action: object
    update: object
    meeting: object


def links(slug: str) -> Links:
    return Links(url_maker("actions:detail", slug), url_maker("actions:update", slug),
                 url_maker("meetings:detail", slug))


def _short(text: str, length: int) -> str:
    """As `|truncatechars:length` writes it (Truncator.chars: the text in NFC, cut with an ellipsis if longer); text
    that fits is returned without looking up the ellipsis's translation, most of the filter's cost."""
    text = unicodedata.normalize("NFC", text)
    return text if len(text) <= length else Truncator(text).chars(length)


def _day(day: datetime.date | None) -> str:
    return date_format(day, "j M Y") if day else ""


def _due(values: dict, today: datetime.date) -> tuple[str, str]:
    """The due column's words and its tag ("Overdue", "Due soon" or none), by the rules of core.dates."""
    due, live = values["effective_due"], values["status"] in Action.LIVE
    if dates.is_overdue(due, live, today):
        tag = status_tag("overdue", "Overdue")
    elif dates.is_due_soon(due, live, today):
        tag = status_tag("due", "Due soon")
    else:
        tag = ""
    return dates.due_label(due, values["due_at_next_meeting"]), tag


def _status(values: dict) -> str:
    return status_tag(values["status"], STATUS_WORDS.get(values["status"], values["status"]))


@dataclass(frozen=True)
class LogRow:
    """One row of the action log's table."""
    href: str
    text: str                 # the action, up to 160 characters
    source: str               # the board or group: its own, else its meeting's; "" for neither
    meeting_href: str         # "" without a meeting
    meeting_date: str
    item_number: str | None   # None without an agenda item
    owners: str
    organisation: str | None  # None without an owner organisation
    due_text: str
    due_tag: str
    status_tag: str
    carried_over: int


def log_row(values: dict, owners: str, today: datetime.date, to: Links) -> LogRow:
    """A row of the log from `queries.row_values`."""
    due_text, due_tag = _due(values, today)
    meeting = values["meeting_id"]
    return LogRow(
        href=to.action(values["pk"]), text=_short(values["text"], 160),
        source=(values["body_name"] if values["body_id"] else values["meeting_body_name"] if meeting else ""),
        meeting_href=to.meeting(meeting) if meeting else "", meeting_date=_day(values["meeting_date"]),
        item_number=values["item_number"] if values["item_id"] else None, owners=owners,
        organisation=values["organisation_name"] if values["owner_organisation_id"] else None,
        due_text=due_text, due_tag=due_tag, status_tag=_status(values), carried_over=values["carried_over"])


@dataclass(frozen=True)
class MyRow:
    """One of a person's live actions on My actions."""
    href: str
    text: str                 # up to 120 characters
    short_text: str           # up to 60, for the Update link's hidden words
    agreed_at: str            # the meeting as Meeting.__str__ writes it, else the board or group, else ""
    due_text: str
    due_tag: str
    status_tag: str
    update_href: str
    group: str                # dates.due_group: the heading it sits under


def my_row(values: dict, today: datetime.date, to: Links) -> MyRow:
    """A row of My actions from `queries.row_values`."""
    due_text, due_tag = _due(values, today)
    if values["meeting_id"]:
        agreed_at = f"{values['meeting_body_name']} – {values['meeting_date']:%-d %B %Y}"
    else:
        agreed_at = values["body_name"] if values["body_id"] else ""
    return MyRow(
        href=to.action(values["pk"]), text=_short(values["text"], 120), short_text=_short(values["text"], 60),
        agreed_at=agreed_at, due_text=due_text, due_tag=due_tag, status_tag=_status(values),
        update_href=f"{to.update(values['pk'])}?next=mine",
        group=dates.due_group(values["effective_due"], values["status"] in Action.LIVE, today))


@dataclass(frozen=True)
class CompletedRow:
    href: str
    text: str                 # up to 120 characters
    completed_on: str


def completed_row(values: dict, to: Links) -> CompletedRow:
    return CompletedRow(href=to.action(values["pk"]), text=_short(values["text"], 120),
                        completed_on=_day(values["completed_on"]))
