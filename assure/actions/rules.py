"""Who may change an action, beyond the page's access level."""
from .models import Action

# Statuses an owner may set on their own action; the business team may set any.
OWNER_STATUSES = (Action.Status.OPEN, Action.Status.IN_PROGRESS, Action.Status.COMPLETED)


def is_owner(action: Action, user) -> bool:
    """The signed-in user's Person (in the action's partnership) is among the action's owners."""
    return action.owners.filter(person__user=user, person__partnership_id=action.partnership_id).exists()


def can_post_update(action: Action, user, role) -> bool:
    """Business team: any action. Member: only actions they own. Read-only: none."""
    if role.can_manage:
        return True
    return role.can_update_own_actions and is_owner(action, user)


def statuses_for(role) -> list[tuple[str, str]]:
    allowed = Action.Status.values if role.can_manage else OWNER_STATUSES
    return [(value, label) for value, label in Action.Status.choices if value in allowed]
