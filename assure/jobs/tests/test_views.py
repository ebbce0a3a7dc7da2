"""A job's page and its file: the person who started it and the business team see them; nobody else does."""
import pytest
from django.urls import reverse

from assure.jobs import services
from assure.jobs.models import Job

from . import kinds


def page(job, slug=None):
    return reverse("jobs:job-detail", kwargs={"slug": slug or job.partnership.slug, "job_id": job.pk})


def file_url(job, slug=None):
    return reverse("jobs:job-file", kwargs={"slug": slug or job.partnership.slug, "job_id": job.pk})


@pytest.fixture
def notes_job(partnership, member_user):
    return services.start_job(kinds.MAKE_A_FILE, partnership=partnership, by=member_user, title="Make the notes",
                              params={"text": "Notes of the year."}, return_url=f"/p/{partnership.slug}/reports/")


def test_the_starter_and_the_business_team_see_a_job(notes_job, member_user, business_user, client_for):
    for user in (member_user, business_user):
        response = client_for(user).get(page(notes_job))
        assert response.status_code == 200
        assert "Make the notes" in response.content.decode()
        assert "Finished" in response.content.decode()


def test_another_member_and_another_partnership_get_not_found(notes_job, readonly_user, outsider_user, client_for,
                                                              other_partnership):
    assert client_for(readonly_user).get(page(notes_job)).status_code == 404
    assert client_for(readonly_user).get(file_url(notes_job)).status_code == 404
    assert client_for(outsider_user).get(page(notes_job)).status_code == 404
    assert client_for(outsider_user).get(page(notes_job, other_partnership.slug)).status_code == 404
    assert client_for(outsider_user).get(file_url(notes_job, other_partnership.slug)).status_code == 404


def test_the_page_refreshes_only_while_the_job_runs(notes_job, member_user, client_for):
    client = client_for(member_user)
    assert 'http-equiv="refresh"' not in client.get(page(notes_job)).content.decode()
    Job.objects.filter(pk=notes_job.pk).update(status=Job.Status.RUNNING, done=3, total=10, message="Reading")
    running = client.get(page(notes_job)).content.decode()
    assert 'http-equiv="refresh"' in running and "3 of 10 done" in running
    Job.objects.filter(pk=notes_job.pk).update(status=Job.Status.FAILED, error="The file has gone.")
    failed = client.get(page(notes_job)).content.decode()
    assert 'http-equiv="refresh"' not in failed and "The file has gone." in failed


def test_the_page_leads_back_to_where_the_job_was_started(notes_job, member_user, client_for, partnership):
    assert f'href="/p/{partnership.slug}/reports/"' in client_for(member_user).get(page(notes_job)).content.decode()


def test_the_file_downloads_only_when_the_job_is_done(notes_job, member_user, business_user, client_for):
    for user in (member_user, business_user):
        response = client_for(user).get(file_url(notes_job))
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"Notes of the year."
        assert "notes.txt" in response["Content-Disposition"]
    Job.objects.filter(pk=notes_job.pk).update(status=Job.Status.RUNNING)
    assert client_for(member_user).get(file_url(notes_job)).status_code == 404


def test_a_job_without_a_file_has_no_download(partnership, member_user, client_for):
    job = services.start_job(kinds.ADD_A_BODY, partnership=partnership, by=member_user, title="Add",
                             params={"name": "Audit subgroup"})
    assert "Download" not in client_for(member_user).get(page(job)).content.decode()
    assert client_for(member_user).get(file_url(job)).status_code == 404


def test_the_recent_include_links_each_job_with_its_status(partnership, member_user, client_for):
    from django.template.loader import render_to_string

    from assure.jobs import queries

    services.start_job(kinds.REFUSE, partnership=partnership, by=member_user, title="Refused run")
    html = render_to_string("jobs/_recent.html", {"jobs": queries.recent(partnership, kinds.REFUSE, member_user)})
    job = Job.objects.get(kind=kinds.REFUSE)
    assert page(job) in html and "Refused run" in html and "Failed" in html
