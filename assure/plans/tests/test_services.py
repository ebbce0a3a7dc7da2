"""The business plan's services: objectives (add, change, remove, reorder; stale versions refused), their evidence
(only the partnership's records), and each quarter's rating (rules on which quarter, changes need the version).
The clock is fixed on 9 March 2026: Q4 2025/26 is running."""
import pytest
from django.core.exceptions import ValidationError

from assure.core.concurrency import EditConflict
from assure.plans import services
from assure.plans.models import Objective, Progress

from . import factories


@pytest.fixture
def neglect(partnership, business_user):
    return factories.priority(partnership, business_user)


def texts(priority):
    return list(priority.objectives.order_by("position").values_list("text", flat=True))


def test_objectives_are_added_at_the_end_and_numbered(neglect, business_user):
    first = factories.objective(neglect, business_user, "  Neglect   is recognised early ")
    second = factories.objective(neglect, business_user, "Fewer children on a plan for neglect twice")
    assert (first.text, first.position, second.position) == ("Neglect is recognised early", 1, 2)
    assert first.history.first().history_user == business_user


@pytest.mark.parametrize(("text", "message"), [
    ("", "Enter the objective"),
    ("x" * 1001, "1,000 characters or fewer"),
    ("neglect is RECOGNISED before a child needs a plan", "already has the objective"),
])
def test_an_objective_without_words_too_long_or_repeated_is_refused(neglect, business_user, text, message):
    factories.objective(neglect, business_user)
    with pytest.raises(ValidationError, match=message):
        services.add_objective(neglect, by=business_user, text=text)
    assert neglect.objectives.count() == 1


def test_changing_an_objective_needs_the_version_opened(neglect, business_user):
    objective = factories.objective(neglect, business_user)
    opened = objective.version
    services.update_objective(objective, by=business_user, expected_version=opened, text="Neglect is seen early")
    with pytest.raises(EditConflict):
        services.update_objective(objective, by=business_user, expected_version=opened, text="Something else")
    objective.refresh_from_db()
    assert objective.text == "Neglect is seen early" and objective.version == opened + 1


def test_removing_an_objective_renumbers_the_rest_and_keeps_its_evidence(partnership, neglect, business_user):
    first, second, third = (factories.objective(neglect, business_user, t) for t in ("One", "Two", "Three"))
    action = factories.action(partnership, business_user)
    services.set_evidence(first, by=business_user, expected_version=first.version, actions=[action])
    first.refresh_from_db()
    with pytest.raises(EditConflict):
        services.remove_objective(first, by=business_user, expected_version=first.version - 1)
    services.remove_objective(first, by=business_user, expected_version=first.version)
    assert texts(neglect) == ["Two", "Three"]
    assert [o.position for o in neglect.objectives.order_by("position")] == [1, 2]
    action.refresh_from_db()   # the action stays in the log
    assert not Objective.objects.filter(pk=first.pk).exists()


def test_moving_an_objective_swaps_it_with_its_neighbour(neglect, business_user):
    for text in ("One", "Two", "Three"):
        factories.objective(neglect, business_user, text)
    three = neglect.objectives.get(text="Three")
    services.move_objective(three, by=business_user, direction="up")
    assert texts(neglect) == ["One", "Three", "Two"]
    with pytest.raises(ValidationError, match="already first"):
        services.move_objective(neglect.objectives.get(text="One"), by=business_user, direction="up")
    with pytest.raises(ValidationError, match="up or down"):
        services.move_objective(three, by=business_user, direction="sideways")


def test_evidence_is_replaced_whole(partnership, neglect, business_user):
    objective = factories.objective(neglect, business_user)
    action, indicator = factories.action(partnership, business_user), factories.indicator(partnership, business_user)
    activity, review = factories.activity(partnership, business_user), factories.review(partnership, business_user)
    services.set_evidence(objective, by=business_user, expected_version=objective.version, actions=[action],
                          indicators=[indicator], activities=[activity], reviews=[review])
    objective.refresh_from_db()
    assert (list(objective.actions.all()), list(objective.indicators.all()), list(objective.activities.all()),
            list(objective.reviews.all())) == ([action], [indicator], [activity], [review])
    services.set_evidence(objective, by=business_user, expected_version=objective.version, indicators=[indicator])
    assert not objective.actions.exists() and objective.indicators.count() == 1
    assert objective.history.first().history_user == business_user


