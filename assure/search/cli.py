"""`assure search reindex [--partnership SLUG]`: rebuild the search index (every partnership, or one) and print
a JSON summary. An unknown partnership: a message on stderr and exit code 2."""
import json
import sys


def register(subparsers) -> None:
    search = subparsers.add_parser("search", help="the search index: rebuild it")
    commands = search.add_subparsers(dest="search_command", metavar="COMMAND")
    search.set_defaults(handler=lambda args: search.print_help() or 2)
    reindex = commands.add_parser("reindex", help="rebuild the search index from the records (and their files)")
    reindex.add_argument("--partnership", metavar="SLUG", help="only this partnership (default: every one)")
    reindex.set_defaults(handler=reindex_command)


def reindex_command(args) -> int:
    from assure.core.commands import setup_django

    setup_django()
    from assure.partnerships.models import Partnership

    from .services import rebuild

    partnerships = Partnership.objects.order_by("slug")
    if args.partnership:
        partnerships = partnerships.filter(slug=args.partnership)
        if not partnerships.exists():
            print(f"There is no partnership '{args.partnership}'.", file=sys.stderr)
            return 2
    summary = {p.slug: rebuild(p) for p in partnerships}
    print(json.dumps({"indexed": summary}))
    return 0
