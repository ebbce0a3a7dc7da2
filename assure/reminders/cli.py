"""`assure send-reminders [--partnership SLUG] [--dry-run] [--today YYYY-MM-DD] [--digests|--no-digests]`: send the
day's reminders, overdue notices and (on the digest day) weekly digests, and print what was sent as JSON:
`[{"to": ..., "subject": ..., "kind": ..., "actions": [{"id", "text", "due"}]}]`. --dry-run writes nothing and
prints what would be sent. People left out (no email address, or turned that email off) are counted on stderr.
Bad arguments: one line on stderr and exit code 2, never a traceback (ADR 0147)."""
import datetime
import json
import sys


def register(subparsers) -> None:
    parser = subparsers.add_parser("send-reminders", help="email action reminders and digests; print them as JSON")
    parser.add_argument("--partnership", metavar="SLUG", help="one partnership (default: every partnership)")
    parser.add_argument("--dry-run", action="store_true", help="print what would be sent; send and write nothing")
    parser.add_argument("--today", metavar="YYYY-MM-DD", help="the day to send for (default: today)")
    digests = parser.add_mutually_exclusive_group()
    digests.add_argument("--digests", dest="digests", action="store_true", default=None,
                         help="send the weekly digests whatever the day")
    digests.add_argument("--no-digests", dest="digests", action="store_false", help="never send the digests")
    parser.set_defaults(handler=send_reminders_command)


def _refuse(message: str) -> int:
    print(message, file=sys.stderr)
    return 2


def send_reminders_command(args) -> int:
    today = None
    if args.today:
        try:
            today = datetime.date.fromisoformat(args.today)
        except ValueError:
            return _refuse(f"--today: '{args.today}' is not a date: write it as YYYY-MM-DD, for example 2026-03-09")
    from assure.core.commands import setup_django

    setup_django()
    from assure.core import clock
    from assure.core.audit import system_actor
    from assure.partnerships.models import Partnership

    from . import compose, services

    partnerships = Partnership.objects.order_by("pk")
    if args.partnership:
        partnerships = partnerships.filter(slug=args.partnership)
        if not partnerships.exists():
            return _refuse(f"--partnership: no partnership with the short name '{args.partnership}'.")
    # A dry run reads only: no actor, no outbox rows.
    by, emails, without, turned_off = (None if args.dry_run else system_actor()), [], 0, 0
    for partnership in partnerships:
        if args.dry_run:
            plan = compose.unsent(compose.day(partnership, today or clock.today(), with_digests=args.digests))
        else:
            plan = services.send_reminders(partnership, by=by, today=today, digests=args.digests)
        emails += [email.as_json() for email in plan.emails]
        without, turned_off = without + len(plan.without_email), turned_off + len(plan.turned_off)
    print(json.dumps(emails, indent=2))
    print(f"{'Would send' if args.dry_run else 'Sent'} {_count(len(emails), 'email', 'emails')}; "
          f"{_count(without, 'person has', 'people have')} no email address; "
          f"{_count(turned_off, 'person', 'people')} turned these emails off.", file=sys.stderr)
    return 0


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
