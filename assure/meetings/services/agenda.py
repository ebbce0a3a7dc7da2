"""The agenda and the minutes written against it: items, papers, decisions, actions."""
import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from assure.actions import services as action_services
from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.transactions import atomic

from .. import numbering, papers
from ..models import AgendaItem, Decision, ForwardPlanEntry, Meeting, Paper
from ._common import check_person
from .meetings import mark_held


def _storage():
    return Paper._meta.get_field("file").storage


def _check_open(meeting: Meeting) -> None:
    if meeting.status == Meeting.Status.CANCELLED:
        raise ValidationError("This meeting has been cancelled, so its agenda and minutes cannot be changed.")


def _check_number(number: str) -> str:
    number = numbering.clean_number(number)
    if not number:
        raise ValidationError("Enter the item number, for example 3 or 2.1.")
    if not numbering.is_valid_number(number):
        raise ValidationError("The item number must be up to 20 letters, digits or dots, for example 3, 2.1 or Part 2.")
    return number


def _check_title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise ValidationError("Enter the title of the item.")
    if len(title) > 300:
        raise ValidationError("The title must be 300 characters or fewer.")
    return title


def _renumber_positions(items: list[AgendaItem]) -> None:
    # With history, so who reordered the agenda is on the record like any other change.
    moved = []
    for position, item in enumerate(items, start=1):
        if item.position != position:
            item.position = position
            moved.append(item)
    if moved:
        bulk_update_with_history(moved, AgendaItem, ["position"])


def _ordered_items(meeting: Meeting) -> list[AgendaItem]:
    # Lock the meeting row so two people adding items at once do not get the same position.
    Meeting.objects.select_for_update().filter(pk=meeting.pk).first()
    return list(AgendaItem.objects.filter(meeting=meeting).order_by("position", "id"))


@service
@transaction.atomic
def add_agenda_item(meeting: Meeting, *, title: str, by, number: str = "", presenter=None,
                    forward_plan_entry: ForwardPlanEntry | None = None) -> AgendaItem:
    """Add an item where its number puts it ("2.1" after "2"). No number: the next whole number."""
    _check_open(meeting)
    check_person(meeting.partnership, presenter, "The presenter")
    title = _check_title(title)
    items = _ordered_items(meeting)
    number = _check_number(number or numbering.next_number([i.number for i in items]))
    if any(i.number == number for i in items):
        raise ValidationError(f"There is already an item {number} on this agenda. Choose another number.")
    index = numbering.insert_position(number, [i.number for i in items])
    # Saved straight at its place; only the items after it move (none when it goes at the end).
    item = AgendaItem(meeting=meeting, number=number, title=title, presenter=presenter,
                       forward_plan_entry=forward_plan_entry, position=index + 1)
    item.save()
    items.insert(index, item)
    _renumber_positions(items)
    return item


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def add_agenda_items(meeting: Meeting, *, items, by) -> list[AgendaItem]:
    """Add several items at once (an imported agenda): `items` are (number, title) or (number, title, discussion)
    tuples, in order; the discussion is the item's minutes.

    The same checks and places as add_agenda_item one by one (an empty number: the next whole
    number), written with one insert and one history insert. All or nothing.
    """
    _check_open(meeting)
    existing = _ordered_items(meeting)
    ordered, added = list(existing), []
    for number, title, *minutes in items:
        title = _check_title(title)
        number = _check_number(number or numbering.next_number([i.number for i in ordered]))
        if any(i.number == number for i in ordered):
            raise ValidationError(f"There is already an item {number} on this agenda. Choose another number.")
        item = AgendaItem(meeting=meeting, number=number, title=title, position=0,
                          discussion=(minutes[0] or "").strip() if minutes else "")
        ordered.insert(numbering.insert_position(number, [i.number for i in ordered]), item)
        added.append(item)
    if not added:
        return []
    for position, item in enumerate(ordered, start=1):
        if item.pk is not None and item.position != position:
            AgendaItem.objects.filter(pk=item.pk).update(position=position)
        item.position = position
    bulk_create_with_history(added, AgendaItem)
    return added


