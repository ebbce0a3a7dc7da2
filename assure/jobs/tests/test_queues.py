"""Both real queue modes (ADR 0143): a job put on a real huey queue (SQLite file, Redis) and done by a real huey
consumer running in this process against the test database, and an email whose first send fails, retried.

The tasks are the production ones' bodies (`call_local`) bound to a huey instance of the test's own, so the test
never touches the settings' queue. The outcome is awaited by blocking on the task's result, with a timeout."""
import os
import uuid

import pytest
from django.db import connections
from huey import RedisHuey, SqliteHuey

from assure.jobs import services
from assure.jobs import tasks as job_tasks
from assure.jobs.models import Job
from assure.mail import sending
from assure.mail import services as mail_services
from assure.mail import tasks as mail_tasks
from assure.mail.models import Email
from assure.partnerships.models import Body

from . import kinds

WAIT = 60  # seconds: a generous bound on a busy CI machine; the test returns as soon as the result is in


def _in_worker(fn):
    """What djhuey's db_task does around a task: the worker thread closes its own database connections after."""
    def run(*args):
        try:
            return fn(*args)
        finally:
            connections.close_all()
    return run


def _redis_huey():
    name = f"assure-test-{uuid.uuid4().hex[:12]}"
    huey = RedisHuey(name, url=os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15"),
                     store_intermediate_errors=False)
    try:
        huey.storage.conn.ping()
    except Exception as exc:  # noqa: BLE001  (any reason Redis cannot be reached)
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is not reachable at 127.0.0.1:6379 in CI, where it must be: {exc}")
        pytest.skip(f"Redis is not reachable at 127.0.0.1:6379 (set CI=true to make this a failure): {exc}")
    return huey


@pytest.fixture(params=["embedded", "redis"])
def queue(request, tmp_path, monkeypatch, settings):
    """A real huey queue of the mode, with a consumer of two worker threads running until the test ends."""
    if request.param == "embedded":
        huey = SqliteHuey("assure-test", filename=str(tmp_path / "queue.sqlite3"), store_intermediate_errors=False)
    else:
        huey = _redis_huey()
    settings.ASSURE_QUEUE = request.param
    consumer = huey.create_consumer(workers=2, worker_type="thread", periodic=False, initial_delay=0.01,
                                    max_delay=0.1, check_worker_health=False)
    monkeypatch.setattr(consumer, "_set_signal_handlers", lambda: None)  # leave pytest's Ctrl-C alone
    consumer.start()
    try:
        yield huey
    finally:
        consumer.stop(graceful=True)
        if request.param == "redis":
            huey.storage.flush_all()


def _bind_run_job(huey, monkeypatch) -> list:
    """start_job's task, bound to the test's queue; returns the list that collects each enqueued task's result."""
    def run_and_say(job_id):
        job_tasks.run_job.call_local(job_id)
        return Job.objects.get(pk=job_id).status

    task = huey.task(name="run_job")(_in_worker(run_and_say))
    results = []
    monkeypatch.setattr(services, "run_job", lambda job_id: results.append(task(job_id)))
    return results


@pytest.mark.django_db(transaction=True)
def test_a_job_on_the_queue_is_done_by_the_worker(queue, monkeypatch, partnership, business_user):
    results = _bind_run_job(queue, monkeypatch)
    job = services.start_job(kinds.ADD_A_BODY, partnership=partnership, by=business_user, title="Add a body",
                             params={"name": "Queued subgroup"})
    assert job.status == Job.Status.WAITING  # queued for the worker, not done in this request
    assert len(results) == 1
    assert results[0].get(blocking=True, timeout=WAIT) == Job.Status.DONE
    job.refresh_from_db()
    assert job.status == Job.Status.DONE and job.finished_at is not None
    assert Body.objects.get(pk=job.result["body_id"]).name == "Queued subgroup"
    assert Body.objects.get(pk=job.result["body_id"]).history.get().history_user == business_user


@pytest.mark.django_db(transaction=True)
def test_a_job_waits_for_the_transaction_that_started_it(queue, monkeypatch, partnership, business_user):
    from django.db import transaction

    results = _bind_run_job(queue, monkeypatch)
    with transaction.atomic():
        job = services.start_job(kinds.ADD_A_BODY, partnership=partnership, by=business_user, title="Add a body",
                                 params={"name": "After commit"})
        assert results == []  # nothing is queued while the job's row is not yet committed
    assert results[0].get(blocking=True, timeout=WAIT) == Job.Status.DONE
    job.refresh_from_db()
    assert job.status == Job.Status.DONE


@pytest.mark.django_db(transaction=True)
def test_a_failing_send_is_retried_on_the_queue(queue, monkeypatch, partnership, business_user, mailoutbox):
    def send_and_say(email_id):
        mail_tasks.send_email.call_local(email_id)
        return Email.objects.get(pk=email_id).status

    # The outbox's task as in production but retried at once rather than after five minutes.
    task = queue.task(name="send_email", retries=sending.MAX_ATTEMPTS - 1, retry_delay=0)(_in_worker(send_and_say))
    results = []
    monkeypatch.setattr(mail_services, "send_email", lambda email_id: results.append(task(email_id)))
    real_deliver, attempts = sending.deliver, []

    def deliver_after_one_refusal(email):
        attempts.append(email.pk)
        if len(attempts) == 1:
            raise ConnectionRefusedError("the mail server is down")
        real_deliver(email)

    monkeypatch.setattr(sending, "deliver", deliver_after_one_refusal)
    email = mail_services.queue_email(partnership=partnership, to="chair@example.org", subject="Papers are ready",
                                      body="The papers for Thursday are ready.", kind="test", key=uuid.uuid4().hex)
    assert len(results) == 1
    assert results[0].get(blocking=True, timeout=WAIT) == Email.Status.SENT
    email.refresh_from_db()
    assert email.attempts == 2 and email.last_error == ""
    assert [m.subject for m in mailoutbox] == ["Papers are ready"]
