"""The demo's yearly report (the tests' clock: 9 March 2026): a draft for the twelve months to the end of last month
with a foreword, some narrative and one comment from a member of the Executive Board, and its page opens. (How long
drafting takes is measured by `assure report yearly`, which prints its seconds, not asserted here.)"""
import datetime

import pytest
from django.urls import reverse

from assure.conftest import signed_in_client
from assure.demo.services import build_demo
from assure.reports.models import YearlyReport
from assure.reports.yearly import assemble


@pytest.fixture(autouse=True)
def papers_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_the_demo_s_yearly_report_is_a_written_draft_with_one_comment(db):
    p = build_demo().partnership
    report = YearlyReport.objects.get(partnership=p)
    assert (report.title, report.status) == ("Yearly report 2025/26", "draft")
    assert (report.starts_on, report.ends_on) == (datetime.date(2025, 3, 1), datetime.date(2026, 2, 28))
    assert report.texts.get(key="foreword").text.startswith("This has been a year")
    assert report.comments.count() == 1
    drafted = assemble.draft(report)
    assert {"foreword", "effectiveness", "voice"} <= drafted.filled
    manager = p.roles.filter(kind="business_team").first().user
    page = signed_in_client(manager).get(reverse("reports:yearly-detail", args=[p.slug, report.pk]))
    assert page.status_code == 200 and "Could this section say plainly" in page.content.decode()
