"""The demo's pooled budget, as the business team and members read it (the tests' clock: 9 March 2026)."""
import pytest
from django.urls import reverse

from assure.budget import appendix, queries
from assure.budget.models import FinancialYear, Spending
from assure.conftest import signed_in_client
from assure.demo.services import build_demo


@pytest.fixture(autouse=True)
def papers_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_the_demo_s_budget_has_two_years_a_carry_forward_and_a_small_shortfall(db):
    p = build_demo().partnership
    last, this = FinancialYear.objects.filter(partnership=p).order_by("start_year")
    assert (last.label, last.status, this.label, this.status) == ("2024/25", "closed", "2025/26", "open")

    closed = queries.year_position(last)
    assert closed.totals.actual == closed.totals.outturn               # a closed year has spent its outturn
    assert closed.surplus == this.brought_forward_pence == 1875950    # carried into this year
    assert appendix.finance_appendix(last).carried_forward == 1875950

    position = queries.year_position(this)
    assert 31000000 <= position.totals.planned <= 33000000
    assert [line.planned for line in position.ring_fenced] == [3500000]
    assert 0 < position.shortfall < 2500000 and position.outstanding > 0
    assert len(position.income) == 7 and {s.name for s in position.shares} == {
        "Marshcombe County Council", "Tarnside Police", "Marshcombe and Tarnside Integrated Care Board"}
    assert sum(s.amount for s in position.shares) == position.shortfall
    fees = Spending.objects.filter(year=this, review__case__pseudonym="Child T")
    assert fees.count() == 3 and all(f.line.ring_fenced for f in fees)
    assert not Spending.objects.filter(year=this, spent_on__gt="2026-03-09").exists()

    client = signed_in_client(p.roles.get(user__username="demo-readonly").user)
    text = client.get(reverse("budget:year-detail", args=[p.slug, 2025])).content.decode()
    assert "A shortfall of" in text and "shared by Marshcombe County Council" in text
    text = client.get(reverse("budget:finance-appendix", args=[p.slug, 2024])).content.decode()
    assert "Carried forward into 2025/26: £18,759.50." in text
