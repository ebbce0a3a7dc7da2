"""Creating and revoking API tokens (ADR 0146). Each is a named @service taking the acting user as `by`.

A token belongs to one user in one partnership and carries that user's role there, read afresh on every request.
Only its hash is kept: the token itself is returned once, by `create_token`, to be shown once and never again.
"""
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from assure.core import clock
from assure.core.audit import check_actor, is_system_actor, service
from assure.core.secret_links import new_token

from .models import ApiToken

NAME_MAX = ApiToken._meta.get_field("name").max_length


@dataclass(frozen=True)
class NewToken:
    token: ApiToken
    secret: str     # shown once; only its hash is stored


def _role(user, partnership):
    return user.partnership_roles.filter(partnership=partnership).first()


@service
@transaction.atomic
def create_token(*, partnership, user, name: str, by) -> NewToken:
    """A new token for `user` in `partnership`. People create their own; an operator (the command line, acting as
    the system) may create one for anyone with a role there."""
    check_actor(by)
    if by != user and not is_system_actor(by):
        raise PermissionDenied("You can create tokens only for yourself.")
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "Enter what the token is for"})
    if len(name) > NAME_MAX:
        raise ValidationError({"name": f"The name must be {NAME_MAX} characters or fewer"})
    if not user.is_active:
        raise ValidationError(f"The account '{user.get_username()}' is deactivated, so it cannot have a token.")
    if _role(user, partnership) is None:
        raise ValidationError(f"'{user.get_username()}' has no role in {partnership.name}, so a token would open "
                              "nothing.")
    secret, token_hash = new_token()
    token = ApiToken.objects.create(user=user, partnership=partnership, name=name, token_hash=token_hash,
                                    created_at=clock.now())
    return NewToken(token, secret)


def may_revoke(token: ApiToken, user) -> bool:
    """The token's own user, or the partnership's business team."""
    if getattr(user, "pk", None) == token.user_id:
        return True
    role = _role(user, token.partnership_id) if getattr(user, "is_authenticated", False) else None
    return bool(role and role.can_manage)


@service
@transaction.atomic
def revoke_token(token: ApiToken, *, by) -> ApiToken:
    """Stop a token working, at once (the next request with it is refused). Revoking twice changes nothing."""
    check_actor(by)
    if not is_system_actor(by) and not may_revoke(token, by):
        raise PermissionDenied("Only the token's owner or the business team can revoke it.")
    token = ApiToken.objects.select_for_update().get(pk=token.pk)
    if token.revoked_at is None:
        token.revoked_at = clock.now()
        token._change_reason = "Revoked"
        token.save(update_fields=["revoked_at"])
    return token
