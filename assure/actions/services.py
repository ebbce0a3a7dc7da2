"""Every change to an action goes through these functions, each atomic and naming who acted.

Status changes always leave an ActionUpdate (who, when, what, resulting status), so the
updates are the action's story; django-simple-history keeps every field change besides.
Edits are optimistic-locked: pass the `version` the person saw, or get EditConflict.
"""
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.dates import due_before_meeting_problem
from assure.core.text import shorten
from assure.core.transactions import atomic

from . import dues
from .models import Action, ActionOwner, ActionUpdate

# The longest "what was done" note on completing an action (the evidence of impact field holds 10,000).
NOTE_LIMIT = 5000
# Marks an edit_action argument the caller did not pass (None is a real value for some fields).
KEEP = object()


@dataclass(frozen=True)
class Owner:
    """An owner as the user wrote it: a Person, or the name of a group ('Business team')."""

    person: object = None
    group_name: str = ""

    @property
    def key(self):
        return (self.person.pk, "") if self.person is not None else (None, self.group_name.strip().casefold())


def _check_owners(partnership, owners):
    if not owners:
        raise ValidationError("Give the action at least one owner: a person or a group such as 'Business team'.")
    for owner in owners:
        if owner.person is not None and owner.person.partnership_id != partnership.pk:
            raise ValidationError("An owner must be a person in this partnership.")
        if owner.person is None and not owner.group_name.strip():
            raise ValidationError("Each owner needs a person or a group name.")
        if owner.person is None and len(owner.group_name.strip()) > 100:
            raise ValidationError("A group name must be 100 characters or fewer.")


def _check_same_partnership(partnership, **records):
    for label, record in records.items():
        if record is not None and getattr(record, "partnership_id", partnership.pk) != partnership.pk:
            raise ValidationError(f"The {label} belongs to another partnership.")


def _check_due(due_date, due_at_next_meeting, meeting=None):
    if due_date and due_at_next_meeting:
        raise ValidationError("Give a due date or 'next meeting', not both.")
    if (problem := due_before_meeting_problem(due_date, getattr(meeting, "date", None))):
        raise ValidationError(problem)


@service
@transaction.atomic
def create_action(*, partnership, text, owners, by, due_date=None, due_at_next_meeting=False,
                  body=None, meeting=None, item=None, owner_organisation=None, status=Action.Status.OPEN) -> Action:
    text = (text or "").strip()
    if not text:
        raise ValidationError("Enter what needs to be done.")
    if status not in Action.Status.values:
        raise ValidationError("Choose a status from the list.")
    _check_due(due_date, due_at_next_meeting, meeting)
    _check_same_partnership(partnership, meeting=meeting, body=body, organisation=owner_organisation)
    if item is not None and (meeting is None or item.meeting_id != meeting.pk):
        raise ValidationError("The agenda item must belong to the action's meeting.")
    if due_at_next_meeting and meeting is None:
        raise ValidationError("An action due at the next meeting must come from a meeting.")
    _check_owners(partnership, owners)
    action = Action(
        partnership=partnership, text=text, due_date=due_date, due_at_next_meeting=due_at_next_meeting,
        body=body or (meeting.body if meeting else None), meeting=meeting, item=item,
        owner_organisation=owner_organisation, status=status, created_by=by,
        completed_on=clock.today() if status == Action.Status.COMPLETED else None,
    )
    dues.set_effective_due([action])
    action.save()
    _add_owners(action, _distinct(owners), by)   # a new action has no owners to keep or remove
    return action


