"""Every change to an action goes through these functions, each atomic and naming who acted."""
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core import clock
from assure.core.concurrency import claim_version

from .models import Action, ActionOwner, ActionUpdate


@dataclass(frozen=True)
class Owner:
    """An owner as the user wrote it: a Person, or the name of a group ('Business team')."""

    person: object = None
    group_name: str = ""


def _check_owners(partnership, owners):
    if not owners:
        raise ValidationError("Give the action at least one owner: a person or a group such as 'Business team'.")
    for owner in owners:
        if owner.person is not None and owner.person.partnership_id != partnership.pk:
            raise ValidationError("An owner must be a person in this partnership.")
        if owner.person is None and not owner.group_name.strip():
            raise ValidationError("Each owner needs a person or a group name.")


@transaction.atomic
def create_action(*, partnership, text, owners, by, due_date=None, due_at_next_meeting=False,
                  body=None, meeting=None, item=None, owner_organisation=None, status=Action.Status.OPEN) -> Action:
    text = (text or "").strip()
    if not text:
        raise ValidationError("Enter what needs to be done.")
    if due_date and due_at_next_meeting:
        raise ValidationError("Give a due date or 'next meeting', not both.")
    if meeting is not None and meeting.partnership_id != partnership.pk:
        raise ValidationError("The meeting belongs to another partnership.")
    _check_owners(partnership, owners)
    action = Action.objects.create(
        partnership=partnership, text=text, due_date=due_date, due_at_next_meeting=due_at_next_meeting,
        body=body or (meeting.body if meeting else None), meeting=meeting, item=item,
        owner_organisation=owner_organisation, status=status, created_by=by,
    )
    set_owners(action, owners)
    return action


def set_owners(action: Action, owners) -> None:
    _check_owners(action.partnership, owners)
    action.owners.all().delete()
    ActionOwner.objects.bulk_create([
        ActionOwner(action=action, person=o.person, group_name="" if o.person else o.group_name.strip())
        for o in owners
    ])


@transaction.atomic
def post_update(action: Action, *, text: str, by, expected_version: int, status: str | None = None,
                meeting=None) -> ActionUpdate:
    """Record progress on an action, optionally changing its status. Refused if the action changed meanwhile."""
    text = (text or "").strip()
    status = status or action.status
    if status not in Action.Status.values:
        raise ValidationError("Choose a status from the list.")
    if not text and status == action.status:
        raise ValidationError("Enter an update, or choose a new status.")
    claim_version(Action, action.pk, expected_version)
    action.refresh_from_db()
    fields = ["status"]
    action.status = status
    if status == Action.Status.COMPLETED and action.completed_on is None:
        action.completed_on = clock.today()
        fields.append("completed_on")
    elif status != Action.Status.COMPLETED and action.completed_on is not None:
        action.completed_on = None
        fields.append("completed_on")
    action._change_reason = text[:100]
    action.save(update_fields=fields)
    return ActionUpdate.objects.create(
        action=action, text=text or f"Status changed to {action.get_status_display().lower()}",
        status=status, author=by, created_at=clock.now(), meeting=meeting,
    )


def complete_action(action: Action, *, by, expected_version: int, text: str = "") -> ActionUpdate:
    return post_update(action, text=text or "Completed", status=Action.Status.COMPLETED,
                       by=by, expected_version=expected_version)


@transaction.atomic
def edit_action(action: Action, *, by, expected_version: int, text=None, due_date=None,
                due_at_next_meeting=None, owners=None, rag=None, owner_organisation=None,
                evidence_of_impact=None) -> Action:
    """Change what an action says; refused with EditConflict if someone saved it after `expected_version`."""
    claim_version(Action, action.pk, expected_version)
    action.refresh_from_db()
    if text is not None:
        if not text.strip():
            raise ValidationError("Enter what needs to be done.")
        action.text = text.strip()
    if due_at_next_meeting is not None:
        action.due_at_next_meeting = due_at_next_meeting
        action.due_date = None if due_at_next_meeting else due_date
    elif due_date is not None:
        action.due_date = due_date
    if rag is not None:
        action.rag = rag
    if owner_organisation is not None:
        action.owner_organisation = owner_organisation or None
    if evidence_of_impact is not None:
        action.evidence_of_impact = evidence_of_impact
    action.save()
    if owners is not None:
        set_owners(action, owners)
    return action
