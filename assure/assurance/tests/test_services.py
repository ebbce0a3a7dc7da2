"""The risk register's services: references, scores kept in history, further actions in the shared log, closing."""
import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from assure.actions.models import Action
from assure.core.concurrency import EditConflict
from assure.partnerships.models import Body, Organisation, Person

from .. import queries, services
from ..models import Risk
from . import factories

D = datetime.date


def test_references_count_up_per_partnership(partnership, other_partnership, business_user, outsider_user):
    first = factories.risk(partnership, business_user)
    second = factories.risk(partnership, business_user, title="Second")
    theirs = factories.risk(other_partnership, outsider_user)
    assert [first.reference, second.reference, theirs.reference] == ["R01", "R02", "R01"]
    assert first.created_by == business_user and first.status == Risk.Status.OPEN


def test_the_owner_organisation_defaults_to_the_owner_s(partnership, business_user):
    risk = factories.risk(partnership, business_user)
    assert risk.owner_organisation == risk.owner.organisation and risk.owner_organisation is not None


def test_the_date_raised_defaults_to_today(partnership, business_user):
    risk = services.add_risk(partnership=partnership, by=business_user,
                             **{**factories.risk_fields(partnership), "raised_on": None})
    assert risk.raised_on == D(2026, 3, 9)


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"current_likelihood": 6}, "current_likelihood", "current likelihood must be a whole number from 1 to 5"),
    ({"target_impact": 0}, "target_impact", "target impact must be a whole number from 1 to 5"),
    ({"inherent_impact": None}, "inherent_impact", "from 1 to 5"),
    ({"target_likelihood": 5, "target_impact": 5}, "target_likelihood", "cannot be worse than the risk with no controls"),
    ({"review_date": D(2026, 1, 11)}, "review_date", "before the date the risk was raised"),
    ({"review_date": None}, "review_date", "Enter the date the risk is next reviewed"),
    ({"raised_on": D(2026, 3, 10)}, "raised_on", "today or in the past"),
    ({"title": "  "}, "title", "Enter the risk's title"),
    ({"cause": ""}, "cause", "Enter the cause"),
    ({"consequence": ""}, "consequence", "Enter the consequence"),
    ({"category": "vibes"}, "category", "Choose the category"),
    ({"owner": None}, "owner", "Choose the person who owns the risk"),
    ({"body": None}, "body", "Choose the board or group"),
])
def test_bad_input_is_refused_with_a_message_and_nothing_saved(partnership, business_user, change, field, message):
    fields = factories.risk_fields(partnership, **change)
    with pytest.raises(ValidationError) as refused:
        services.add_risk(partnership=partnership, by=business_user, **fields)
    assert field in refused.value.message_dict
    assert message in " ".join(refused.value.message_dict[field])
    assert not Risk.objects.exists()


def test_records_of_another_partnership_are_refused(partnership, other_partnership, business_user):
    their_org = Organisation.objects.create(partnership=other_partnership, name="Harrowdale Council",
                                            kind="local_authority")
    their_person = Person.objects.create(partnership=other_partnership, full_name="Hal Other", organisation=their_org)
    their_board = Body.objects.create(partnership=other_partnership, name="Harrowdale Board")
    for change, field in [({"owner": their_person}, "owner"), ({"owner_organisation": their_org}, "owner_organisation"),
                          ({"body": their_board}, "body")]:
        with pytest.raises(ValidationError) as refused:
            services.add_risk(partnership=partnership, by=business_user, **factories.risk_fields(partnership, **change))
        assert "this partnership" in " ".join(refused.value.message_dict[field])
    assert not Risk.objects.exists()


def test_the_database_refuses_a_score_off_the_scale(partnership, business_user):
    risk = factories.risk(partnership, business_user)
    with pytest.raises(IntegrityError), transaction.atomic():
        Risk.objects.filter(pk=risk.pk).update(current_impact=6)


def test_re_scoring_keeps_the_old_scores_in_history(partnership, business_user):
    risk = factories.risk(partnership, business_user)   # inherent 16, current 12, target 6
    fields = factories.risk_fields(partnership, owner=risk.owner, body=risk.body, **factories.scores(current=(4, 4)))
    services.edit_risk(risk, by=business_user, expected_version=risk.version, note="Two partners withdrew", **fields)
    risk.refresh_from_db()
    assert risk.current_score == 16 and risk.version == 2
    history = queries.score_history(risk)
    assert [(row.inherent, row.current, row.target) for row in history] == [(16, 16, 6), (16, 12, 6)]
    assert history[0].note == "Two partners withdrew"
    assert queries.direction_of_travel(risk, history) == "rising"


def test_an_edit_that_keeps_the_scores_adds_no_score_row(partnership, business_user):
    risk = factories.risk(partnership, business_user)
    fields = factories.risk_fields(partnership, owner=risk.owner, body=risk.body, title="Budget shortfall")
    services.edit_risk(risk, by=business_user, expected_version=risk.version, **fields)
    assert len(queries.score_history(risk)) == 1
    assert queries.direction_of_travel(risk, queries.score_history(risk)) == "falling"   # 12 against inherent 16