@service
@transaction.atomic
def create_follow_up_action(*, partnership, text, owner_organisation, due_date, by, owner=None, body=None,
                            not_before=None, not_before_reason: str = "") -> Action:
    """An action answering something the partnership learnt (a review's or an audit's recommendation, an inspection,
    a risk): always owned by an organisation and due on a date. Owned by `owner` when a person is named, otherwise
    by the organisation itself (its short name as a group owner). The caller links it to what it answers.

    `not_before`: the earliest sensible due date (the date the case began, the risk was raised), refused with
    `not_before_reason` when the due date is earlier. Errors name the form fields owner_organisation / due_date."""
    if owner_organisation is None:
        raise ValidationError({"owner_organisation": "Choose the organisation that owns the action."})
    if due_date is None:
        raise ValidationError({"due_date": "Enter the date the action is due."})
    if not_before is not None and due_date < not_before:
        raise ValidationError({"due_date": not_before_reason or f"The due date must be on or after {not_before:%-d %B %Y}."})
    if owner is not None and owner.partnership_id != partnership.pk:
        raise ValidationError({"owner": "Choose an owner from this partnership's people."})
    owners = [Owner(person=owner)] if owner else [Owner(group_name=owner_organisation.short_name or owner_organisation.name)]
    return create_action(partnership=partnership, text=text, owners=owners, by=by, due_date=due_date, body=body,
                         owner_organisation=owner_organisation)


@dataclass(frozen=True)
class NewActionRow:
    """One action of several created together (imported minutes): create_action's arguments."""

    text: str
    owners: list
    due_date: object = None
    due_at_next_meeting: bool = False
    meeting: object = None
    item: object = None


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def create_actions(*, partnership, actions, by) -> list[Action]:
    """Several actions at once, with create_action's checks, in four queries: the actions, their history, their
    owners and the owners' history. All or nothing with the caller's transaction."""
    rows, owners = [], []
    for number, spec in enumerate(actions, start=1):
        text = (spec.text or "").strip()
        try:
            if not text:
                raise ValidationError("Enter what needs to be done.")
            _check_due(spec.due_date, spec.due_at_next_meeting, spec.meeting)
            _check_same_partnership(partnership, meeting=spec.meeting)
            if spec.item is not None and (spec.meeting is None or spec.item.meeting_id != spec.meeting.pk):
                raise ValidationError("The agenda item must belong to the action's meeting.")
            if spec.due_at_next_meeting and spec.meeting is None:
                raise ValidationError("An action due at the next meeting must come from a meeting.")
            _check_owners(partnership, spec.owners)
        except ValidationError as error:
            raise ValidationError(f"Action {number} ('{shorten(text)}'): {' '.join(error.messages)}") from error
        rows.append(Action(partnership=partnership, text=text, due_date=spec.due_date,
                           due_at_next_meeting=spec.due_at_next_meeting,
                           body=spec.meeting.body if spec.meeting else None, meeting=spec.meeting, item=spec.item,
                           status=Action.Status.OPEN, created_by=by))
        owners.append(_distinct(spec.owners))
    if not rows:
        return []
    dues.set_effective_due(rows)
    saved = bulk_create_with_history(rows, Action)
    bulk_create_with_history(
        [ActionOwner(action=action, person=o.person, group_name="" if o.person else o.group_name.strip())
         for action, wanted in zip(saved, owners) for o in wanted.values()], ActionOwner)
    return saved


@service
@transaction.atomic
def set_owners(action: Action, owners, *, by) -> None:
    """Make `owners` the action's owners, keeping unchanged ones (so the history shows only real changes)."""
    _check_owners(action.partnership, owners)
    wanted = _distinct(owners)
    for existing in action.owners.all():
        key = (existing.person_id, "") if existing.person_id else (None, existing.group_name.casefold())
        if key in wanted:
            wanted.pop(key)
        else:
            existing.delete()
    _add_owners(action, wanted, by)


def _distinct(owners) -> dict:
    wanted = {}
    for owner in owners:
        wanted.setdefault(owner.key, owner)
    return wanted


def _add_owners(action: Action, wanted: dict, by) -> None:
    bulk_create_with_history(
        [ActionOwner(action=action, person=o.person, group_name="" if o.person else o.group_name.strip())
         for o in wanted.values()],
        ActionOwner,
    )


def _completed_on(meeting=None):
    """A completion reported at a meeting is dated that meeting's day (never a day still to come)."""
    today = clock.today()
    return min(meeting.date, today) if meeting is not None and meeting.date else today


