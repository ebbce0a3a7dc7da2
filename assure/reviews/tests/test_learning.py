import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.actions import services as action_services
from assure.actions.models import Action
from assure.core.concurrency import EditConflict

from .. import learning
from ..models import Recommendation, RecommendationAction, Review
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


def _plan(partnership, by, org, statuses=("open",)):
    """A recommendation with one plan action per status given."""
    rec = factories.recommendation(factories.review(partnership, by), by, org)
    actions = []
    for i, status in enumerate(statuses):
        action = learning.add_plan_action(rec, by=by, text=f"Plan action {i + 1}", owner_organisation=org,
                                          due_date=D(2026, 9, 30))
        if status != "open":
            action_services.edit_action(action, by=by, expected_version=action.version, status=status)
        actions.append(action)
    return rec, actions


def test_editing_a_recommendation_keeps_its_number_and_history(partnership, business_user, organisations):
    rec, _ = _plan(partnership, business_user, organisations["police"])
    learning.edit_recommendation(rec, by=business_user, expected_version=rec.version, text="Share information sooner",
                                 scope="single_agency", lead_organisation=organisations["health"])
    rec.refresh_from_db()
    assert (rec.number, rec.text, rec.scope, rec.lead_organisation) == (
        1, "Share information sooner", "single_agency", organisations["health"])
    assert [h.text for h in rec.history.order_by("history_date")] == ["Improve information sharing",
                                                                      "Share information sooner"]
    assert rec.plan_links.count() == 1


def test_a_stale_edit_is_refused(partnership, business_user, organisations):
    rec, _ = _plan(partnership, business_user, organisations["police"])
    stale = rec.version
    learning.edit_recommendation(rec, by=business_user, expected_version=stale, text="First", scope="multi_agency")
    with pytest.raises(EditConflict):
        learning.edit_recommendation(rec, by=business_user, expected_version=stale, text="Second", scope="multi_agency")
    rec.refresh_from_db()
    assert rec.text == "First"


def test_an_edit_is_checked_like_a_new_recommendation(partnership, business_user, organisations):
    rec, _ = _plan(partnership, business_user, organisations["police"])
    with pytest.raises(ValidationError, match="needs the organisation that leads it"):
        learning.edit_recommendation(rec, by=business_user, expected_version=rec.version, text="X",
                                     scope="single_agency", lead_organisation=None)
    rec.refresh_from_db()
    assert rec.text == "Improve information sharing"


def test_deleting_a_recommendation_supersedes_its_open_actions(partnership, business_user, organisations):
    rec, (open_action, done_before) = _plan(partnership, business_user, organisations["police"],
                                            statuses=("open", "superseded"))
    rec_id = rec.pk
    superseded = learning.delete_recommendation(rec, by=business_user, expected_version=rec.version,
                                                confirmed_action_ids={open_action.pk})
    assert [a.pk for a in superseded] == [open_action.pk]
    assert not Recommendation.objects.filter(pk=rec_id).exists()
    open_action.refresh_from_db()
    assert open_action.status == Action.Status.SUPERSEDED
    assert "recommendation 1 of Child Safeguarding Practice Review: Child T was deleted" in open_action.updates.get().text
    assert Action.objects.filter(pk=done_before.pk).exists()  # still in the log
    assert Recommendation.history.filter(id=rec_id, history_type="-").exists()


def test_deleting_refuses_when_the_plan_changed_after_confirming(partnership, business_user, organisations):
    rec, (first,) = _plan(partnership, business_user, organisations["police"])
    learning.add_plan_action(rec, by=business_user, text="Added meanwhile", owner_organisation=organisations["police"],
                             due_date=D(2026, 9, 30))
    with pytest.raises(EditConflict, match="action plan changed"):
        learning.delete_recommendation(rec, by=business_user, expected_version=rec.version,
                                       confirmed_action_ids={first.pk})
    first.refresh_from_db()
    assert Recommendation.objects.filter(pk=rec.pk).exists() and first.status == Action.Status.OPEN