@service
@transaction.atomic
def edit_agenda_item(item: AgendaItem, *, by, expected_version: int, number: str, title: str, presenter=None) -> AgendaItem:
    claim_version(AgendaItem, item.pk, expected_version)
    item.refresh_from_db()
    _check_open(item.meeting)
    check_person(item.meeting.partnership, presenter, "The presenter")
    number, title = _check_number(number), _check_title(title)
    if AgendaItem.objects.filter(meeting=item.meeting, number=number).exclude(pk=item.pk).exists():
        raise ValidationError(f"There is already an item {number} on this agenda. Choose another number.")
    renumbered = number != item.number
    item.number, item.title, item.presenter = number, title, presenter
    item.save()
    if renumbered:
        items = [i for i in _ordered_items(item.meeting) if i.pk != item.pk]
        items.insert(numbering.insert_position(number, [i.number for i in items]), item)
        _renumber_positions(items)
    return item


@service
@transaction.atomic
def remove_agenda_item(item: AgendaItem, *, by) -> None:
    """Remove an item with its papers and decisions. Refused if actions were recorded against it."""
    _check_open(item.meeting)
    if item.actions.exists():
        raise ValidationError("Actions have been recorded against this item. They stay in the action log, "
                              "so the item cannot be removed; change its title instead.")
    stored = [paper.file.name for paper in item.papers.all()]
    meeting = item.meeting
    item.delete()
    _renumber_positions(_ordered_items(meeting))
    transaction.on_commit(lambda: [_storage().delete(name) for name in stored])


@service
@transaction.atomic
def move_agenda_item(item: AgendaItem, *, by, direction: str) -> None:
    """Swap an item with its neighbour: direction is "up" or "down"."""
    if direction not in ("up", "down"):
        raise ValidationError("Choose whether to move the item up or down.")
    _check_open(item.meeting)
    items = _ordered_items(item.meeting)
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = index - 1 if direction == "up" else index + 1
    if not 0 <= target < len(items):
        raise ValidationError(f"Item {item.number} is already at the {'top' if direction == 'up' else 'bottom'} of the agenda.")
    items[index], items[target] = items[target], items[index]
    _renumber_positions(items)


@service
@transaction.atomic
def record_minutes(item: AgendaItem, *, by, expected_version: int, discussion: str) -> AgendaItem:
    """Write the minutes of the discussion of an item. Refused if someone saved them since you opened them."""
    claim_version(AgendaItem, item.pk, expected_version)
    item.refresh_from_db()
    _check_open(item.meeting)
    item.discussion = (discussion or "").strip()
    item.save()
    mark_held(item.meeting, by)
    return item


@dataclass(frozen=True)
class DecisionChange:
    """A line of the item page's decisions: `decision` None adds one; an existing one with `remove` goes."""

    text: str
    decision: Decision | None = None
    remove: bool = False


@dataclass(frozen=True)
class NewAction:
    """An action agreed under the item, as typed on the item page. owners are actions.services.Owner values."""

    text: str
    owners: list = field(default_factory=list)
    due_date: datetime.date | None = None
    due_at_next_meeting: bool = False


@service
@transaction.atomic
def record_item_minutes(item: AgendaItem, *, by, expected_version: int, discussion: str, decisions=(),
                        new_actions=()) -> AgendaItem:
    """Save an item's minutes, decisions and new actions together (the item page): all of it, or nothing.

    Refused with EditConflict if someone saved the minutes since `expected_version`.
    """
    item = record_minutes(item, by=by, expected_version=expected_version, discussion=discussion)
    for change in decisions:
        if change.decision is not None and change.decision.item_id != item.pk:
            raise ValidationError("A decision on the page belongs to another item. Reload the page and try again.")
        if change.decision is None:
            if (change.text or "").strip():
                add_decision(item, text=change.text, by=by)
        elif change.remove:
            remove_decision(change.decision, by=by)
        elif (change.text or "").strip() != change.decision.text:
            _edit_decision(change.decision, text=change.text, by=by)
    for number, action in enumerate(new_actions, start=1):
        try:
            record_item_action(item, text=action.text, owners=action.owners, by=by, due_date=action.due_date,
                               due_at_next_meeting=action.due_at_next_meeting)
        except ValidationError as error:
            raise ValidationError(f"New action {number}: {' '.join(error.messages)}") from error
    return item


