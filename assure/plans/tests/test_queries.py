"""Reading the business plan: the year's plan (priorities standing that year, objectives, the live state of each
piece of evidence, the quarterly matrix), a priority's plan, slow progress in a period, and plan_for_period, which
the yearly report reads. The clock is fixed on 9 March 2026."""
import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from assure.actions import services as actions
from assure.assurance.models import Activity
from assure.performance.tests import factories as performance_factories
from assure.plans import queries, services
from assure.reviews.models import Review

from . import factories

D = datetime.date


@pytest.fixture
def plan(partnership, business_user):
    """Neglect (from 2025/26) with one objective and one of each kind of evidence; Exploitation ended in 2024/25;
    Transitions starts in 2026/27."""
    by = business_user
    neglect = factories.priority(partnership, by, "Neglect", first_year=2025)
    old = factories.priority(partnership, by, "Exploitation", first_year=2023, last_year=2024)
    new = factories.priority(partnership, by, "Transitions", first_year=2026)
    objective = factories.objective(neglect, by)
    late = factories.action(partnership, by, "Relaunch the screening tool", due_date=D(2026, 2, 27))
    done = factories.action(partnership, by, "Train the health visitors", due_date=D(2026, 1, 31))
    actions.complete_action(done, by=by, expected_version=done.version)
    indicator = factories.indicator(partnership, by)
    performance_factories.figures(indicator, by, {"2025-Q2": "22.0", "2025-Q3": "25.5"})
    activity = factories.activity(partnership, by, status=Activity.Status.IN_PROGRESS)
    review = factories.review(partnership, by)
    services.set_evidence(objective, by=by, expected_version=objective.version, actions=[late, done],
                          indicators=[indicator], activities=[activity], reviews=[review])
    factories.rating(neglect, by, quarter="2025-Q1", rating_="green", narrative="Strategy agreed.")
    factories.rating(neglect, by, quarter="2025-Q2", rating_="amber", narrative="Tool not yet in use.")
    factories.rating(neglect, by, quarter="2025-Q3", rating_="red", narrative="Re-referrals rose to 25.5%.")
    factories.rating(old, by, quarter="2024-Q4", rating_="amber", narrative="Handed to the new hub.")
    return neglect, old, new, objective, review, activity


def test_the_year_s_plan_has_the_priorities_standing_that_year_with_a_cell_per_quarter(partnership, plan):
    neglect, old, new, *_ = plan
    year = queries.year_plan(partnership, 2025)
    assert (year.label, [p.title for p in year.priorities]) == ("2025/26", ["Neglect"])
    cells = year.priorities[0].cells
    assert [c.quarter.code for c in cells] == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
    assert [c.rating.label if c.rating else None for c in cells] == ["On track", "Some concerns", "Off track", None]
    assert [c.started for c in cells] == [True, True, True, True]
    assert year.priorities[0].latest.narrative == "Re-referrals rose to 25.5%."
    next_year = queries.year_plan(partnership, 2026)
    assert [p.title for p in next_year.priorities] == ["Neglect", "Transitions"]
    assert not any(c.started for c in next_year.priorities[0].cells)
    assert [p.title for p in queries.year_plan(partnership, 2024).priorities] == ["Exploitation"]


def test_evidence_shows_its_live_state_by_each_app_s_own_rules(partnership, plan):
    objective = queries.year_plan(partnership, 2025).priorities[0].objectives[0]
    assert [(e.title, e.state, e.attention) for e in objective.actions] == [
        ("Relaunch the screening tool", "Overdue (due 27 February 2026)", True),    # overdue first
        ("Train the health visitors", "Completed 9 March 2026", False)]
    [indicator] = objective.indicators
    assert indicator.title.startswith("REREF Re-referrals") and indicator.state == "25.5% in Q3 2025/26: Red (draft)"
    assert indicator.tag == "govuk-tag--red" and indicator.attention
    [activity] = objective.activities
    assert activity.state == "In progress (Multi-agency case audit, 2025/26)"
    [review] = objective.reviews
    assert review.title.startswith("Child Safeguarding Practice Review: ") and review.state == "Stage: Scoping"
    assert objective.evidence_count == 5
    assert [heading for heading, _ in objective.groups] == ["Actions", "Indicators", "Assurance", "Reviews"]


def test_evidence_a_person_may_not_see_is_left_out(partnership, plan):
    *_, review, activity = plan
    hidden = queries.MaySee(reviews=frozenset(), activities=frozenset())
    objective = queries.year_plan(partnership, 2025, may_see=hidden).priorities[0].objectives[0]
    assert (objective.reviews, objective.activities) == ((), ())
    allowed = queries.MaySee(reviews=frozenset({review.pk}), activities=frozenset({activity.pk}))
    objective = queries.priority_plan(plan[0], may_see=allowed).objectives[0]
    assert len(objective.reviews) == len(objective.activities) == 1


