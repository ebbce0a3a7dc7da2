"""Every main page under the production server: p50 and p95 beside a trivial endpoint's, and queries per page.

`python -m assure.generate.bench_pages [--db sqlite|postgres] [--partnerships 20 --years 10] [--requests 30]
[--concurrency 1] [--pages LABEL ...] [--json]` (issue 14). One run:
1. a scratch database (a SQLite file in a temporary folder, or the PostgreSQL database `bench14` on 127.0.0.1 as
   `postgres`, dropped and created), migrated, filled by `generate()` (gen-001 large, gen-002... small), with a
   business-team account (password and TOTP device) in gen-001 and one in gen-002, each the account of the person
   owning the most live actions there, and a drafted yearly report in each;
2. the queries of each page, counted in this process (django.test.Client, CaptureQueriesContext) for both
   (`refused` instead when the page answered with a form error: its filter was not one it takes);
3. `assure serve` (gunicorn, 2 sync workers, production settings over plain HTTP) on a free port against that
   database; each account signs in over HTTP (username and password, then the TOTP code);
4. one unmeasured GET of each page, then --requests GETs of each page as gen-001's account, round after round
   through the pages (so background load falls on every page alike), /healthz among them; the time is to the
   response's last byte;
5. a table: p50 and p95 in milliseconds, p95 over /healthz's p95, the queries for the large and the small
   partnership, and the HTTP statuses seen; the sign-in page (asked for by nobody signed in) is the issue's own
   reference beside /healthz, and each page's time to its first byte is given too (the streamed exports');
6. below it, the work moved to background jobs (JOBS: the learning report's Word file), each started as the large
   partnership's account and done once in this process as the worker does it, with the seconds it took (whole runs
   only, not with --pages). A benchmark, not a test: it asserts nothing. Progress goes to stderr.
"""
import argparse
import datetime
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from assure.core import live_server

PASSWORD = "bench pages password, not a real one"
POSTGRES_NAME = "bench14"
TRIVIAL = "Trivial (/healthz)"
SIGN_IN = "Sign-in page"   # the issue's own reference: the site's layout and a form, no records, nobody signed in


@dataclass
class Subject:
    """One partnership's records the pages need (None where it has none) and its benchmark account."""
    slug: str
    username: str
    person_id: int | None = None
    meeting_id: int | None = None
    review_id: int | None = None
    start_year: int | None = None
    report_id: int | None = None
    today: datetime.date = field(default_factory=datetime.date.today)


def _url(name, subject, query="", **kwargs):
    from django.urls import reverse

    if any(value is None for value in kwargs.values()):
        return None
    return reverse(name, kwargs={"slug": subject.slug, **kwargs}) + query


def _ten_years(subject):
    """The longest range the attendance report takes (meetings.attendance_report.check_range)."""
    start = subject.today.replace(year=subject.today.year - 10, day=min(subject.today.day, 28))
    return f"?start={start.isoformat()}&end={subject.today.isoformat()}"


PAGES = [  # (label, subject -> URL path or None when the partnership has no such record)
    ("Dashboard", lambda s: _url("reports:dashboard", s)),
    ("Action log", lambda s: _url("actions:log", s)),
    ("Action log, page 200", lambda s: _url("actions:log", s, "?page=200")),
    ("Action log, by owner", lambda s: _url("actions:log", s, f"?owner={s.person_id}") if s.person_id else None),
    ("My actions", lambda s: _url("actions:mine", s)),
    ("Meetings", lambda s: _url("meetings:list", s)),
    ("Meeting", lambda s: _url("meetings:detail", s, meeting_id=s.meeting_id)),
    ("Attendance, 10 years", lambda s: _url("meetings:attendance-report", s, _ten_years(s))),
    ("Reviews", lambda s: _url("reviews:dashboard", s)),
    ("Review", lambda s: _url("reviews:review-detail", s, review_id=s.review_id)),
    ("Review history", lambda s: _url("reviews:review-history", s, review_id=s.review_id)),
    ("Learning report", lambda s: _url("reviews:learning-report", s)),
    ("Actions CSV", lambda s: _url("actions:log", s, "?download=csv")),
    ("Risk register", lambda s: _url("assurance:risk-list", s)),
    ("Case audits", lambda s: _url("assurance:audit-list", s)),
    ("Escalations", lambda s: _url("assurance:escalation-list", s)),
    ("Inspections", lambda s: _url("assurance:inspection-list", s)),
    ("Performance dataset", lambda s: _url("performance:dataset", s)),
    ("Training events", lambda s: _url("training:event-list", s)),
    ("Budget year", lambda s: _url("budget:year-detail", s, start_year=s.start_year)),
    ("Yearly report", lambda s: _url("reports:yearly-detail", s, report_id=s.report_id)),
]



