"""List pages of a large partnership: page size, time and queries. `python -m assure.meetings.bench_lists`.

Builds a scratch SQLite partnership (ten years of six boards and groups: 1,500 meetings, a forward plan
entry per meeting, 400 people, 2,000 actions of which 140 are live and owned by one member), then asks
each list page as that member would and prints bytes, median time and query count per page.
Absolute imports only, so the same file can measure an older checkout (`cd OLD && python FILE`).
"""
import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PAGES = [  # (label, URL name, query string)
    ("Meetings", "meetings:list", ""),
    ("Forward plan", "meetings:forward-plan", ""),
    ("Action log", "actions:log", ""),
    ("Action log, overdue", "actions:log", "?due=overdue"),
    ("My actions", "actions:mine", ""),
    ("People", "partnerships:person-list", ""),
    ("Organisations", "partnerships:organisation-list", ""),
]


def setup(directory: Path):
    os.environ["DATABASE_URL"] = f"sqlite:///{directory / 'lists.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assure.settings")
    os.environ.setdefault("DJANGO_DEBUG", "1")
    os.environ["SECURE_SSL_REDIRECT"] = "0"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ALLOWED_HOSTS = ["testserver"]
    settings.SECURE_SSL_REDIRECT = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("migrate", verbosity=0, interactive=False)


def build(meetings: int, live: int, actions: int, people: int):
    """The generated partnership, written in bulk (the services would take minutes for this much)."""
    from django.contrib.auth import get_user_model

    from assure.actions.models import Action, ActionOwner
    from assure.meetings.models import ForwardPlanEntry, Meeting
    from assure.partnerships.models import Body, Organisation, Partnership, Person, Role

    partnership = Partnership.objects.create(name="Largeshire Safeguarding Partnership", slug="large")
    user = get_user_model().objects.create_user(username="member", password="bench member password")
    Role.objects.create(user=user, partnership=partnership, kind=Role.Kind.MEMBER)
    organisations = Organisation.objects.bulk_create(
        Organisation(partnership=partnership, name=f"Agency {n:03d}", kind="other") for n in range(40))
    me = Person.objects.create(partnership=partnership, full_name="Morgan Member", initials="MM", user=user,
                               organisation=organisations[0])
    others = Person.objects.bulk_create(
        Person(partnership=partnership, full_name=f"Person {n:04d}", initials=f"P{n:04d}",
               organisation=organisations[n % len(organisations)]) for n in range(people))
    bodies = Body.objects.bulk_create(Body(partnership=partnership, name=f"Group {n}") for n in range(6))
    today, first = datetime.date(2026, 3, 9), datetime.date(2016, 6, 1)
    step = (today + datetime.timedelta(days=365) - first) / meetings
    made = Meeting.objects.bulk_create(
        Meeting(partnership=partnership, body=bodies[n % 6], date=first + n * step,
                status=Meeting.Status.HELD if first + n * step < today else Meeting.Status.SCHEDULED)
        for n in range(meetings))
    ForwardPlanEntry.objects.bulk_create(
        ForwardPlanEntry(partnership=partnership, body=m.body, meeting=m, title=f"Report {n}")
        for n, m in enumerate(made))
    rows = Action.objects.bulk_create(
        Action(partnership=partnership, text=f"Action {n}: circulate the findings to every agency and report back",
               meeting=made[n % len(made)], body=made[n % len(made)].body,
               due_date=today + datetime.timedelta(days=(n % 120) - 40),
               effective_due=today + datetime.timedelta(days=(n % 120) - 40),   # kept by the services (ADR 0152)
               status=Action.Status.OPEN if n < live else Action.Status.COMPLETED)
        for n in range(actions))
    ActionOwner.objects.bulk_create(
        ActionOwner(action=a, person=me if n < live else others[n % len(others)]) for n, a in enumerate(rows))
    return partnership, user


def measure(partnership, user, repeat: int):
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from assure.conftest import signed_in_client

    client = signed_in_client(user)
    results = []
    for label, name, query in PAGES:
        url = reverse(name, kwargs={"slug": partnership.slug}) + query
        times = []
        for _ in range(repeat):
            reset_queries()
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            times.append(time.perf_counter() - started)
        results.append((label, response.status_code, len(response.content), statistics.median(times) * 1000,
                        len(queries.captured_queries)))
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=1500)
    parser.add_argument("--live", type=int, default=140, help="live actions owned by the member")
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--people", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        setup(Path(scratch))
        import assure
        partnership, user = build(args.meetings, args.live, args.actions, args.people)
        print(f"code: {Path(assure.__file__).parent}; {args.meetings} meetings, {args.actions} actions "
              f"({args.live} live for the member), {args.people} people; median of {args.repeat}")
        print(f"{'page':<22} {'status':>6} {'bytes':>10} {'ms':>8} {'queries':>8}")
        for label, status, size, ms, count in measure(partnership, user, args.repeat):
            print(f"{label:<22} {status:>6} {size:>10,} {ms:>8.1f} {count:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