def _edit_decision(decision: Decision, *, text: str, by) -> Decision:
    text = (text or "").strip()
    if not text:
        raise ValidationError("Enter the decision, or tick 'Remove' to take it off.")
    decision.text = text
    decision.save()
    return decision


@service
@transaction.atomic
def add_decision(item: AgendaItem, *, text: str, by) -> Decision:
    _check_open(item.meeting)
    text = (text or "").strip()
    if not text:
        raise ValidationError("Enter the decision, for example 'The board agreed the terms of reference.'")
    decision = Decision(item=item, text=text)
    decision.save()
    mark_held(item.meeting, by)
    return decision


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def add_decisions(meeting: Meeting, *, decisions, by) -> list[Decision]:
    """Several decisions at once (imported minutes): `decisions` are (item, text) pairs, items of `meeting`.
    One insert and one history insert."""
    _check_open(meeting)
    rows = []
    for item, text in decisions:
        if item.meeting_id != meeting.pk:
            raise ValidationError("A decision must be recorded under an item of this meeting.")
        text = (text or "").strip()
        if not text:
            raise ValidationError("Enter the decision, for example 'The board agreed the terms of reference.'")
        rows.append(Decision(item=item, text=text))
    return bulk_create_with_history(rows, Decision) if rows else []


@service
@transaction.atomic
def remove_decision(decision: Decision, *, by) -> None:
    _check_open(decision.item.meeting)
    decision.delete()


@service
@transaction.atomic
def record_item_action(item: AgendaItem, *, text: str, owners, by, due_date=None, due_at_next_meeting: bool = False):
    """Record an action agreed under an item; owners are assure.actions.services.Owner values."""
    _check_open(item.meeting)
    action = action_services.create_action(
        partnership=item.meeting.partnership, text=text, owners=owners, by=by, due_date=due_date,
        due_at_next_meeting=due_at_next_meeting, meeting=item.meeting, item=item,
    )
    mark_held(item.meeting, by)
    return action


@service
def add_paper(item: AgendaItem, *, upload, by, title: str = "") -> Paper:
    """Attach an uploaded file (a Django UploadedFile) to an item, after the document intake's checks
    (made before the transaction: they may open the file in a sandbox)."""
    _check_open(item.meeting)
    if upload is None:
        raise ValidationError("Choose a file to upload.")
    max_bytes = getattr(settings, "PAPER_MAX_BYTES", papers.MAX_BYTES)
    papers.check_paper(upload.name, upload.size, upload, max_bytes=max_bytes)
    return _keep_paper(item, upload=upload, by=by, title=title)


@transaction.atomic
def _keep_paper(item: AgendaItem, *, upload, by, title: str) -> Paper:
    _check_open(item.meeting)
    title = (title or "").strip() or upload.name.rsplit(".", 1)[0][:200]
    paper = Paper(item=item, title=title[:200], original_name=upload.name[-255:], size=upload.size, uploaded_by=by)
    paper.file.save(upload.name, upload, save=False)
    stored = paper.file.name
    try:
        paper.save()
    except Exception:
        paper.file.storage.delete(stored)
        raise
    return paper


@service
@transaction.atomic
def remove_paper(paper: Paper, *, by) -> None:
    _check_open(paper.item.meeting)
    stored = paper.file.name
    paper.delete()
    transaction.on_commit(lambda: _storage().delete(stored))