def _set_status(action: Action, status: str, meeting=None) -> list[str]:
    """Apply a status, keeping completed_on (and the count of times carried over) in step with it; returns the
    fields changed. Every carried-forward update goes with a call here, so `carried_over` counts them."""
    fields = ["status"]
    if status == Action.Status.CARRIED_FORWARD:
        action.carried_over += 1
        fields.append("carried_over")
    action.status = status
    if status == Action.Status.COMPLETED and action.completed_on is None:
        action.completed_on = _completed_on(meeting)
        fields.append("completed_on")
    elif status != Action.Status.COMPLETED and action.completed_on is not None:
        action.completed_on = None
        fields.append("completed_on")
    return fields


@service
@transaction.atomic
def post_update(action: Action, *, text: str, by, expected_version: int, status: str | None = None,
                meeting=None) -> ActionUpdate:
    """Record progress on an action, optionally changing its status. Refused if the action changed meanwhile."""
    return _record_update(action, text=text, by=by, expected_version=expected_version, status=status, meeting=meeting)


def _record_update(action: Action, *, text: str, by, expected_version: int, status: str | None = None,
                   meeting=None, evidence: str = "") -> ActionUpdate:
    """One update and one history row; `evidence` is added to the action's evidence of impact."""
    text = (text or "").strip()
    status = status or action.status
    if status not in Action.Status.values:
        raise ValidationError("Choose a status from the list.")
    if meeting is not None and meeting.partnership_id != action.partnership_id:
        raise ValidationError("The meeting belongs to another partnership.")
    claim_version(Action, action.pk, expected_version)
    action.refresh_from_db()
    if not text and status == action.status:
        raise ValidationError("Enter an update, or choose a new status.")
    fields = _set_status(action, status, meeting) + ["version"]
    if evidence:
        action.evidence_of_impact = f"{action.evidence_of_impact}\n\n{evidence}".strip()
        fields.append("evidence_of_impact")
    action._change_reason = text[:100]
    action.save(update_fields=fields)
    return ActionUpdate.objects.create(
        action=action, text=text or f"Status changed to {action.get_status_display().lower()}",
        status=status, author=by, created_at=clock.now(), meeting=meeting,
    )


@dataclass(frozen=True)
class MeetingUpdate:
    """An update reported at a meeting on one action (an Action or its id): its text and the status it leaves."""

    action: object
    text: str
    status: str

    @property
    def action_id(self) -> int | None:
        return getattr(self.action, "pk", self.action)


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def post_meeting_updates(meeting, *, updates, by) -> list[ActionUpdate]:
    """Several updates reported at `meeting` (imported matters arising), in a fixed number of queries: one lock
    and check, one update and one history insert for the actions, one insert of the updates.

    Each action must be a matter arising there: agreed at an earlier meeting of the same body and still live (or
    already updated at this meeting). A completion is dated the meeting's day; each action's version moves on,
    so a page opened before the import is refused on save."""
    updates = list(updates)
    if not updates:
        return []
    ids = {u.action_id for u in updates}
    locked = {a.pk: a for a in Action.objects.select_for_update(of=("self",)).select_related("meeting")
              .filter(pk__in=ids, partnership_id=meeting.partnership_id)}
    earlier = {pk for pk, a in locked.items() if a.meeting is not None and a.meeting.body_id == meeting.body_id
               and a.meeting.date < meeting.date}
    closed = {pk for pk in earlier if not locked[pk].is_live}
    if closed:   # a closed action is still a matter arising at the meeting that closed it
        closed -= set(ActionUpdate.objects.filter(meeting=meeting, action_id__in=closed).values_list("action_id", flat=True))
    now, rows, changed = clock.now(), [], {}
    for update in updates:
        action = locked.get(update.action_id)
        if action is None or update.action_id not in earlier or update.action_id in closed:
            what = f"'{shorten(action.text)}'" if action is not None else "That action"
            raise ValidationError(f"{what} is not a matter arising at this meeting: choose an open action of an "
                                  "earlier meeting of the same board or group.")
        if update.status not in Action.Status.values:
            raise ValidationError("Choose a status from the list.")
        text = (update.text or "").strip()
        _set_status(action, update.status, meeting)
        action._change_reason = (text or f"Status changed at the meeting of {meeting.date:%-d %B %Y}")[:100]
        changed[action.pk] = action
        rows.append(ActionUpdate(action=action, status=update.status, author=by, created_at=now, meeting=meeting,
                                 text=text or f"Status changed to {action.get_status_display().lower()}"))
    for action in changed.values():
        action.version += 1
    bulk_update_with_history(list(changed.values()), Action, ["status", "completed_on", "carried_over", "version"])
    return ActionUpdate.objects.bulk_create(rows)


