"""`assure dataset import FILE --partnership SLUG [--by USERNAME] [--dry-run] [--keep-valid]`: import a dataset file
(the partnership's template, published statistics or statistical neighbours; ADR 0127) and print its JSON summary.

A file with any refused row imports nothing unless --keep-valid is given; --dry-run checks and writes nothing.
Exit code 0 when rows were imported (or would be, with --dry-run), 1 when none were, 2 for a bad partnership or
user. Every record written names the --by user (a business team account of the partnership) in its history; without
--by (as issue 10 writes the command, for a scheduled job) it names "Assure (system)", as all work no person started.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def register(commands) -> None:
    parser = commands.add_parser("import", help="import figures, published statistics or statistical neighbours "
                                               "from a .csv or .xlsx file")
    parser.add_argument("file", metavar="FILE", help="a .csv or .xlsx file")
    parser.add_argument("--partnership", required=True, metavar="SLUG", help="the partnership's short name")
    parser.add_argument("--by", metavar="USERNAME",
                        help="who is importing: a business team account of the partnership, named in the history "
                             "(without it, the history names Assure (system))")
    parser.add_argument("--dry-run", action="store_true", help="check the file and print the summary; write nothing")
    parser.add_argument("--keep-valid", action="store_true",
                        help="import the valid rows even when some are refused")
    parser.set_defaults(handler=import_command)


def refused_file(file_name: str, reason: str) -> dict:
    """The summary of a file refused whole (not a spreadsheet, no format recognised, nothing it could map to)."""
    return {"accepted": 0, "refused": [{"row": None, "reason": reason}], "indicators": [], "periods": [],
            "file": file_name, "imported": 0, "message": reason}


def import_command(args) -> int:
    from assure.core.commands import setup_django

    setup_django()
    from django.conf import settings
    from django.core.exceptions import ValidationError

    from assure.core.audit import system_actor
    from assure.documents import checks
    from assure.partnerships.models import Partnership
    from assure.partnerships.queries import command_actor
    from assure.performance import services

    partnership = Partnership.objects.filter(slug=args.partnership).first()
    if partnership is None:
        print(f"No partnership with the short name '{args.partnership}'.", file=sys.stderr)
        return 2
    try:
        by = command_actor(partnership, args.by, doing="importing the dataset") if args.by else system_actor()
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    path = Path(args.file)
    try:
        checks.check_size(path.stat().st_size, settings.IMPORT_MAX_BYTES)   # before reading it into memory
        data = path.read_bytes()
    except checks.UnreadableDocument as exc:
        summary = refused_file(path.name, exc.reason)
    except OSError as exc:
        summary = refused_file(path.name, f"The file cannot be opened ({exc.strerror or type(exc).__name__}).")
    else:
        try:
            summary = services.import_dataset(partnership=partnership, by=by, file_name=path.name, data=data,
                                              dry_run=args.dry_run, keep_valid=args.keep_valid,
                                              max_bytes=settings.IMPORT_MAX_BYTES)
        except ValidationError as exc:
            summary = refused_file(path.name, " ".join(exc.messages))
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    if args.dry_run:
        would = summary["accepted"] and (args.keep_valid or not summary["refused"])
        return 0 if would else 1
    return 0 if summary["imported"] else 1
