"""The learning report's Word file is made by the job "reviews.learning-report" (ADR 0159): the button on the
report's page starts it (POST), the person lands on the job's page and downloads the file there; the report's page
lists the recent ones. Who may start it is who may read the report (business team, Executive Board); who may
download it is who may see the job (the person who started it, the business team)."""
import datetime
import io

import docx
import pytest
from django.urls import reverse

from assure.jobs.models import Job
from assure.partnerships.models import Membership

from .. import learning
from . import factories

KIND = "reviews.learning-report"


def url(name, partnership):
    return reverse(f"reviews:{name}", args=[partnership.slug])


def job_url(name, job):
    return reverse(f"jobs:{name}", args=[job.partnership.slug, job.pk])


@pytest.fixture
def plan(partnership, business_user, organisations):
    review = factories.review(partnership, business_user, pseudonym="Child R")
    rec = factories.recommendation(review, business_user, organisations["police"])
    learning.add_plan_action(rec, by=business_user, text="Refresh training", owner_organisation=organisations["police"],
                             due_date=datetime.date(2026, 6, 30), rag="red")
    return rec


def file_text(response) -> str:
    document = docx.Document(io.BytesIO(b"".join(response.streaming_content)))
    return "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells)


def test_the_button_starts_the_job_whose_page_offers_the_file_and_the_report_lists_it(partnership, business_user,
                                                                                      plan, client_for):
    client = client_for(business_user)
    page = client.get(url("learning-report", partnership)).content.decode()
    assert f'action="{url("learning-report-docx", partnership)}"' in page and 'method="post"' in page
    assert "Recent runs" not in page
    response = client.post(url("learning-report-docx", partnership))
    job = Job.objects.get(kind=KIND)
    assert response.status_code == 302 and response["Location"] == job_url("job-detail", job)
    assert job.status == Job.Status.DONE and job.file_name == "learning-report-2026-03-09.docx"
    assert job.created_by == business_user and job.return_url == url("learning-report", partnership)
    job_page = client.get(response["Location"]).content.decode()
    assert job_url("job-file", job) in job_page and "Download learning-report-2026-03-09.docx" in job_page
    assert "10 September 2025 to 9 March 2026" in job_page
    download = client.get(job_url("job-file", job))
    assert download.status_code == 200 and "attachment" in download["Content-Disposition"]
    assert download["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    text = file_text(download)
    assert "Child R" in text and "Refresh training" in text
    again = client.get(url("learning-report", partnership)).content.decode()
    assert "Recent runs" in again and job_url("job-detail", job) in again


def test_a_get_only_asks_and_starts_nothing(partnership, business_user, plan, client_for):
    page = client_for(business_user).get(url("learning-report-docx", partnership))
    assert page.status_code == 200 and "Make the Word file" in page.content.decode()
    assert not Job.objects.exists()


def test_a_board_member_may_start_it_and_download_their_own(partnership, business_user, member_user, plan,
                                                            client_for):
    factories.board_member(partnership, member_user)
    client = client_for(member_user)
    response = client.post(url("learning-report-docx", partnership))
    job = Job.objects.get(kind=KIND)
    assert response["Location"] == job_url("job-detail", job) and job.created_by == member_user
    assert "Child R" in file_text(client.get(job_url("job-file", job)))
    # The business team sees every job, so may download it too.
    assert client_for(business_user).get(job_url("job-file", job)).status_code == 200


@pytest.mark.parametrize("who", ["member_user", "readonly_user"])
def test_people_not_on_the_board_may_neither_start_it_nor_download_anyone_elses(who, partnership, business_user,
                                                                                plan, client_for, request):
    user = request.getfixturevalue(who)
    client = client_for(user)
    assert client.get(url("learning-report-docx", partnership)).status_code == 404
    assert client.post(url("learning-report-docx", partnership)).status_code == 404
    assert not Job.objects.exists()
    client_for(business_user).post(url("learning-report-docx", partnership))
    job = Job.objects.get(kind=KIND)
    assert client.get(job_url("job-detail", job)).status_code == 404
    assert client.get(job_url("job-file", job)).status_code == 404


def test_another_board_member_does_not_get_someone_elses_file(partnership, business_user, member_user, plan,
                                                              client_for):
    from assure.conftest import make_user
    from assure.partnerships.models import Role
    colleague = make_user(partnership, Role.Kind.MEMBER, "bo", "Bo Board")
    factories.board_member(partnership, member_user)
    factories.board_member(partnership, colleague)
    client_for(member_user).post(url("learning-report-docx", partnership))
    job = Job.objects.get(kind=KIND)
    assert client_for(colleague).get(job_url("job-file", job)).status_code == 404
    assert job_url("job-detail", job) not in client_for(colleague).get(url("learning-report", partnership)).content.decode()


def test_another_partnership_sees_neither_the_page_nor_the_file(partnership, business_user, outsider_user, plan,
                                                                client_for):
    client_for(business_user).post(url("learning-report-docx", partnership))
    job = Job.objects.get(kind=KIND)
    outsider = client_for(outsider_user)
    assert outsider.post(url("learning-report-docx", partnership)).status_code == 404
    assert outsider.get(job_url("job-file", job)).status_code == 404


def test_the_service_refuses_someone_who_does_not_receive_the_report(partnership, member_user, plan):
    from django.core.exceptions import PermissionDenied
    with pytest.raises(PermissionDenied):
        learning.start_learning_report(partnership, by=member_user)
    assert not Job.objects.exists()


def test_a_job_whose_starter_has_left_the_board_makes_no_file(partnership, member_user, plan, settings):
    factories.board_member(partnership, member_user)
    settings.ASSURE_QUEUE = "redis"   # queued on commit, which the test's transaction never does: run it by hand
    job = learning.start_learning_report(partnership, by=member_user)
    Membership.objects.filter(person__user=member_user).delete()
    from assure.jobs.running import run
    run(job.pk)
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and "no longer" in job.error and not job.file
