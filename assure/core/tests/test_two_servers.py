"""Several app servers (issue 14, docs/deploy.md "Several app servers"): two `assure serve` processes and one queue
worker, as three local processes, sharing one PostgreSQL database, one Redis queue, one SECRET_KEY and one
documents folder. A person signed in through one server stays signed in on the other, a form from one is accepted
by the other, and minutes uploaded through one are read by the worker and downloaded, byte for byte, from the other.

Needs PostgreSQL and Redis on 127.0.0.1 (as CI runs them): skipped without them, except under CI=true, where their
absence fails the test. The scratch database `two_servers` is dropped and created; the queue has a name of its own
in Redis database 15 (TEST_REDIS_URL), emptied at the end."""
import io
import json
import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests
from docx import Document
from huey import RedisHuey

from assure.core import live_server
from assure.imports.tests.test_views import MINUTES_TXT

PROJECT_DIR = Path(__file__).resolve().parents[3]
DATABASE = "two_servers"
SLUG = "fenbridge"
USERNAME, PASSWORD = "bea", "two servers password, not a real one"
TOTP_KEY = "3132333435363738393031323334353637383930"   # the device's key: the test's authenticator app
PREPARE = "import django; django.setup(); from assure.core.tests.test_two_servers import prepare; prepare()"
WAIT = 180   # seconds the worker may take to read two files on a busy CI machine; the test goes on once it has


def prepare() -> None:
    """Run in the scratch database's environment (a child process): migrate, then one partnership with one
    business-team account (password and TOTP device). Django is set up before this module is imported."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from assure.partnerships.models import Partnership, Person, Role

    call_command("migrate", verbosity=0, interactive=False)
    partnership = Partnership.objects.create(name="Fenbridge Safeguarding Partnership", slug=SLUG)
    user = get_user_model().objects.create_user(username=USERNAME, password=PASSWORD)
    Role.objects.create(user=user, partnership=partnership, kind=Role.Kind.BUSINESS_TEAM)
    Person.objects.create(partnership=partnership, full_name="Bea Business", initials="BB", user=user)
    TOTPDevice.objects.create(user=user, name="Authenticator app", key=TOTP_KEY, confirmed=True)


def _queue_or_skip(redis_url: str, name: str) -> RedisHuey:
    """The servers' queue as huey names it in Redis, once PostgreSQL and Redis both answer; else skip (or, under
    CI=true, fail)."""
    problems = []
    if error := live_server.postgres_error():
        problems.append(f"PostgreSQL at 127.0.0.1:5432: {error}")
    queue = RedisHuey(name, url=redis_url)
    try:
        queue.storage.conn.ping()
    except Exception as exc:  # noqa: BLE001  (any reason Redis cannot be reached)
        problems.append(f"Redis at {redis_url}: {exc}")
    if problems and os.environ.get("CI") == "true":
        pytest.fail("Not reachable in CI, where they must be: " + "; ".join(problems))
    if problems:
        pytest.skip("Not reachable (set CI=true to make this a failure): " + "; ".join(problems))
    return queue


def minutes_docx(text: str) -> bytes:
    document = Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def signed_in(response) -> bool:
    """A page served to a signed-in person: 200, with the sign-out button (never the sign-in page)."""
    return response.status_code == 200 and 'action="/sign-out/"' in response.text


def wait_for_job(session, page: str) -> str:
    """The job's page once it says the job finished or failed; polled every half second for up to WAIT seconds."""
    deadline = time.monotonic() + WAIT
    while True:
        text = session.get(page, allow_redirects=False).text
        if "Finished" in text or "This did not finish" in text or time.monotonic() > deadline:
            return text
        time.sleep(0.5)   # a poll interval, not a measure: the worker is another process


def logged_paths(folder: Path, name: str) -> list[tuple[str, str, int]]:
    """(method, path, status) of each request in a server's JSON request log."""
    lines = (folder / f"{name}-stdout.log").read_text().splitlines()
    return [(entry["method"], entry["path"], entry["status"])
            for entry in (json.loads(line) for line in lines if line.startswith("{"))]


