"""Starting a job and what its work leaves behind (ASSURE_QUEUE=immediate: the work runs in the test)."""
import logging

import pytest

from assure.jobs import queries, services
from assure.jobs.models import Job
from assure.partnerships.models import Body

from . import kinds


def start(partnership, user, kind=kinds.ADD_A_BODY, **params):
    return services.start_job(kind, partnership=partnership, by=user, title="Do the thing", params=params,
                              return_url=f"/p/{partnership.slug}/")


def test_a_job_runs_to_done_with_its_result_and_progress(partnership, business_user):
    job = start(partnership, business_user, name="Neglect subgroup")
    assert job.status == Job.Status.DONE
    body = Body.objects.get(pk=job.result["body_id"])
    assert body.name == "Neglect subgroup" and body.partnership == partnership
    assert (job.done, job.total, job.message) == (1, 1, "Added")
    assert job.started_at is not None and job.finished_at is not None and job.error == ""


def test_a_refused_job_fails_with_its_reason(partnership, business_user):
    job = start(partnership, business_user, kinds.REFUSE)
    assert job.status == Job.Status.FAILED
    assert job.error == "The file has gone: upload it again."
    assert job.result == {}


def test_an_unexpected_error_gives_the_general_message_and_is_logged(partnership, business_user, caplog):
    with caplog.at_level(logging.ERROR, logger="assure.jobs.running"):
        job = start(partnership, business_user, kinds.BREAK)
    assert job.status == Job.Status.FAILED
    assert job.error.startswith("Something went wrong while doing this.")
    assert "a programming error" not in job.error  # the person is not shown the programmer's words
    logged = [r for r in caplog.records if r.name == "assure.jobs.running"]
    assert logged and logged[0].exc_info and "a programming error" in str(logged[0].exc_info[1])


def test_the_jobs_history_rows_name_the_person_who_started_it(partnership, member_user):
    job = start(partnership, member_user, name="Exploitation subgroup")
    body = Body.objects.get(pk=job.result["body_id"])
    assert body.history.get().history_user == member_user


def test_an_unknown_kind_is_refused_before_anything_is_queued(partnership, business_user):
    with pytest.raises(LookupError):
        start(partnership, business_user, "tests.no-such-kind")
    assert not Job.objects.exists()


def test_a_job_runs_once_even_if_the_queue_delivers_it_twice(partnership, business_user):
    from assure.jobs import running

    job = start(partnership, business_user, name="Learning subgroup")
    running.run(job.pk)
    assert Body.objects.filter(name="Learning subgroup").count() == 1


def test_only_a_page_of_this_site_is_kept_as_the_way_back(partnership, business_user):
    job = services.start_job(kinds.ADD_A_BODY, partnership=partnership, by=business_user, title="Add",
                             params={"name": "A"}, return_url="https://elsewhere.example/")
    assert job.return_url == ""


def test_recent_lists_the_last_jobs_of_a_kind_that_the_person_may_see(partnership, business_user, member_user):
    mine = [start(partnership, member_user, name=f"Body {n}") for n in range(4)]
    theirs = start(partnership, business_user, name="Business body")
    start(partnership, member_user, kinds.REFUSE)
    assert queries.recent(partnership, kinds.ADD_A_BODY, member_user) == mine[::-1][:3]
    assert queries.recent(partnership, kinds.ADD_A_BODY, business_user, limit=2) == [theirs, mine[-1]]
