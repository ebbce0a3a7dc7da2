"""A small fictional dataset for the page tests: two priorities and the context, four indicators, comparators,
a quarter approved (Q3 2025/26) and the latest (Q4 2025/26) still a draft. Tests read it on 20 April 2026
(`after_q4`), once Q4 has ended, so Q4 is the quarter the dataset is read as at by default."""
import datetime
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone

from assure.partnerships.models import Person, Priority

from ..models import QuarterApproval
from . import factories

AFTER_Q4 = datetime.datetime(2026, 4, 20, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def after_q4(fixed_clock):
    """20 April 2026: Q4 2025/26 has ended, so it is the quarter read by default (queries.default_quarter)."""
    with time_machine.travel(AFTER_Q4, tick=False):
        yield


def build(partnership, by, owner_user=None):
    own, others = factories.area(partnership, neighbours=3)
    neglect = Priority.objects.create(partnership=partnership, title="Neglect", position=1)
    exploitation = Priority.objects.create(partnership=partnership, title="Exploitation", position=2)
    owner = Person.objects.get(partnership=partnership, user=owner_user) if owner_user else None
    plans = factories.indicator(
        partnership, by, code="CP-2YR", name="Child protection plans lasting two years or more", unit="percentage",
        priority=neglect, owner=owner, target_value=Decimal("3.5"), green_threshold=Decimal("3.5"),
        red_threshold=Decimal("4.5"), comparators="published", published_measure="cpp_2yr_pct")
    factories.figures(plans, by, {"2025-Q1": "5.0", "2025-Q2": "4.6", "2025-Q3": "4.8", "2025-Q4": "4.9"})
    factories.comparator(plans, "national", "E92000001", "England", "2024/25", "3.8")
    factories.comparator(plans, "regional", "E12000901", "Northern Fells", "2024/25", "4.1")
    for authority, value in zip(others, ["4.0", "4.4", None], strict=True):
        factories.comparator(plans, "local_authority", authority.code, authority.name, "2024/25", value)
    missing = factories.indicator(
        partnership, by, code="MISS", priority=exploitation, target_value=Decimal("40"),
        green_threshold=Decimal("40"), red_threshold=Decimal("60"))
    factories.figures(missing, by, {"2025-Q2": "52", "2025-Q3": "47", "2025-Q4": "38"})
    rereferrals = factories.indicator(
        partnership, by, code="REREF", name="Re-referrals within 12 months", unit="percentage", priority=neglect,
        target_value=Decimal("22"))
    factories.figures(rereferrals, by, {"2025-Q2": "21", "2025-Q3": "23", "2025-Q4": "c"})
    population = factories.indicator(
        partnership, by, code="POP", name="Children living in the area", polarity="neither", frequency="yearly")
    factories.figures(population, by, {"2024/25": "61200"})
    q3 = datetime.date(2025, 10, 1)
    QuarterApproval.objects.create(partnership=partnership, quarter_start=q3, approved_at=timezone.now(),
                                   approved_by=by)
    return {"plans": plans, "missing": missing, "rereferrals": rereferrals, "population": population,
            "neglect": neglect, "exploitation": exploitation, "owner": owner}
