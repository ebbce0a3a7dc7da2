"""`assure generate --partnerships N --years Y [--seed S] [--replace] [--no-index]`: synthetic partnerships for
measuring Assure at scale; prints a JSON summary. Bad arguments, or generated partnerships already there: a message
on stderr and exit code 2."""
import json
import sys


def register(subparsers) -> None:
    generate = subparsers.add_parser("generate", help="write synthetic partnerships (gen-001 large, the rest small)")
    generate.add_argument("--partnerships", type=int, required=True, metavar="N",
                          help="how many partnerships: the first is large, the others small")
    generate.add_argument("--years", type=int, required=True, metavar="Y", help="years of history, up to today")
    generate.add_argument("--seed", type=int, default=1, metavar="S", help="the same seed writes the same data")
    generate.add_argument("--replace", action="store_true", help="delete generated partnerships of the same slugs first")
    generate.add_argument("--no-index", action="store_true", help="leave the search index alone")
    generate.set_defaults(handler=generate_command)


def generate_command(args, out=None) -> int:
    from assure.core.commands import setup_django

    out = out or sys.stdout
    setup_django()
    from .services import GenerateError, generate

    try:
        summary = generate(partnerships=args.partnerships, years=args.years, seed=args.seed, replace=args.replace,
                           index=not args.no_index,
                           progress=lambda n, total: print(f"{n}/{total}", end="\r", file=sys.stderr))
    except GenerateError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(json.dumps(summary, indent=2), file=out)
    return 0
