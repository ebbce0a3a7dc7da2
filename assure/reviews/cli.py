"""`assure clocks`: the review clocks for given dates, as JSON, without a database.

    assure clocks --aware 2026-03-02 [--notified 2026-03-04] [--decision 2026-03-20]

Uses the statutory defaults (the partnership's own settings live in the database and show on its pages).
"""
import datetime
import json
import sys

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
