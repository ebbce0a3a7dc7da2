"""A large list's .xlsx made by a job (jobs.exports, ADR 0148). Tests run the queue at once (ASSURE_QUEUE=immediate)."""
import datetime

import pytest
from django.urls import reverse

from assure.actions.models import Action
from assure.actions.tests import factories as f
from assure.jobs import exports
from assure.jobs.models import Job
from assure.jobs.tests.downloads import column, xlsx_rows
from assure.partnerships.models import Role


def log_url(partnership):
    return reverse("actions:log", kwargs={"slug": partnership.slug})


def test_a_small_xlsx_is_made_in_the_request(client_for, readonly_user, partnership, monkeypatch):
    monkeypatch.setattr(exports, "XLSX_IN_REQUEST_ROWS", 5)
    f.action(partnership, text="Only action")
    response = client_for(readonly_user).get(log_url(partnership), {"download": "xlsx"})
    assert response.status_code == 200 and column(xlsx_rows(response), "Action") == ["Only action"]
    assert not Job.objects.exists()


@pytest.fixture
def many(partnership, monkeypatch):
    monkeypatch.setattr(exports, "XLSX_IN_REQUEST_ROWS", 5)
    for n in range(8):
        f.action(partnership, text=f"Job action {n}", due_date=datetime.date(2026, 3, 1) + f.days(n))


def test_a_large_xlsx_is_made_by_a_job(client_for, readonly_user, partnership, many):
    client = client_for(readonly_user)
    response = client.get(log_url(partnership), {"download": "xlsx", "page": "2"})  # 8 rows: over the limit of 5
    job = Job.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("jobs:job-detail", kwargs={"slug": partnership.slug, "job_id": job.pk})
    assert job.kind == "exports.xlsx" and job.status == Job.Status.DONE and job.created_by == readonly_user
    assert job.return_url == log_url(partnership)
    page = client.get(response["Location"])
    assert page.status_code == 200
    file = client.get(reverse("jobs:job-file", kwargs={"slug": partnership.slug, "job_id": job.pk}))
    rows = xlsx_rows(b"".join(file.streaming_content) if file.streaming else file.content)
    assert sorted(column(rows, "Action")) == sorted(Action.objects.filter(partnership=partnership)
                                                    .values_list("text", flat=True))


def test_the_job_keeps_the_filters(client_for, readonly_user, partnership, many, monkeypatch):
    monkeypatch.setattr(exports, "XLSX_IN_REQUEST_ROWS", 2)
    client_for(readonly_user).get(log_url(partnership), {"due": "overdue", "download": "xlsx"})
    job = Job.objects.get()
    assert job.params["query"] == "due=overdue"
    rows = xlsx_rows(job.file.read())
    assert len(rows) - 1 == Action.objects.filter(partnership=partnership, due_date__lt=datetime.date(2026, 3, 9)
                                                  ).count()


def test_the_job_refuses_when_the_person_may_no_longer_see_the_list(readonly_user, partnership, many):
    from assure.jobs import services

    Role.objects.filter(user=readonly_user, partnership=partnership).delete()
    job = services.start_job(exports.KIND, partnership=partnership, by=readonly_user, title="Spreadsheet",
                             params={"path": log_url(partnership), "query": "", "filename": "a.xlsx"})
    assert job.status == Job.Status.FAILED and "no longer see" in job.error and not job.file


def test_the_job_refuses_a_page_of_another_partnership(readonly_user, partnership, other_partnership, many):
    from assure.jobs import services

    job = services.start_job(exports.KIND, partnership=partnership, by=readonly_user, title="Spreadsheet",
                             params={"path": log_url(other_partnership), "query": "", "filename": "a.xlsx"})
    assert job.status == Job.Status.FAILED and not job.file


def test_a_csv_runs_the_same_queries_however_many_chunks_it_has(client_for, readonly_user, partnership, monkeypatch,
                                                                 django_assert_max_num_queries):
    """The owners of every action are read in one query for the whole list, not once per chunk (ADR 0155)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from assure.actions import services
    from assure.jobs.tests.downloads import csv_rows

    monkeypatch.setattr(exports, "CHUNK", 2)
    client = client_for(readonly_user)
    owner = f.person_of(readonly_user, partnership)

    def download():
        client.get(log_url(partnership), {"download": "csv"})   # sessions and settings read on first use
        with CaptureQueriesContext(connection) as queries:
            rows = csv_rows(client.get(log_url(partnership), {"download": "csv"}))
        return rows, len(queries.captured_queries)

    f.action(partnership, text="First", owners=[owner, services.Owner(group_name="All members")])
    _, few = download()
    for n in range(7):
        f.action(partnership, text=f"More {n}")
    rows, many_count = download()
    assert many_count == few
    assert sorted(zip(column(rows, "Action"), column(rows, "Owners")))[0] == (
        "First", f"{owner.full_name}, All members")
    assert len(rows) == 9
