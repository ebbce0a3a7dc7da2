"""The yearly report's pages, as the business team uses them."""
import datetime

import pytest
from django.urls import reverse

from assure.conftest import date_boxes
from assure.reports import services
from assure.reports.models import YearlyReport

from . import factories

D = datetime.date


def url(name, report, *args):
    return reverse(f"reports:{name}", args=[report.partnership.slug, report.pk, *args])


@pytest.fixture
def business(client_for, business_user):
    return client_for(business_user)


@pytest.fixture
def draft(partnership, business_user):
    return factories.draft(partnership, business_user)


def test_start_a_report_from_the_form(business, partnership):
    start = reverse("reports:yearly-start", args=[partnership.slug])
    response = business.post(start, {"kind": "joint", **date_boxes("starts_on", "2025-04-01"),
                                     **date_boxes("ends_on", "2026-03-31")})
    report = YearlyReport.objects.get()
    assert response.status_code == 302 and response["Location"] == url("yearly-detail", report)
    assert report.title == "Yearly report 2025/26"
    again = business.post(start, {"kind": "joint", **date_boxes("starts_on", "2025-04-01"),
                                  **date_boxes("ends_on", "2026-03-31")})
    page = again.content.decode()
    assert again.status_code == 200 and "There is already a report for this period" in page
    assert "<title>Error:" in page


def test_the_report_page_shows_each_section_with_its_prompt_and_text_box(business, draft):
    page = business.get(url("yearly-detail", draft)).content.decode()
    assert "Foreword" in page and "The independent scrutineer" in page
    assert 'name="text"' in page and "Sign off" in page and "yearly-report.docx" in page
    assert page.index("Foreword") < page.index("Appendix: partner reports")


def test_edit_a_section_and_a_stale_edit_is_refused(business, draft):
    text = draft.texts.get(key="foreword")
    edit = url("yearly-section-edit", draft, "foreword")
    assert business.post(edit, {"text": "A year of change.", "version": text.version}).status_code == 302
    response = business.post(edit, {"text": "Overwrite!", "version": text.version})
    page = response.content.decode()
    assert response.status_code == 200 and "Someone else changed this section" in page and "Overwrite!" in page
    assert draft.texts.get(key="foreword").text == "A year of change."


def test_the_checklist_links_met_requirements_and_offers_a_reason_for_empty_ones(business, draft, business_user):
    services.store_draft(draft, by=business_user)
    page = business.get(url("yearly-checklist", draft)).content.decode()
    assert "Still empty" in page and "Record a reason" in page
    reason = url("yearly-reason", draft, "WT-voice")
    assert business.post(reason, {"reason": "The survey closes in May."}).status_code == 302
    page = business.get(url("yearly-checklist", draft)).content.decode()
    assert "The survey closes in May." in page and "Reason recorded" in page


def test_the_draft_downloads_are_drawn_live(business, draft):
    response = business.get(url("yearly-download", draft, "html"))
    assert response.status_code == 200 and 'filename="yearly-report.html"' in response["Content-Disposition"]
    assert b"Draft: figures are live" in response.content
    docx = business.get(url("yearly-download", draft, "docx"))
    assert docx.content[:2] == b"PK"
    assert business.get(url("yearly-download", draft, "exe")).status_code == 404


def test_sign_off_page_lists_what_is_still_to_do(business, draft):
    page = business.get(url("yearly-sign-off", draft)).content.decode()
    assert "Still to do before it can be published" in page


def test_publish_page_refuses_a_draft(business, draft):
    page = business.get(url("yearly-publish", draft)).content.decode()
    assert "Sign the report off before publishing it." in page


def test_distribution_shows_the_seven_day_clock_in_words(business, partnership, business_user):
    report = factories.published(partnership, business_user, published_on=D(2026, 3, 5))
    page = business.get(url("yearly-distribution", report)).content.decode()
    assert "by 12 March 2026" in page and "3 days left" in page and "Due" in page
    panel = report.recipients.first()
    sent = url("yearly-recipient-sent", report, panel.pk)
    response = business.post(sent, {**date_boxes("sent_on", "2026-03-06"), "how": "By email", "version": 1})
    assert response.status_code == 302
    page = business.get(url("yearly-distribution", report)).content.decode()
    assert "Sent in time" in page


def test_an_overdue_recipient_says_so(business, partnership, business_user):
    report = factories.published(partnership, business_user, published_on=D(2026, 2, 2))
    page = business.get(url("yearly-distribution", report)).content.decode()
    assert "Overdue" in page and "govuk-tag--red" in page


def test_publish_form_publishes_a_signed_off_report_once_every_gap_is_explained(business, partnership,
                                                                                  business_user):
    from .test_services import freeze

    report = freeze(factories.draft(partnership, business_user, kind="adults", starts_on=D(2024, 4, 1),
                                    ends_on=D(2025, 3, 31)))
    form = {**date_boxes("published_on", "2026-03-02"), "web_address": "https://example.org.uk/yr",
            "version": report.version}
    refused = business.post(url("yearly-publish", report), form).content.decode()
    assert "cannot be published while a statutory requirement" in refused
    for line in report.frozen["checklist"]:
        if not line["met"]:
            business.post(url("yearly-reason", report, line["requirement"]), {"reason": "Covered in the foreword."})
    response = business.post(url("yearly-publish", report), form)
    assert response.status_code == 302 and response["Location"] == url("yearly-distribution", report)
    report.refresh_from_db()
    assert report.status == "published" and report.recipients.count() == 5
