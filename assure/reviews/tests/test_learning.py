import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.actions.models import Action

from .. import learning
from ..models import RecommendationAction
from . import factories

D = datetime.date


def test_recommendations_are_numbered_in_order(partnership, business_user, organisations):
    review = factories.review(partnership, business_user)
    first = factories.recommendation(review, business_user, organisations["police"])
    second = factories.recommendation(review, business_user, None)
    assert (first.number, second.number) == (1, 2)


@pytest.mark.parametrize("kwargs, message", [
    ({"text": " "}, "Enter the recommendation"),
    ({"scope": "single_agency", "lead_organisation": None}, "needs the organisation that leads it"),
    ({"scope": "other"}, "multi-agency or single-agency"),
])
def test_recommendation_refusals(partnership, business_user, kwargs, message):
    review = factories.review(partnership, business_user)
    with pytest.raises(ValidationError, match=message):
        learning.add_recommendation(review, by=business_user, **({"text": "Do better", "scope": "multi_agency"} | kwargs))
    assert not review.recommendations.exists()


def test_plan_actions_go_into_the_shared_action_log(partnership, business_user, organisations):
    review = factories.review(partnership, business_user)
    rec = factories.recommendation(review, business_user, organisations["police"])
    action = learning.add_plan_action(rec, by=business_user, text="Refresh escalation training",
                                      owner_organisation=organisations["police"], due_date=D(2026, 9, 30), rag="green")
    assert Action.objects.filter(partnership=partnership, pk=action.pk).exists()
    assert (action.owner_organisation, action.due_date, action.rag) == (organisations["police"], D(2026, 9, 30), "green")
    assert action.owner_text == "Fenshire Police"
    assert RecommendationAction.objects.get(action=action).recommendation == rec


def test_plan_action_refusals_create_no_action(partnership, business_user, organisations):
    review = factories.review(partnership, business_user)
    rec = factories.recommendation(review, business_user, organisations["police"])
    with pytest.raises(ValidationError, match="Enter the date the action is due"):
        learning.add_plan_action(rec, by=business_user, text="X", owner_organisation=organisations["police"],
                                 due_date=None)
    with pytest.raises(ValidationError, match="Enter what needs to be done"):
        learning.add_plan_action(rec, by=business_user, text="", owner_organisation=organisations["police"],
                                 due_date=D(2026, 9, 30))
    assert not Action.objects.exists()


def test_quarterly_updates_one_per_quarter(partnership, business_user, organisations):
    rec = factories.recommendation(factories.review(partnership, business_user), business_user, None)
    update = learning.add_progress_update(rec, by=business_user, quarter_ending=D(2026, 2, 14), rag="red", text="Stuck")
    assert update.quarter_ending == D(2026, 3, 31)
    with pytest.raises(ValidationError, match="already an update for the quarter ending 31 March 2026"):
        learning.add_progress_update(rec, by=business_user, quarter_ending=D(2026, 1, 2), rag="red", text="Again")
    with pytest.raises(ValidationError, match="in the future"):
        learning.add_progress_update(rec, by=business_user, quarter_ending=D(2026, 4, 2), rag="red", text="Later")
    with pytest.raises(ValidationError, match="Enter the progress"):
        learning.add_progress_update(rec, by=business_user, quarter_ending=D(2025, 12, 2), rag="red", text="")


@pytest.mark.parametrize("day, end", [(D(2026, 1, 1), D(2026, 3, 31)), (D(2026, 6, 30), D(2026, 6, 30)),
                                      (D(2026, 8, 15), D(2026, 9, 30)), (D(2026, 12, 31), D(2026, 12, 31))])
def test_quarter_end(day, end):
    from ..services import quarter_end
    assert quarter_end(day) == end
