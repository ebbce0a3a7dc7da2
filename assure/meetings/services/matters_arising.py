"""Matters arising: the business team reports progress on earlier actions at this meeting."""
from django.core.exceptions import ValidationError
from django.db import transaction

from assure.actions import services as action_services
from assure.actions.models import Action
from assure.core.audit import service
from assure.core.transactions import atomic

from ..models import Meeting

# What can be reported at a meeting, in the minute taker's words.
OUTCOMES = {
    Action.Status.CARRIED_FORWARD: "Carried forward",
    Action.Status.COMPLETED: "Completed",
    Action.Status.OPEN: "Still open",
    Action.Status.IN_PROGRESS: "In progress",
    Action.Status.SUPERSEDED: "Superseded",
}


@service
@transaction.atomic
def record_matters_arising_update(meeting: Meeting, action: Action, *, text: str, status: str, by,
                                  expected_version: int):
    """Post the update reported at `meeting` on an action from an earlier meeting of the same body."""
    from ..queries import matters_arising

    if meeting.status == Meeting.Status.CANCELLED:
        raise ValidationError("This meeting was cancelled.")
    if status not in OUTCOMES:
        raise ValidationError("Choose carried forward, completed, still open, in progress or superseded.")
    if not matters_arising(meeting).filter(pk=action.pk).exists():
        raise ValidationError("That action is not a matter arising at this meeting.")
    return action_services.post_update(action, text=text, status=status, by=by,
                                       expected_version=expected_version, meeting=meeting)


@service
@atomic   # no savepoint of its own inside all_or_nothing() (ADR 0112)
def record_matters_arising_updates(meeting: Meeting, *, updates, by):
    """Several matters arising reported at `meeting` at once (imported minutes): `updates` are
    actions.services.MeetingUpdate values. The same rules as record_matters_arising_update (the actions service
    checks each is a matter arising at this meeting while it locks them), in a fixed number of queries."""
    updates = list(updates)
    if not updates:
        return []
    if meeting.status == Meeting.Status.CANCELLED:
        raise ValidationError("This meeting was cancelled.")
    if any(update.status not in OUTCOMES for update in updates):
        raise ValidationError("Choose carried forward, completed, still open, in progress or superseded.")
    return action_services.post_meeting_updates(meeting, updates=updates, by=by)
