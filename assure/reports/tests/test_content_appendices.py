"""The yearly report's appendices read live: the performance dataset (figures, ratings, comparators, charts) and the
finance appendix (contributions, spending by category, carry-forward, the JSON figures in pounds)."""
import datetime

from assure.budget.tests import factories as budget_factories
from assure.documents.compose import Chart, Table
from assure.performance.tests import factories as performance_factories
from assure.reports.models import PartnerReport, YearlyReport
from assure.reports.yearly import content
from assure.reports.yearly.content import performance

D = datetime.date


def period(partnership, kind="joint", starts_on=D(2025, 4, 1), ends_on=D(2026, 3, 31)):
    return content.Period(partnership, kind, starts_on, ends_on)


def test_performance_shows_each_indicator_with_its_rating_comparators_and_a_chart(partnership, business_user):
    performance_factories.quarter_dataset(partnership, business_user)
    live = content.live(period(partnership, ends_on=D(2026, 3, 31)), "performance")
    table = next(b for b in live.blocks if isinstance(b, Table))
    rows = {row[0]: row for row in table.rows}
    assert rows["Children missing from home (episodes)"][2] == "Red"
    assert rows["Child protection plans lasting two years or more"][2] == "Amber"
    assert rows["Child protection plans lasting two years or more"][4].startswith("3.8%")
    assert table.rags[table.rows.index(rows["Re-referrals within 12 months"])] == "green"
    charts = [b for b in live.blocks if isinstance(b, Chart)]
    assert len(charts) == 3
    assert all(c.png.startswith(b"\x89PNG") and "<svg" in c.svg and c.description for c in charts)
    assert content.figures(period(partnership))["indicators"] == 3


def test_performance_charts_are_the_same_each_time(partnership, business_user):
    performance_factories.quarter_dataset(partnership, business_user)
    first = content.live(period(partnership), "performance")
    again = content.live(period(partnership), "performance")
    assert [b.svg for b in first.blocks if isinstance(b, Chart)] == [b.svg for b in again.blocks if isinstance(b, Chart)]


def test_performance_reads_the_dataset_as_at_the_last_quarter_ended_by_the_period(partnership, business_user):
    performance_factories.quarter_dataset(partnership, business_user)
    # A period ending mid-Q4 reads as at Q3: the Q4 figures are not yet in.
    assert performance.as_at(period(partnership, ends_on=D(2026, 2, 15))).code == "2025-Q3"
    live = content.live(period(partnership, ends_on=D(2026, 2, 15)), "performance")
    table = next(b for b in live.blocks if isinstance(b, Table))
    assert all("Q3 2025/26" in row[1] for row in table.rows)


def test_finance_gives_contributions_spending_and_carry_forward(partnership, business_user):
    budget_factories.shortfall_year(partnership, business_user)
    live = content.live(period(partnership), "finance")
    tables = {b.caption: b for b in live.blocks if isinstance(b, Table)}
    income = {row[0]: row[1:] for row in tables["Income by partner, 2025/26"].rows}
    assert income["Fenbridge Council"] == ("£100,000.00", "£100,000.00", "£0.00")
    spending = {row[0]: row[1:] for row in tables["Spending by category, 2025/26"].rows}
    assert spending["Safeguarding reviews"] == ("£35,000.00", "£21,000.00")
    assert any(isinstance(b, Chart) for b in live.blocks)
    words = " ".join(b.text for b in live.blocks if hasattr(b, "text"))
    assert "A shortfall of £21,649.00" in words and "Carried forward into 2026/27" in words
    assert content.figures(period(partnership))["budget"] == {"year": "2025/26", "income": 299351.0,
                                                             "expenditure": 186750.0, "carried_forward": 0.0}


def test_a_period_across_two_financial_years_sums_up_the_budget_of_the_year_it_mostly_covers(partnership,
                                                                                             business_user):
    budget_factories.shortfall_year(partnership, business_user)  # 2025/26 only
    mostly_2025 = period(partnership, starts_on=D(2025, 6, 1), ends_on=D(2026, 5, 31))   # 10 months of 2025/26
    mostly_2026 = period(partnership, starts_on=D(2025, 11, 1), ends_on=D(2026, 10, 31))  # 7 months of 2026/27
    assert content.figures(mostly_2025)["budget"]["year"] == "2025/26"
    assert content.figures(mostly_2025)["budget"]["income"] == 299351.0
    # The year it mostly covers has no budget yet: nothing is borrowed from the year before.
    assert content.figures(mostly_2026)["budget"] == {"year": "2026/27", "income": 0.0, "expenditure": 0.0,
                                                      "carried_forward": None}
    # The appendix still shows every year the period touches.
    assert "Carried forward into 2026/27" in " ".join(
        b.text for b in content.live(mostly_2026, "finance").blocks if hasattr(b, "text"))


def test_partner_reports_are_listed_for_their_own_report_only(partnership, business_user, organisations):
    now = datetime.datetime(2026, 3, 9, tzinfo=datetime.UTC)
    ours = YearlyReport.objects.create(partnership=partnership, kind="children", starts_on=D(2025, 4, 1),
                                       ends_on=D(2026, 3, 31), title="Our year", created_at=now)
    theirs = YearlyReport.objects.create(partnership=partnership, kind="adults", starts_on=D(2025, 4, 1),
                                         ends_on=D(2026, 3, 31), title="Adults' year", created_at=now)
    for report, title in ((ours, "Police safeguarding year"), (theirs, "Police adults' year")):
        PartnerReport.objects.create(report=report, organisation=organisations["police"], title=title,
                                     file_name="r.pdf", content=b"%PDF", size=4, uploaded_at=now)
    live = content.live(period(partnership, "children"), "partner_reports")
    assert live.has_data and live.blocks[1].items == ("Fenshire Police: Police safeguarding year",)