def test_a_stale_edit_is_a_conflict(partnership, business_user):
    risk = factories.risk(partnership, business_user)
    fields = factories.risk_fields(partnership, owner=risk.owner, body=risk.body)
    services.edit_risk(risk, by=business_user, expected_version=1, **fields)
    with pytest.raises(EditConflict):
        services.edit_risk(risk, by=business_user, expected_version=1, **{**fields, "title": "Lost"})
    risk.refresh_from_db()
    assert risk.title != "Lost"


def test_a_bad_edit_changes_nothing(partnership, business_user):
    risk = factories.risk(partnership, business_user)
    fields = factories.risk_fields(partnership, owner=risk.owner, body=risk.body, review_date=D(2025, 12, 1))
    with pytest.raises(ValidationError), transaction.atomic():
        services.edit_risk(risk, by=business_user, expected_version=risk.version, **fields)
    risk.refresh_from_db()
    assert risk.version == 1 and risk.review_date == D(2026, 6, 30)


def test_further_actions_go_in_the_shared_log_held_by_the_risk_s_board(partnership, business_user, organisations):
    risk = factories.risk(partnership, business_user)
    action = services.add_risk_action(risk, by=business_user, text="Agree a three-year funding formula",
                                      owner_organisation=organisations["police"], due_date=D(2026, 5, 29))
    assert action.partnership == partnership and action.body == risk.body and action.status == Action.Status.OPEN
    assert action.owner_text == "Fenshire Police"
    assert queries.further_actions(risk) == [action]
    assert action.risk_link.risk == risk


def test_a_further_action_is_refused_on_a_closed_risk_or_before_the_risk(partnership, business_user, organisations):
    risk = factories.risk(partnership, business_user)
    with pytest.raises(ValidationError, match="before the date the risk was raised"):
        services.add_risk_action(risk, by=business_user, text="Too early", owner_organisation=organisations["police"],
                                 due_date=D(2026, 1, 1))
    services.close_risk(risk, by=business_user, expected_version=risk.version, closed_on=D(2026, 3, 2),
                        reason="Funding agreed")
    with pytest.raises(ValidationError, match="reopen it"):
        services.add_risk_action(risk, by=business_user, text="Late", owner_organisation=organisations["police"],
                                 due_date=D(2026, 5, 1))
    assert not Action.objects.exists()


def test_closing_and_reopening(partnership, business_user):
    risk = factories.risk(partnership, business_user)
    services.close_risk(risk, by=business_user, expected_version=risk.version, closed_on=D(2026, 3, 2),
                        reason="Funding agreed for three years")
    risk.refresh_from_db()
    assert (risk.status, risk.closed_on, risk.closing_reason) == ("closed", D(2026, 3, 2), "Funding agreed for three years")
    assert not risk.review_overdue(D(2027, 1, 1))
    with pytest.raises(ValidationError, match="already closed"):
        services.close_risk(risk, by=business_user, expected_version=risk.version, closed_on=D(2026, 3, 2),
                            reason="Again")
    risk.refresh_from_db()
    services.reopen_risk(risk, by=business_user, expected_version=risk.version, reason="One partner withdrew")
    risk.refresh_from_db()
    assert risk.status == "open" and risk.closed_on is None and risk.closing_reason == ""
    assert risk.history.first().history_change_reason == "One partner withdrew"
    assert risk.history.filter(status="closed", closing_reason="Funding agreed for three years").exists()


@pytest.mark.parametrize(("closed_on", "reason", "message"), [
    (None, "Done", "Enter the date the risk was closed"),
    (D(2026, 3, 2), " ", "Enter why the risk is being closed"),
    (D(2026, 1, 1), "Done", "before the date the risk was raised"),
    (D(2026, 3, 10), "Done", "today or in the past"),
])
def test_bad_closing_is_refused(partnership, business_user, closed_on, reason, message):
    risk = factories.risk(partnership, business_user)
    with pytest.raises(ValidationError, match=message), transaction.atomic():
        services.close_risk(risk, by=business_user, expected_version=risk.version, closed_on=closed_on, reason=reason)
    risk.refresh_from_db()
    assert risk.is_open


def test_a_closed_risk_is_reopened_before_it_is_changed(partnership, business_user):
    risk = factories.risk(partnership, business_user)
    services.close_risk(risk, by=business_user, expected_version=risk.version, closed_on=D(2026, 3, 2),
                        reason="Funding agreed")
    risk.refresh_from_db()
    fields = factories.risk_fields(partnership, owner=risk.owner, body=risk.body, **factories.scores(current=(4, 4)))
    with pytest.raises(ValidationError, match="reopen it before changing"), transaction.atomic():
        services.edit_risk(risk, by=business_user, expected_version=risk.version, **fields)
    risk.refresh_from_db()
    assert risk.current_score == 12


def test_reopening_an_open_risk_is_refused(partnership, business_user):
    risk = factories.risk(partnership, business_user)
    with pytest.raises(ValidationError, match="already open"):
        services.reopen_risk(risk, by=business_user, expected_version=risk.version)
