"""The `assure` command. Subcommands that need no database (extract, clocks) never start Django.

Each app that offers commands has a `cli.py` with `register(subparsers)`; the handler it sets
with `set_defaults(handler=...)` receives the parsed arguments and returns an exit code.
"""
import argparse
import importlib
import os
import sys

APPS_WITH_COMMANDS = ["assure.core.cli", "assure.demo.cli", "assure.imports.cli", "assure.reviews.cli",
                      "assure.performance.cli", "assure.reports.cli", "assure.search.cli", "assure.reminders.cli",
                      "assure.api.cli", "assure.backup.cli", "assure.generate.cli"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assure", description="Assure: the safeguarding partnership's business system")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    manage = subparsers.add_parser("manage", help="run a Django management command (migrate, createsuperuser...)")
    manage.add_argument("args", nargs=argparse.REMAINDER)
    manage.set_defaults(handler=_manage)
    for module_name in APPS_WITH_COMMANDS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.register(subparsers)
    return parser


def _manage(args) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assure.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["assure manage", *args.args])
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    return int(args.handler(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