@pytest.mark.e2e
def test_two_servers_and_a_worker_share_the_session_forms_queue_and_uploads(tmp_path):
    redis_url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    queue_name = f"assure-two-servers-{uuid.uuid4().hex[:12]}"
    queue = _queue_or_skip(redis_url, queue_name)
    env = {**live_server.production_over_http(database_url=live_server.fresh_postgres(DATABASE), folder=tmp_path,
                                              secret_key="two-servers-only-" + "x" * 40),
           "ASSURE_QUEUE": "redis", "REDIS_URL": redis_url, "ASSURE_QUEUE_NAME": queue_name, "WEB_CONCURRENCY": "1"}
    processes = []
    try:
        subprocess.run([sys.executable, "-c", PREPARE],
                       cwd=PROJECT_DIR, env={**os.environ, **env}, check=True, timeout=900)
        processes.append(live_server.start_worker(env, tmp_path))
        port_a = live_server.free_port()
        processes.append(live_server.start_server(env, tmp_path, port_a, "server-a"))
        port_b = live_server.free_port()
        while port_b == port_a:
            port_b = live_server.free_port()
        processes.append(live_server.start_server(env, tmp_path, port_b, "server-b"))
        a, b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
        home = f"/p/{SLUG}/"
        assert requests.get(b + home, allow_redirects=False).headers["Location"].startswith("/sign-in/")

        # Signed in through A; then the same cookies, alternately to B and A, are the same person's session.
        session = live_server.sign_in(a, USERNAME, PASSWORD, TOTP_KEY)
        session_id = session.cookies["sessionid"]
        pages = [home, f"/p/{SLUG}/imports/", f"/p/{SLUG}/bodies/"]   # an odd number: each page from each server
        for n, path in enumerate(pages * 2):
            base = (b, a)[n % 2]
            response = session.get(base + path, allow_redirects=False)
            assert signed_in(response), (base, path, response.status_code, response.headers.get("Location"))
        assert session.cookies["sessionid"] == session_id

        # A form from A, posted to B: B accepts its CSRF token, and A shows what B saved.
        form = live_server.csrf_token(session.get(f"{a}/p/{SLUG}/bodies/add/").text)
        saved = session.post(f"{b}/p/{SLUG}/bodies/add/", allow_redirects=False,
                             data={"csrfmiddlewaretoken": form, "name": "Two Servers Subgroup", "short_name": "",
                                   "kind": "subgroup", "reports_to": ""})
        assert saved.status_code == 302 and re.fullmatch(rf"/p/{SLUG}/bodies/\d+/", saved.headers["Location"])
        assert "Two Servers Subgroup" in session.get(a + saved.headers["Location"]).text

        # Two minutes files uploaded through A: A keeps them aside and queues the job; the worker reads them into
        # drafts; B shows the job's outcome and sends each file back as uploaded.
        files = {"jan.txt": MINUTES_TXT.encode(),
                 "feb.docx": minutes_docx(MINUTES_TXT.replace("15 January 2026", "12 February 2026"))}
        form = live_server.csrf_token(session.get(f"{a}/p/{SLUG}/imports/upload/").text)
        uploaded = session.post(f"{a}/p/{SLUG}/imports/upload/", data={"csrfmiddlewaretoken": form},
                                files=[("file", (name, data)) for name, data in files.items()], allow_redirects=False)
        assert uploaded.status_code == 302, uploaded.text[-2000:]
        job_page = uploaded.headers["Location"]
        assert re.fullmatch(rf"/p/{SLUG}/jobs/\d+/", job_page)
        outcome = wait_for_job(session, b + job_page)
        assert "2 of 2 read: 2 to check." in outcome, (outcome[-3000:], live_server.log_tail(tmp_path, "worker"))
        drafts = dict((name, pk) for pk, name in re.findall(rf'href="/p/{SLUG}/imports/(\d+)/">([^<]+)</a>', outcome))
        assert set(drafts) == set(files)
        for name, data in files.items():
            download = session.get(f"{b}/p/{SLUG}/imports/{drafts[name]}/source/", allow_redirects=False)
            assert download.status_code == 200 and download.content == data, name

        # Signing out through B ends the session on A too.
        form = live_server.csrf_token(session.get(b + home).text)
        session.post(f"{b}/sign-out/", data={"csrfmiddlewaretoken": form}, allow_redirects=False)
        assert session.get(a + home, allow_redirects=False).headers["Location"].startswith("/sign-in/")
    finally:
        for process in reversed(processes):
            live_server.stop(process)
        live_server.drop_postgres(DATABASE)
        queue.storage.flush_all()

    # Each server's own request log: the alternation reached both, and each did its half of the upload's round trip.
    served_a, served_b = logged_paths(tmp_path, "server-a"), logged_paths(tmp_path, "server-b")
    assert ("GET", home, 200) in served_a and ("GET", home, 200) in served_b
    assert ("POST", f"/p/{SLUG}/imports/upload/", 302) in served_a
    assert ("POST", f"/p/{SLUG}/bodies/add/", 302) in served_b
    assert {path for method, path, status in served_b if path.endswith("/source/") and status == 200} == {
        f"/p/{SLUG}/imports/{pk}/source/" for pk in drafts.values()}