@pytest.mark.parametrize("setup, message", [
    ("completed", "1 action of its plan is completed"),
    ("update", "quarterly updates have been recorded"),
    ("published", "the review was published with it"),
])
def test_deleting_is_refused_once_work_is_on_the_record(partnership, business_user, organisations, setup, message):
    rec, actions = _plan(partnership, business_user, organisations["police"],
                         statuses=("completed",) if setup == "completed" else ("open",))
    if setup == "update":
        learning.add_progress_update(rec, by=business_user, quarter_ending=D(2026, 3, 1), rag="amber", text="Begun")
    if setup == "published":
        Review.objects.filter(pk=rec.review_id).update(published_on=D(2026, 3, 2))
        rec.refresh_from_db()
    live = {a.pk for a in actions if a.status == "open"}
    with pytest.raises(ValidationError, match=message):
        learning.delete_recommendation(rec, by=business_user, expected_version=rec.version, confirmed_action_ids=live)
    assert Recommendation.objects.filter(pk=rec.pk).exists()
    assert not Action.objects.filter(pk__in=[a.pk for a in actions], status=Action.Status.SUPERSEDED).exists()


# --- the partnership's decision on a recommendation (Care Act 2014 Sch. 2 para. 4(1)(g)) ---------------------------

def _decide(rec, by, **kwargs):
    return learning.decide_recommendation(rec, by=by, **({
        "expected_version": rec.version, "decision": "not_accepted", "decided_on": D(2026, 3, 2),
        "reason": "The national screening tool replaces the local one next year"} | kwargs))


def test_existing_recommendations_are_accepted_until_decided_otherwise(partnership, business_user, organisations):
    rec = factories.recommendation(factories.review(partnership, business_user), business_user, None)
    assert rec.decision == Recommendation.Decision.ACCEPTED and rec.decided_on is None and not rec.not_accepted


def test_a_decision_not_to_implement_keeps_its_reason_date_and_who(partnership, business_user):
    rec = factories.recommendation(factories.review(partnership, business_user), business_user, None)
    rec = _decide(rec, business_user, reason="  Duplicates the health plan  ")
    rec.refresh_from_db()
    assert (rec.decision, rec.decision_reason, rec.decided_on, rec.decided_by) == (
        "not_accepted", "Duplicates the health plan", D(2026, 3, 2), business_user)
    assert rec.history.first().history_change_reason == "Decision: Not accepted"
    rec = _decide(rec, business_user, decision="accepted", reason="", decided_on=D(2026, 3, 9))
    assert rec.decision == "accepted" and rec.decided_on == D(2026, 3, 9)


@pytest.mark.parametrize("kwargs, message", [
    ({"reason": "   "}, "Enter why the partnership decided not to implement recommendation 1"),
    ({"decided_on": D(2026, 3, 10)}, "must be today or in the past"),
    ({"decided_on": None}, "Enter the date the partnership decided"),
    ({"decided_on": D(2025, 12, 31)}, "on or after 5 January 2026, when the case began"),
    ({"decision": "maybe"}, "Choose whether the partnership accepted"),
])
def test_decision_refusals_write_nothing(partnership, business_user, kwargs, message):
    rec = factories.recommendation(factories.review(partnership, business_user), business_user, None)
    with pytest.raises(ValidationError, match=message):
        _decide(rec, business_user, **kwargs)
    rec.refresh_from_db()
    assert rec.decision == "accepted" and rec.version == 1


def test_a_stale_decision_is_refused(partnership, business_user):
    rec = factories.recommendation(factories.review(partnership, business_user), business_user, None)
    _decide(rec, business_user)
    with pytest.raises(EditConflict):
        _decide(rec, business_user, expected_version=1, decision="accepted", reason="")
    rec.refresh_from_db()
    assert rec.decision == "not_accepted"


def test_not_accepting_waits_until_the_plan_s_open_actions_are_closed(partnership, business_user, organisations):
    org = organisations["police"]
    rec = factories.recommendation(factories.review(partnership, business_user), business_user, org)
    action = learning.add_plan_action(rec, by=business_user, text="Write a new tool", owner_organisation=org,
                                      due_date=D(2026, 9, 30))
    with pytest.raises(ValidationError, match="still has 1 open action in its plan. Complete or supersede it"):
        _decide(rec, business_user)
    action_services.supersede(action, by=business_user, expected_version=action.version,
                              text="The partnership decided not to implement the recommendation")
    rec = _decide(rec, business_user)
    assert rec.not_accepted
    with pytest.raises(ValidationError, match="decided not to implement recommendation 1. Record that it was accepted"):
        learning.add_plan_action(rec, by=business_user, text="Another", owner_organisation=org,
                                 due_date=D(2026, 9, 30))