def test_evidence_of_another_partnership_is_refused_naming_it(partnership, other_partnership, neglect,
                                                              business_user, outsider_user):
    objective = factories.objective(neglect, business_user)
    theirs = factories.action(other_partnership, outsider_user, text="Harrowdale's own action")
    mine = factories.action(partnership, business_user)
    with pytest.raises(ValidationError, match="Harrowdale's own action' belongs to another partnership") as refused:
        services.set_evidence(objective, by=business_user, expected_version=objective.version,
                              actions=[mine, theirs])
    assert "actions" in refused.value.message_dict
    assert not objective.actions.exists()
    theirs_review = factories.review(other_partnership, outsider_user)
    with pytest.raises(ValidationError, match="review"):
        services.set_evidence(objective, by=business_user, expected_version=objective.version,
                              reviews=[theirs_review])


def test_evidence_set_on_a_stale_page_is_refused(partnership, neglect, business_user):
    objective = factories.objective(neglect, business_user)
    opened = objective.version
    services.update_objective(objective, by=business_user, expected_version=opened, text="Changed meanwhile")
    with pytest.raises(EditConflict):
        services.set_evidence(objective, by=business_user, expected_version=opened,
                              actions=[factories.action(partnership, business_user)])
    assert not objective.actions.exists()


def test_a_quarter_is_rated_once_then_changed_with_its_version(neglect, business_user):
    rated = factories.rating(neglect, business_user, quarter="Q3 2025/26")
    assert (rated.quarter, rated.rating, rated.recorded_by) == ("2025-Q3", "amber", business_user)
    with pytest.raises(EditConflict, match="already has a rating"):
        factories.rating(neglect, business_user, quarter="2025-Q3", rating_="green")
    changed = factories.rating(neglect, business_user, quarter="2025-Q3", rating_="green",
                               narrative="Back on track", expected_version=rated.version)
    assert (changed.rating, changed.narrative, changed.version) == ("green", "Back on track", rated.version + 1)
    with pytest.raises(EditConflict):
        factories.rating(neglect, business_user, quarter="2025-Q3", rating_="red", expected_version=rated.version)
    assert Progress.objects.get().rating == "green"


def test_changing_a_rating_that_is_not_there_is_a_conflict(neglect, business_user):
    with pytest.raises(EditConflict, match="no longer there"):
        factories.rating(neglect, business_user, expected_version=1)


@pytest.mark.parametrize(("quarter", "message"), [
    ("2026-Q1", "Q1 2026/27 has not started yet: its progress can be rated from 1 April 2026"),
    ("2024-Q4", "Neglect is a priority from 2025/26, so it has no rating for Q4 2024/25"),
    ("2025/26", "Choose a quarter"),
    ("2025-13", "not a month"),
    ("", "Enter the period"),
    ("soon", "not a period"),
])
def test_a_bad_quarter_is_refused(neglect, business_user, quarter, message):
    with pytest.raises(ValidationError, match=message) as refused:
        factories.rating(neglect, business_user, quarter=quarter)
    assert "quarter" in refused.value.message_dict
    assert not Progress.objects.exists()


def test_the_running_quarter_can_be_rated(neglect, business_user):
    assert factories.rating(neglect, business_user, quarter="2025-Q4").quarter == "2025-Q4"


def test_a_quarter_after_the_priority_s_last_year_is_refused(partnership, business_user):
    ended = factories.priority(partnership, business_user, title="Transitions", first_year=2023, last_year=2024)
    with pytest.raises(ValidationError, match="2023/24 to 2024/25, so it has no rating for Q1 2025/26"):
        factories.rating(ended, business_user, quarter="2025-Q1")
    assert factories.rating(ended, business_user, quarter="2024-Q4").quarter == "2024-Q4"


def test_a_priority_without_years_takes_any_started_quarter(partnership, business_user):
    open_ended = factories.priority(partnership, business_user, title="Exploitation", first_year=None)
    assert factories.rating(open_ended, business_user, quarter="2019-Q2").quarter == "2019-Q2"


@pytest.mark.parametrize(("rating", "narrative", "field"), [
    ("purple", "Fine", "rating"), ("", "Fine", "rating"), ("green", "   ", "narrative"), ("green", "x" * 4001,
                                                                                          "narrative")])
def test_a_rating_needs_a_colour_and_a_narrative(neglect, business_user, rating, narrative, field):
    with pytest.raises(ValidationError) as refused:
        factories.rating(neglect, business_user, rating_=rating, narrative=narrative)
    assert field in refused.value.message_dict