@service
@transaction.atomic
def complete_action(action: Action, *, by, expected_version: int, note: str = "") -> ActionUpdate:
    """Mark an action complete. `note` says what was done (evidence of impact): it becomes the update's text
    and is added to the action's evidence of impact, so the updates and the change history both keep it."""
    note = (note or "").strip()
    if len(note) > NOTE_LIMIT:
        raise ValidationError(f"Say what was done in {NOTE_LIMIT:,} characters or fewer.")
    return _record_update(action, text=note or "Completed", status=Action.Status.COMPLETED, by=by,
                          expected_version=expected_version, evidence=note)


@service
def carry_forward(action: Action, *, by, expected_version: int, meeting=None, text: str = "") -> ActionUpdate:
    """Carry a live action on to the next meeting (matters arising). Counted on the log as 'carried over'."""
    if not action.is_live:
        raise ValidationError("Only an action that is still open can be carried forward.")
    return post_update(action, text=text or "Carried forward", status=Action.Status.CARRIED_FORWARD,
                       by=by, expected_version=expected_version, meeting=meeting)


@service
def supersede(action: Action, *, by, expected_version: int, text: str = "") -> ActionUpdate:
    return post_update(action, text=text or "Superseded", status=Action.Status.SUPERSEDED,
                       by=by, expected_version=expected_version)


@service
@transaction.atomic
def edit_action(action: Action, *, by, expected_version: int, text=KEEP, due_date=KEEP,
                due_at_next_meeting=KEEP, owners=KEEP, status=KEEP, rag=KEEP, owner_organisation=KEEP,
                evidence_of_impact=KEEP, note: str = "") -> Action:
    """Change what an action says (business team). Arguments left out stay as they are.

    Refused with EditConflict if someone saved the action after `expected_version`; a status change
    also records an ActionUpdate (with `note` as its text if given).
    """
    claim_version(Action, action.pk, expected_version)
    action.refresh_from_db()
    old_status = action.status
    if text is not KEEP:
        if not (text or "").strip():
            raise ValidationError("Enter what needs to be done.")
        action.text = text.strip()
    if due_date is not KEEP:
        action.due_date = due_date
    if due_at_next_meeting is not KEEP:
        action.due_at_next_meeting = bool(due_at_next_meeting)
    # Only a changed date is checked: an old action keeps the date it was given.
    _check_due(action.due_date, action.due_at_next_meeting, action.meeting if due_date is not KEEP else None)
    if action.due_at_next_meeting and action.meeting_id is None:
        raise ValidationError("Only an action agreed at a meeting can be due at the next meeting: give a date.")
    if rag is not KEEP:
        if (rag or "") not in ("", *Action.Rag.values):
            raise ValidationError("Choose a RAG status from the list.")
        action.rag = rag or ""
    if owner_organisation is not KEEP:
        _check_same_partnership(action.partnership, organisation=owner_organisation)
        action.owner_organisation = owner_organisation
    if evidence_of_impact is not KEEP:
        action.evidence_of_impact = (evidence_of_impact or "").strip()
    if status is not KEEP and status != old_status:
        if status not in Action.Status.values:
            raise ValidationError("Choose a status from the list.")
        _set_status(action, status)
    if note:
        action._change_reason = note[:100]
    dues.set_effective_due([action])
    action.save()
    if owners is not KEEP:
        set_owners(action, owners, by=by)
    if action.status != old_status:
        ActionUpdate.objects.create(
            action=action, text=(note or "").strip() or f"Status changed to {action.get_status_display().lower()}",
            status=action.status, author=by, created_at=clock.now(),
        )
    return action
