"""`assure token create|revoke|list`: API tokens from the command line (ADR 0146), for an operator setting up a
partner's tool. `create` prints the token once (it is never shown again: only its hash is kept); `list` shows
names and states, never a token. Bad arguments: a message on stderr and exit code 2, never a traceback."""
import sys


def register(subparsers) -> None:
    token = subparsers.add_parser("token", help="API tokens: create, revoke, list")
    commands = token.add_subparsers(dest="token_command", metavar="COMMAND")
    token.set_defaults(handler=lambda args: token.print_help() or 2)

    create = commands.add_parser("create", help="create a token for a user in a partnership and print it once")
    create.add_argument("--user", required=True, metavar="USERNAME", help="whose token: it carries their role")
    create.add_argument("--partnership", required=True, metavar="SLUG", help="the partnership's short name")
    create.add_argument("--name", default="Created on the command line", help="what the token is for")
    create.set_defaults(handler=create_command)

    revoke = commands.add_parser("revoke", help="revoke a token: it stops working at once")
    revoke.add_argument("--partnership", required=True, metavar="SLUG", help="the partnership's short name")
    revoke.add_argument("id", type=int, help="the token's number, as `assure token list` shows it")
    revoke.set_defaults(handler=revoke_command)

    listing = commands.add_parser("list", help="list a partnership's tokens (never the tokens themselves)")
    listing.add_argument("--partnership", required=True, metavar="SLUG", help="the partnership's short name")
    listing.set_defaults(handler=list_command)


def _refuse(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def _partnership(slug):
    from assure.core.commands import setup_django

    setup_django()
    from assure.partnerships.models import Partnership

    return Partnership.objects.filter(slug=slug).first()


def create_command(args) -> int:
    partnership = _partnership(args.partnership)
    if partnership is None:
        return _refuse(f"No partnership called '{args.partnership}'.")
    from django.contrib.auth import get_user_model
    from django.core.exceptions import ValidationError

    from assure.core.audit import system_actor

    from . import services

    user = get_user_model().objects.filter(username=args.user).first()
    if user is None:
        return _refuse(f"No user called '{args.user}'.")
    try:
        new = services.create_token(partnership=partnership, user=user, name=args.name, by=system_actor())
    except ValidationError as error:
        return _refuse(" ".join(error.messages))
    print(f"Token {new.token.pk} for {user.get_username()} in {partnership.name}. It is shown only this once:",
          file=sys.stderr)
    print(new.secret)
    return 0


def revoke_command(args) -> int:
    partnership = _partnership(args.partnership)
    if partnership is None:
        return _refuse(f"No partnership called '{args.partnership}'.")
    from assure.core.audit import system_actor

    from . import services
    from .models import ApiToken

    token = ApiToken.objects.filter(partnership=partnership, pk=args.id).first()
    if token is None:
        return _refuse(f"{partnership.name} has no token {args.id}: see `assure token list`.")
    services.revoke_token(token, by=system_actor())
    print(f"Token {token.pk} ({token.name}) is revoked.")
    return 0


def list_command(args) -> int:
    partnership = _partnership(args.partnership)
    if partnership is None:
        return _refuse(f"No partnership called '{args.partnership}'.")
    from .models import ApiToken

    for token in ApiToken.objects.filter(partnership=partnership).select_related("user"):
        state = f"revoked {token.revoked_at:%Y-%m-%d}" if token.revoked_at else "working"
        print(f"{token.pk}\t{token.user.get_username()}\t{token.created_at:%Y-%m-%d}\t{state}\t{token.name}")
    return 0
