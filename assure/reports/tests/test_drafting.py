"""Drafting the yearly report is a job (ADR 0143): the pages show the draft the job kept, say when it was made, and
let the business team redraft; what people write shows at once; sign-off still drafts afresh."""
import datetime

import pytest
from django.urls import reverse

from assure.jobs.models import Job
from assure.meetings.models import Meeting
from assure.reports import services
from assure.reports.models import YearlyReport

from . import factories

D = datetime.date


def url(name, report, *args):
    return reverse(f"reports:{name}", args=[report.partnership.slug, report.pk, *args])


@pytest.fixture
def draft(partnership, business_user):
    return factories.draft(partnership, business_user)


def test_a_report_not_yet_drafted_says_so_and_the_business_team_may_draft_it(client_for, business_user, draft):
    for name in ("yearly-detail", "yearly-checklist"):
        page = client_for(business_user).get(url(name, draft)).content.decode()
        assert "has not been drafted yet" in page and "Draft the report" in page
        assert "Still empty" not in page and "What Assure drafted" not in page


def test_a_member_of_the_executive_sees_no_draft_button(client_for, member_user, partnership, draft):
    factories.executive_member(partnership, member_user)
    page = client_for(member_user).get(url("yearly-detail", draft)).content.decode()
    assert "has not been drafted yet" in page and "The business team drafts it." in page
    assert url("yearly-redraft", draft) not in page
    assert client_for(member_user).post(url("yearly-redraft", draft), {}).status_code == 403
    assert not Job.objects.exists()


def test_redraft_starts_the_job_shows_its_page_and_leads_back(client_for, business_user, draft, executive_board):
    Meeting.objects.create(partnership=draft.partnership, body=executive_board, date=D(2025, 6, 2))
    business = client_for(business_user)
    checklist_page = url("yearly-checklist", draft)
    response = business.post(url("yearly-redraft", draft), {"back": checklist_page})
    job = Job.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("jobs:job-detail", args=[draft.partnership.slug, job.pk])
    assert job.kind == services.DRAFT_JOB and job.status == Job.Status.DONE and job.created_by == business_user
    job_page = business.get(response["Location"]).content.decode()
    assert f'href="{checklist_page}"' in job_page
    draft.refresh_from_db()
    assert draft.drafted["figures"]["meetings"] == 1 and draft.drafted_at is not None
    assert draft.history.first().history_user == business_user  # the job's write names who started it
    page = business.get(checklist_page).content.decode()
    assert "Drafted at" in page and "Redraft" in page and "Still empty" in page
    assert reverse("jobs:job-detail", args=[draft.partnership.slug, job.pk]) in page  # the recent drafting jobs
    detail = business.get(url("yearly-detail", draft)).content.decode()
    assert "What Assure drafted from live data" in detail


def test_the_way_back_is_only_one_of_the_report_s_own_pages(client_for, business_user, draft):
    client_for(business_user).post(url("yearly-redraft", draft), {"back": "https://elsewhere.example/"})
    assert Job.objects.get().return_url == url("yearly-detail", draft)


def test_the_pages_show_the_kept_figures_until_a_redraft(client_for, business_user, draft, executive_board):
    services.store_draft(draft, by=business_user)
    Meeting.objects.create(partnership=draft.partnership, body=executive_board, date=D(2025, 6, 2))
    draft.refresh_from_db()
    assert draft.drafted["figures"]["meetings"] == 0
    client_for(business_user).post(url("yearly-redraft", draft), {})
    draft.refresh_from_db()
    assert draft.drafted["figures"]["meetings"] == 1


def test_an_edit_shows_at_once_and_fills_its_section(client_for, business_user, draft):
    services.store_draft(draft, by=business_user)
    business = client_for(business_user)
    before = business.get(url("yearly-checklist", draft)).content.decode()
    assert "Still empty" in before
    text = draft.texts.get(key="voice")
    assert business.post(url("yearly-section-edit", draft, "voice"), {
        "text": "Young people rewrote the neglect leaflet.\n\nParents asked for one named worker.",
        "version": text.version}).status_code == 302
    page = business.get(url("yearly-detail", draft)).content.decode()
    assert "Young people rewrote the neglect leaflet." in page
    stored = services.assemble.stored(YearlyReport.objects.get(pk=draft.pk))
    assert "voice" in stored.filled