def _learning_report_job(partnership, user):
    from assure.reviews import learning

    return learning.start_learning_report(partnership, by=user)


JOBS = [  # (label, (partnership, user) -> a started Job): slow work a person starts and collects from the job's page
    ("Learning report .docx", _learning_report_job),
]


# --- 1. the scratch database ---------------------------------------------------------------------------------------

def environment(db: str, scratch: Path, pg_database: str = POSTGRES_NAME) -> dict:
    """The settings both this process and the server run with: production, over plain HTTP, in `scratch`."""
    if db == "postgres":
        url = live_server.postgres_url(pg_database)
    else:
        url = f"sqlite:///{scratch / 'bench.sqlite3'}"
    return {**live_server.production_over_http(database_url=url, folder=scratch,
                                                secret_key="bench-pages-only-" + "x" * 40),
            "ASSURE_QUEUE": "embedded", "ASSURE_QUEUE_FILE": str(scratch / "queue.sqlite3"), "WEB_CONCURRENCY": "2"}


def setup_django(env: dict) -> None:
    """Django in this process, on the scratch database, migrated; its own requests are not logged to stdout."""
    os.environ.update(env, REQUEST_LOG="0")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def bench_account(partnership, username: str):
    """A business-team account, with a TOTP device, for the person owning the most live actions (or a new one)."""
    from django.contrib.auth import get_user_model
    from django.db.models import Count, Q
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from assure.actions.models import Action
    from assure.partnerships.models import Person, Role

    user = get_user_model().objects.create_user(username=username, password=PASSWORD)
    Role.objects.create(user=user, partnership=partnership, kind=Role.Kind.BUSINESS_TEAM)
    live = Q(owned_actions__action__status__in=Action.LIVE)
    person = (Person.objects.filter(partnership=partnership, user__isnull=True)
              .annotate(live=Count("owned_actions", filter=live)).order_by("-live", "pk").first())
    if person is None:
        person = Person.objects.create(partnership=partnership, full_name="Bench Account", initials="BA")
    Person.objects.filter(pk=person.pk).update(user=user)
    TOTPDevice.objects.create(user=user, name="Authenticator app", confirmed=True)
    return user, person


def sign_in(base: str, username: str):
    """The account signed in over HTTP (live_server.sign_in) with its password and its device's key."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    return live_server.sign_in(base, username, PASSWORD, TOTPDevice.objects.get(user__username=username).key)


def yearly_report(partnership, user, today):
    """The last whole financial year's report, drafted; None if the partnership cannot have one."""
    from django.core.exceptions import ValidationError

    from assure.reports import services

    first = today.year - 1 if today.month >= 4 else today.year - 2
    kind = "children" if partnership.covers_children else "adults"
    try:
        report = services.start_report(partnership=partnership, by=user, kind=kind,
                                       starts_on=datetime.date(first, 4, 1), ends_on=datetime.date(first + 1, 3, 31))
        services.store_draft(report, by=user)
    except ValidationError:
        return None
    return report.pk


def subject_for(slug: str, username: str) -> Subject:
    from assure.budget.models import FinancialYear
    from assure.core import clock
    from assure.meetings.models import Meeting
    from assure.partnerships.models import Partnership
    from assure.reviews.models import Review

    partnership = Partnership.objects.get(slug=slug)
    today = clock.today()
    user, person = bench_account(partnership, username)
    meeting = Meeting.objects.filter(partnership=partnership, status=Meeting.Status.HELD).order_by("-date").first()
    review = Review.objects.filter(partnership=partnership).order_by("-stage", "pk").first()
    year = FinancialYear.objects.filter(partnership=partnership).order_by("-start_year").first()
    return Subject(slug=slug, username=username, person_id=person.pk, meeting_id=meeting and meeting.pk,
                   review_id=review and review.pk, start_year=year and year.start_year,
                   report_id=yearly_report(partnership, user, today), today=today)


# --- 2. queries, in this process ------------------------------------------------------------------------------------

