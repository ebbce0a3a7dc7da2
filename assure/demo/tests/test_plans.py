"""The demo's business plan, as the business team and read-only users read it (the tests' clock: 9 March 2026, so
last year is 2024/25 and this year's first three quarters have ended)."""
import datetime

import pytest
from django.urls import reverse

from assure.conftest import signed_in_client
from assure.demo.services import build_demo
from assure.plans import queries
from assure.plans.models import Objective, Progress

D = datetime.date


@pytest.fixture(autouse=True)
def papers_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_the_demo_s_plan_has_objectives_evidence_and_ratings_with_slow_progress(db):
    p = build_demo().partnership
    assert Objective.objects.filter(priority__partnership=p).count() == 7
    plan = queries.year_plan(p, 2025)
    assert [x.title for x in plan.priorities] == ["Neglect", "Exploitation", "Transitional safeguarding",
                                                 "Domestic abuse"]
    neglect = plan.priorities[0]
    first = neglect.objectives[0]
    assert first.indicators and first.activities and first.actions and [r.title for r in first.reviews] == [
        "Child Safeguarding Practice Review: Child T"]
    assert [c.rating.code if c.rating else None for c in neglect.cells] == ["green", "red", "amber", None]
    ratings = Progress.objects.filter(priority__partnership=p)
    assert {"amber", "red", "green"} <= set(ratings.values_list("rating", flat=True))
    assert not ratings.filter(quarter="2025-Q4").exists()          # the running quarter is not rated yet
    slow = queries.slow_progress(p, D(2025, 4, 1), D(2026, 3, 31))
    assert [(x.title, r.code) for x, r in slow] == [("Neglect", "amber"), ("Exploitation", "amber"),
                                                   ("Transitional safeguarding", "amber")]
    assert all(r.narrative for _, r in slow)

    client = signed_in_client(p.roles.get(user__username="demo-readonly").user)
    page = client.get(reverse("plans:plan", args=[p.slug])).content.decode()
    assert "Business plan 2025/26" in page and "Off track" in page and "Some concerns" in page
