"""`assure demo`: load the demo partnership (once) and print how to sign in to it."""
import os
import sys


def register(subparsers) -> None:
    demo = subparsers.add_parser("demo", help="load the fictional demo partnership and print its sign-ins")
    demo.add_argument("--allow-without-debug", action="store_true",
                      help="build it even though DEBUG is off (demo accounts have published passwords)")
    demo.set_defaults(handler=run_demo)


def run_demo(args, out=None) -> int:
    from assure.core.commands import setup_django

    out = out or sys.stdout
    setup_django()
    from django.conf import settings

    if not settings.DEBUG and not args.allow_without_debug:
        print("Refusing to load the demo: DEBUG is off, so this looks like a real deployment, and the demo "
              "accounts have published passwords and backup codes. Use `make run`, or pass --allow-without-debug.",
              file=sys.stderr)
        return 2
    from assure.demo.services import build_demo

    result = build_demo()
    print(format_result(result), file=out)
    return 0


def format_result(result) -> str:
    p = result.partnership
    lines = []
    if result.created:
        lines.append(f"Created the demo partnership: {p.name}.")
    else:
        lines.append(f"The demo partnership already exists: {p.name}. Nothing was added; the demo sign-ins "
                     "below have been reset so they work.")
    host = os.environ.get("ASSURE_URL", "http://127.0.0.1:8000")
    lines += [
        "",
        f"Sign in at {host}/sign-in/ with one of these accounts (all share the password below).",
        "Then give a second factor: a 6-digit code from an authenticator app set up with the account's key,",
        "or one of its printed backup codes (each backup code works once; `assure demo` restores them).",
        "",
    ]
    for s in result.sign_ins:
        lines += [
            f"  {s.role}: {s.person}",
            f"    username      {s.username}",
            f"    password      {s.password}",
            f"    backup codes  {' '.join(s.backup_codes)}",
            f"    app key       {s.totp_secret}   (time-based, 6 digits, 30 seconds)",
            "",
        ]
    return "\n".join(lines)
