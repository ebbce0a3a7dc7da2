"""Review commands that need no database, each printing JSON.

    assure clocks --aware 2026-03-02 [--notified 2026-03-04] [--decision 2026-03-20]
    assure identifiability FILE [--names "Name One,Name Two"]

`clocks` uses the statutory defaults (the partnership's own settings live in the database and show on its
pages). `identifiability` checks a draft before it is uploaded: the file goes through the document intake
like an upload (checks, then the sandboxed reader), so a refused file exits 2 with the upload's reason.
"""
import datetime
import json
import sys
from pathlib import Path

# Only the pure clocks module: this command must not start Django.
from assure.reviews import clocks


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "clocks", help="due dates of the review clocks for given dates (JSON, no database)",
        description="Print the notification, rapid review and publication due dates as JSON. "
                    "Working days skip weekends and England & Wales bank holidays.")
    parser.add_argument("--aware", required=True, metavar="YYYY-MM-DD",
                        help="date the partnership became aware of the incident")
    parser.add_argument("--notified", metavar="YYYY-MM-DD",
                        help="date the National Panel was notified (rapid review counts from here; "
                             "otherwise from the notification due date)")
    parser.add_argument("--decision", metavar="YYYY-MM-DD",
                        help="date of the decision to review (publication due 6 months later)")
    parser.set_defaults(handler=run)

    check = subparsers.add_parser(
        "identifiability", help="possible identifiers in a draft report or briefing (JSON, no database)",
        description="Print every passage of FILE (.docx, .pdf or .txt) that may identify someone, as JSON. "
                    "Exits 2 with a one-line reason when the file is refused.")
    check.add_argument("file", metavar="FILE", help="the draft report or briefing")
    check.add_argument("--names", default="", metavar='"Name One,Name Two"',
                       help="names of the people in the case, comma-separated (used for this run only)")
    check.add_argument("--max-bytes", type=int, metavar="N",
                       help="refuse files larger than N bytes (default: IMPORT_MAX_BYTES, as for web uploads)")
    check.set_defaults(handler=identifiability_command)


def _parse(value: str | None, option: str) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{option} {value!r} is not a date: write it as YYYY-MM-DD, for example 2026-03-02.") from None


def run(args, out=None, err=None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        aware = _parse(args.aware, "--aware")
        notified = _parse(args.notified, "--notified")
        decision = _parse(args.decision, "--decision")
        due = clocks.due_dates(aware, notified, decision)
    except ValueError as exc:  # includes clocks.DateOrderError
        print(f"assure clocks: {exc}", file=err)
        return 2
    json.dump({key: value.isoformat() if value else None for key, value in due.items()}, out, indent=2)
    out.write("\n")
    return 0


def identifiability_command(args, out=None, err=None) -> int:
    from assure.documents import intake
    from assure.reviews import identifiability

    out = out or sys.stdout
    err = err or sys.stderr
    path = Path(args.file)
    max_bytes = intake.default_max_bytes() if args.max_bytes is None else args.max_bytes
    try:
        if not path.is_file():
            raise intake.UnreadableDocument("There is no such file.")
        text = intake.read_text(path, max_bytes=max_bytes)
    except intake.UnreadableDocument as exc:
        print(f"assure identifiability: {path.name}: {exc.reason}", file=err)
        return 2
    names = [name.strip() for name in args.names.split(",") if name.strip()]
    # No database, so no partnership people; the system date reads two-digit years as the web check does.
    hits = identifiability.check_text(text, case_names=names, people=[], today=datetime.date.today())
    json.dump({"file": path.name, "hits": [
        {"kind": hit.kind, "label": hit.label, "text": hit.text, "start": hit.start, "end": hit.end,
         "context": hit.context} for hit in hits]}, out, indent=2, ensure_ascii=False)
    out.write("\n")
    return 0