def test_the_year_s_plan_takes_a_fixed_number_of_queries(partnership, business_user, plan):
    neglect = plan[0]
    queries.year_plan(partnership, 2025)
    with CaptureQueriesContext(connection) as few:
        queries.year_plan(partnership, 2025)
    for n in range(4):
        objective = factories.objective(neglect, business_user, f"Objective {n}")
        services.set_evidence(objective, by=business_user, expected_version=objective.version,
                              actions=[factories.action(partnership, business_user, f"Action {n}")],
                              indicators=[factories.indicator(partnership, business_user, code=f"I{n}")],
                              activities=[factories.activity(partnership, business_user, title=f"Audit {n}")],
                              reviews=[factories.review(partnership, business_user, pseudonym=f"Child {'ABCD'[n]}")])
    with CaptureQueriesContext(connection) as many:
        queries.year_plan(partnership, 2025)
    assert len(many) == len(few)


def test_a_priority_s_plan_has_every_rating_oldest_first(plan):
    neglect = plan[0]
    ratings = queries.priority_plan(neglect).ratings
    assert [(r.quarter_label, r.code) for r in ratings] == [("Q1 2025/26", "green"), ("Q2 2025/26", "amber"),
                                                            ("Q3 2025/26", "red")]
    assert ratings[-1].months == "Q3 2025/26 (October to December 2025)"
    assert ratings[-1].recorded_by == "Bea Business" and ratings[-1].recorded_on == D(2026, 3, 9)


def test_slow_progress_is_the_priorities_whose_latest_rating_in_the_period_is_amber_or_red(partnership, plan):
    neglect, old, *_ = plan
    slow = queries.slow_progress(partnership, D(2025, 4, 1), D(2026, 3, 31))
    assert [(p.title, r.quarter_label, r.label, r.narrative) for p, r in slow] == [
        ("Neglect", "Q3 2025/26", "Off track", "Re-referrals rose to 25.5%.")]
    assert [p.title for p, _ in queries.slow_progress(partnership, D(2024, 4, 1), D(2025, 3, 31))] == ["Exploitation"]
    # Up to September 2025 the latest is amber; up to June, green: not slow.
    assert [r.code for _, r in queries.slow_progress(partnership, D(2025, 4, 1), D(2025, 9, 30))] == ["amber"]
    assert queries.slow_progress(partnership, D(2025, 4, 1), D(2025, 6, 30)) == []


def test_plan_for_period_is_what_the_yearly_report_reads(partnership, plan):
    found = queries.plan_for_period(partnership, D(2025, 4, 1), D(2026, 3, 31))
    assert [p.title for p in found] == ["Neglect"]
    neglect = found[0]
    assert [o.text for o in neglect.objectives] == ["Neglect is recognised before a child needs a plan"]
    assert [r.quarter_label for r in neglect.ratings] == ["Q1 2025/26", "Q2 2025/26", "Q3 2025/26"]
    assert (neglect.latest.code, neglect.latest.label) == ("red", "Off track")
    assert len(neglect.objectives[0].reviews) == 1     # the report reads every review


def test_plan_for_period_reads_evidence_as_at_the_period_s_end(partnership, plan):
    neglect = queries.plan_for_period(partnership, D(2025, 4, 1), D(2025, 9, 30))[0]
    objective = neglect.objectives[0]
    assert objective.indicators[0].state == "22% in Q2 2025/26: Amber (draft)"
    assert "Overdue" not in objective.actions[0].state      # not yet due at the end of September 2025
    assert [r.quarter for r in neglect.ratings] == ["2025-Q1", "2025-Q2"]


def test_a_period_with_nothing_gives_nothing(partnership, other_partnership, plan):
    assert queries.plan_for_period(other_partnership, D(2025, 4, 1), D(2026, 3, 31)) == []
    assert queries.slow_progress(other_partnership, D(2025, 4, 1), D(2026, 3, 31)) == []
    assert queries.plan_for_period(partnership, D(2026, 3, 31), D(2025, 4, 1))[0].ratings == ()


@pytest.mark.parametrize(("starts_on", "ends_on", "codes"), [
    (D(2025, 4, 1), D(2026, 3, 31), ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]),
    (D(2025, 1, 1), D(2025, 12, 31), ["2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"]),
    (D(2025, 5, 15), D(2025, 8, 31), ["2025-Q1"]),
    (D(2025, 7, 1), D(2025, 9, 29), []),
    (D(2025, 4, 1), D(2025, 6, 30), ["2025-Q1"]),
])
def test_a_period_reports_on_the_quarters_ending_within_it(starts_on, ends_on, codes):
    assert [q.code for q in queries.quarters_in(starts_on, ends_on)] == codes


def test_rateable_quarters_are_started_unrated_and_in_the_priority_s_years(plan):
    neglect, old, new, *_ = plan
    assert [q.code for q in queries.rateable_quarters(neglect)] == ["2025-Q4"]
    assert [q.code for q in queries.rateable_quarters(new)] == []
    assert [q.code for q in queries.rateable_quarters(old)] == [
        "2024-Q3", "2024-Q2", "2024-Q1", "2023-Q4", "2023-Q3", "2023-Q2", "2023-Q1"]


def test_the_year_picker_offers_the_plan_s_years_to_next_year(partnership, plan):
    assert queries.plan_years(partnership) == [2023, 2024, 2025, 2026]


def test_a_review_s_title_is_its_pseudonym_never_more(partnership, plan):
    review = plan[4]
    [shown] = queries.priority_plan(plan[0]).objectives[0].reviews
    assert shown.title == str(Review.objects.get(pk=review.pk))
