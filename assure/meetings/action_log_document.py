"""A meeting's action log as a download: the actions agreed at the meeting, then the matters arising (actions of
earlier meetings of the body still open, or updated at this one), each with owner, due date, status and the
latest update. Word through `documents.render` (a `Composition`), XLSX through `documents.tables.write_table`:
the same rows in both."""
from __future__ import annotations

from dataclasses import dataclass

from assure.core.dates import due_label
from assure.documents.compose import Composition, Paragraph, Section, Table

COLUMNS = ("Agreed at", "Item", "Action", "Owner", "Due", "Status", "Latest update")


@dataclass(frozen=True)
class LogRow:
    agreed_at: str
    item: str
    action: str
    owner: str
    due: str
    status: str
    latest_update: str

    def cells(self) -> tuple[str, ...]:
        return (self.agreed_at, self.item, self.action, self.owner, self.due, self.status, self.latest_update)


def action_log_rows(meeting) -> tuple[list[LogRow], list[LogRow]]:
    """(agreed at this meeting, matters arising), each in the order the meeting page shows them."""
    from assure.actions import queries as action_queries
    from assure.actions.models import Action, ActionUpdate

    from . import queries

    # annotated(): each action's effective due date (an action due "at the next meeting" gets that meeting's date)
    agreed = list(action_queries.annotated(Action.objects.filter(partnership=meeting.partnership, meeting=meeting))
                  .order_by("item__position", "created_at", "id"))
    arising = list(action_queries.annotated(queries.matters_arising(meeting).prefetch_related(None)))
    latest = {}
    for update in ActionUpdate.objects.filter(action__in=[a.pk for a in agreed + arising]).order_by("created_at", "id"):
        latest[update.action_id] = update  # the last one wins
    return [_row(a, latest.get(a.pk)) for a in agreed], [_row(a, latest.get(a.pk)) for a in arising]


def _row(action, update) -> LogRow:
    latest = f"{update.created_at:%-d %b %Y}: {update.text}" if update else ""
    return LogRow(
        agreed_at=f"{action.meeting.date:%-d %b %Y}" if action.meeting_id else "",
        item=action.item.number if action.item_id else "", action=action.text,
        owner=", ".join(str(owner) for owner in action.owners.all()) or "No owner",
        due=due_label(action.effective_due, action.due_at_next_meeting), status=action.get_status_display(),
        latest_update=latest)


def build_action_log(meeting_title: str, partnership: str, agreed: list[LogRow], arising: list[LogRow]) -> Composition:
    """Pure: the Word document's content (landscape: seven columns)."""
    def block(rows, empty):
        if not rows:
            return (Paragraph(empty, "empty"),)
        return (Table(columns=COLUMNS, rows=tuple(r.cells() for r in rows), widths=(1.2, 0.7, 4, 1.6, 1.4, 1.2, 3.5)),)

    return Composition(
        title="Action log", subtitle=meeting_title, author=partnership, landscape=True, sections=(
            Section(title="Actions agreed at this meeting", key="agreed",
                    blocks=block(agreed, "No actions were agreed at this meeting.")),
            Section(title="Matters arising", key="arising",
                    blocks=block(arising, "No open actions from earlier meetings.")),
        ))


def action_log_composition(meeting) -> Composition:
    agreed, arising = action_log_rows(meeting)
    return build_action_log(str(meeting), meeting.partnership.name, agreed, arising)


def action_log_table(meeting) -> list[list[str]]:
    """The spreadsheet's rows, heading first; a first column says which list each action is from."""
    agreed, arising = action_log_rows(meeting)
    rows = [["List", *COLUMNS]]
    rows += [["Agreed at this meeting", *r.cells()] for r in agreed]
    rows += [["Matters arising", *r.cells()] for r in arising]
    return rows