def count_queries(subject: Subject, pages) -> dict:
    """{label: queries} for each page as the subject's account, in this process."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from assure.core.middleware import SIGNED_IN_AT

    user = get_user_model().objects.get(username=subject.username)
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = TOTPDevice.objects.get(user=user).persistent_id
    session[SIGNED_IN_AT] = time.time()
    session.save()
    counts = {}
    for label, url_of in pages:
        url = url_of(subject)
        if url is None:
            counts[label] = None
            continue
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            body = b"".join(response.streaming_content) if response.streaming else response.content
        if response.status_code != 200:
            counts[label] = f"HTTP {response.status_code}"
        elif b"govuk-error-summary" in body:   # a filter the page refused: not the page measured
            counts[label] = "refused"
        else:
            counts[label] = len(queries.captured_queries)
    return counts


def time_jobs(subject: Subject) -> dict:
    """{label: seconds} of the work moved to background jobs, done once in this process as the worker does it."""
    from django.contrib.auth import get_user_model

    from assure.jobs import running
    from assure.jobs.models import Job
    from assure.partnerships.models import Partnership

    user = get_user_model().objects.get(username=subject.username)
    partnership = Partnership.objects.get(slug=subject.slug)
    seconds = {}
    for label, start in JOBS:
        job = start(partnership, user)
        began = time.perf_counter()
        running.run(job.pk)
        seconds[label] = time.perf_counter() - began
        job = Job.objects.get(pk=job.pk)
        if job.status != Job.Status.DONE:
            seconds[label] = f"{job.status}: {job.error}"
    return seconds


# --- 3. the server and its sign-in: assure.core.live_server; 4. timings over HTTP ------------------------------------

def time_pages(base: str, session, urls: list[tuple[str, str]], requests_per_page: int, concurrency: int):
    """({label: [seconds to the last byte]}, {label: [seconds to the first byte]}, {label: {status: n}}): one
    warm-up GET of each, then rounds through them all. The sign-in page is asked for by nobody signed in."""
    import requests

    for label, path in urls:
        (requests if label == SIGN_IN else session).get(base + path)
    times = {label: [] for label, _ in urls}
    first_bytes = {label: [] for label, _ in urls}
    statuses = {label: {} for label, _ in urls}
    lock = threading.Lock()
    rounds = [requests_per_page // concurrency + (n < requests_per_page % concurrency) for n in range(concurrency)]

    def worker(count):
        mine = requests.Session()
        mine.cookies.update(session.cookies)
        nobody = requests.Session()
        for _ in range(count):
            for label, path in urls:
                started = time.perf_counter()
                response = (nobody if label == SIGN_IN else mine).get(base + path, allow_redirects=False, stream=True)
                chunks = response.iter_content(65536)
                next(chunks, b"")
                first = time.perf_counter() - started
                for _chunk in chunks:
                    pass
                took = time.perf_counter() - started
                response.close()
                with lock:
                    times[label].append(took)
                    first_bytes[label].append(first)
                    statuses[label][response.status_code] = statuses[label].get(response.status_code, 0) + 1

    threads = [threading.Thread(target=worker, args=(count,)) for count in rounds if count]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times, first_bytes, statuses


def p50_p95(samples: list[float]) -> tuple[float, float]:
    if len(samples) == 1:
        return samples[0], samples[0]
    cuts = statistics.quantiles(samples, n=20, method="inclusive")
    return cuts[9], cuts[18]


# --- the run ---------------------------------------------------------------------------------------------------------

def run(*, db: str, partnerships: int, years: int, requests: int, concurrency: int, labels=None, log=None,
        pg_database: str = POSTGRES_NAME) -> dict:
    """The whole benchmark; returns {"settings": ..., "rows": [...]}, one row per page, the trivial one first."""
    log = log or (lambda message: print(message, file=sys.stderr, flush=True))
    pages = [page for page in PAGES if not labels or page[0] in labels]
    unknown = set(labels or ()) - {label for label, _ in PAGES}
    if unknown:
        raise ValueError(f"No such page: {', '.join(sorted(unknown))}. The pages are: "
                         + "; ".join(label for label, _ in PAGES))
    scratch = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    server = None
    try:
        env = environment(db, scratch, pg_database)
        if db == "postgres":
            live_server.fresh_postgres(pg_database)
        began = time.perf_counter()
        setup_django(env)
        from django.db import connections

        from assure.generate.services import generate

        log(f"migrated in {time.perf_counter() - began:.0f} s; generating {partnerships} partnerships of {years} years")
        summary = generate(partnerships=partnerships, years=years, seed=1)
        log(f"generated in {summary['seconds']} s: gen-001 has {summary['large'].get('actions.Action', '?')} actions, "
            f"{summary['large'].get('meetings.Meeting', '?')} meetings")
        large = subject_for("gen-001", "bench-large")
        small = subject_for("gen-002", "bench-small") if partnerships > 1 else None
        queries_large = count_queries(large, pages)
        queries_small = count_queries(small, pages) if small else {}
        jobs = time_jobs(large) if not labels else {}
        connections.close_all()
        port = live_server.free_port()
        base = f"http://127.0.0.1:{port}"
        server = live_server.start_server(env, scratch, port)
        session = sign_in(base, large.username)
        if small:
            sign_in(base, small.username)   # the small partnership's account signs in the same way
        urls = [(TRIVIAL, "/healthz"), (SIGN_IN, "/sign-in/")] + [(label, url_of(large)) for label, url_of in pages if url_of(large)]
        log(f"server on {base}: {len(urls)} URLs x {requests} requests, concurrency {concurrency}")
        times, first_bytes, statuses = time_pages(base, session, urls, requests, concurrency)
        connections.close_all()
    finally:
        if server is not None:
            live_server.stop(server)
        shutil.rmtree(scratch, ignore_errors=True)
        if db == "postgres":
            from django.db import connections

            if "django.contrib.auth" in sys.modules:   # Django was set up: its connection goes before the drop
                connections.close_all()
            live_server.drop_postgres(pg_database)
    trivial_p95 = p50_p95(times[TRIVIAL])[1]
    sign_in_p95 = p50_p95(times[SIGN_IN])[1]
    rows = []
    for label, _ in [(TRIVIAL, None), (SIGN_IN, None)] + pages:
        p50, p95 = p50_p95(times[label]) if times.get(label) else (None, None)
        first_p95 = p50_p95(first_bytes[label])[1] if first_bytes.get(label) else None
        rows.append({"page": label, "p50_ms": p50 and p50 * 1000, "p95_ms": p95 and p95 * 1000,
                     "first_byte_p95_ms": first_p95 and first_p95 * 1000,
                     "p95_over_trivial": p95 and p95 / trivial_p95,
                     "p95_over_sign_in": p95 and p95 / sign_in_p95,
                     "queries_large": queries_large.get(label), "queries_small": queries_small.get(label),
                     "statuses": {str(code): n for code, n in sorted(statuses.get(label, {}).items())}})
    return {"jobs": [{"job": label, "seconds": value} for label, value in jobs.items()],
            "settings": {"db": db, "partnerships": partnerships, "years": years, "requests": requests,
                         "concurrency": concurrency, "workers": 2, "large": summary["large"]}, "rows": rows}


def table(result: dict) -> str:
    s = result["settings"]
    large = s["large"]
    lines = [f"{s['db']}: gunicorn, {s['workers']} sync workers; {s['partnerships']} partnerships of {s['years']} year(s) "
             f"(gen-001: {large.get('meetings.Meeting', 0):,} meetings, {large.get('actions.Action', 0):,} actions); "
             f"{s['requests']} GETs per page as gen-001's business team, concurrency {s['concurrency']}",
             f"{'page':<24} {'p50 ms':>8} {'p95 ms':>8} {'1st byte':>8} {'/healthz':>8} {'/sign-in':>8} "
             f"{'q large':>8} {'q small':>8}  status"]

    def cell(value, form):
        return "—" if value is None else (format(value, form) if not isinstance(value, str) else value)

    for row in result["rows"]:
        status = " ".join(f"{code}×{n}" for code, n in row["statuses"].items())
        lines.append(f"{row['page']:<24} {cell(row['p50_ms'], '.1f'):>8} {cell(row['p95_ms'], '.1f'):>8} "
                     f"{cell(row['first_byte_p95_ms'], '.1f'):>8} {cell(row['p95_over_trivial'], '.1f'):>8} "
                     f"{cell(row['p95_over_sign_in'], '.1f'):>8} {cell(row['queries_large'], 'd'):>8} "
                     f"{cell(row['queries_small'], 'd'):>8}  {status}")
    for job in result.get("jobs", []):
        took = job["seconds"]
        lines.append(f"background job: {job['job']}, done by the worker in "
                     + (f"{took * 1000:.0f} ms" if isinstance(took, float) else took))
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--partnerships", type=int, default=20)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--requests", type=int, default=30, help="measured GETs of each page")
    parser.add_argument("--concurrency", type=int, default=1, help="clients asking at once")
    parser.add_argument("--pages", nargs="*", metavar="LABEL", help="only these pages (their labels in the table)")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON instead of the table")
    parser.add_argument("--pg-database", default=POSTGRES_NAME,
                        help="the scratch PostgreSQL database (dropped and created), for runs side by side")
    args = parser.parse_args(argv)
    if args.requests < 1 or args.concurrency < 1 or args.concurrency > args.requests:
        parser.error("--requests and --concurrency must be 1 or more, and --concurrency at most --requests")
    if not 1 <= args.partnerships <= 999 or not 1 <= args.years <= 30:
        parser.error("--partnerships must be between 1 and 999 and --years between 1 and 30")
    if args.db == "postgres" and live_server.postgres_error():
        parser.error(f"--db postgres needs PostgreSQL at 127.0.0.1:5432 as postgres: {live_server.postgres_error()}")
    try:
        result = run(db=args.db, partnerships=args.partnerships, years=args.years, requests=args.requests,
                     concurrency=args.concurrency, labels=args.pages, pg_database=args.pg_database)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(json.dumps(result, indent=1) if args.json else table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