def test_a_signed_off_report_is_not_redrafted(client_for, business_user, draft):
    services.sign_off(draft, by=business_user, expected_version=draft.version)
    business = client_for(business_user)
    assert "Reopen it as a draft to redraft it." in business.get(url("yearly-redraft", draft)).content.decode()
    business.post(url("yearly-redraft", draft), {})
    assert not Job.objects.exists()
    page = business.get(url("yearly-detail", draft)).content.decode()
    assert "Drafted at" not in page and "has not been drafted" not in page


def test_the_job_refuses_a_report_signed_off_after_it_was_queued(partnership, business_user, draft):
    from assure.jobs import running

    Job.objects.create(partnership=partnership, kind=services.DRAFT_JOB, title="Draft", created_by=business_user,
                       params={"report_id": draft.pk}, created_at=draft.created_at)
    services.sign_off(draft, by=business_user, expected_version=draft.version)
    job = Job.objects.get()
    running.run(job.pk)
    job.refresh_from_db()
    assert job.status == Job.Status.FAILED and "Reopen it as a draft to redraft it." in job.error


def test_sign_off_drafts_afresh_not_from_the_kept_draft(partnership, business_user, draft, executive_board):
    services.store_draft(draft, by=business_user)
    Meeting.objects.create(partnership=partnership, body=executive_board, date=D(2025, 6, 2))
    text = draft.texts.get(key="foreword")
    services.save_section_text(draft, by=business_user, key="foreword", expected_version=text.version,
                               text="Signed off with this foreword.")
    services.sign_off(draft, by=business_user, expected_version=draft.version)
    draft.refresh_from_db()
    assert draft.frozen["figures"]["meetings"] == 1
    assert "Signed off with this foreword." in str(draft.frozen["composition"])


def test_the_digests_follow_what_is_kept(business_user, draft):
    from assure.reports.models import content_digest
    assert draft.drafted_digest == "" and draft.frozen_digest == ""
    services.store_draft(draft, by=business_user)
    draft.refresh_from_db()
    assert draft.drafted_digest == content_digest(draft.drafted) and len(draft.drafted_digest) == 64
    draft.frozen, draft.status = services.frozen_data(draft), YearlyReport.Status.SIGNED_OFF
    draft.save()   # as a test's factory freezes it: the digest still follows
    draft.refresh_from_db()
    assert draft.frozen_digest == content_digest(draft.frozen) != ""
    services.reopen(draft, by=business_user, expected_version=draft.version, reason="A figure was wrong")
    draft.refresh_from_db()
    assert draft.frozen_digest == "" and draft.drafted_digest == content_digest(draft.drafted)


def _page(client, report) -> str:
    import re
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", client.get(url("yearly-detail", report)).content.decode())


def test_the_page_draws_a_draft_once_and_a_redraft_afresh(client_for, business_user, draft, executive_board,
                                                         monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from assure.reports import yearly_page
    services.store_draft(draft, by=business_user)
    client = client_for(business_user)
    first = _page(client, draft)
    assert "What Assure drafted from live data" in first

    def not_again(*args, **kwargs):
        raise AssertionError("drawn again from the same draft")
    with monkeypatch.context() as patched:
        patched.setattr(yearly_page, "_draw", not_again)
        with CaptureQueriesContext(connection) as queries:
            assert _page(client, draft) == first
    assert not [q for q in queries.captured_queries if '"reports_yearlyreport"."drafted",' in q["sql"]
                or '"reports_yearlyreport"."frozen"' in q["sql"]]   # 500 KB of JSON left unread
    # A redraft at the same instant (the tests' clock stands still) with other figures is drawn afresh.
    Meeting.objects.create(partnership=draft.partnership, body=executive_board, date=D(2025, 6, 2),
                           status=Meeting.Status.HELD)
    client.post(url("yearly-redraft", draft), {})
    again = _page(client, draft)
    assert again != first and "What Assure drafted from live data" in again
