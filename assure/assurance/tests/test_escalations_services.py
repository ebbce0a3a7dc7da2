"""Escalations and professional disagreements: the partnership's stages (defaults on first use), moving through
them against each stage's clock, resolving, and refusals (dates out of order, names, other partnerships')."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.partnerships.models import Organisation

from .. import queries, services
from ..models import Escalation, EscalationStage, EscalationStep

D = datetime.date   # the clock is fixed at Monday 9 March 2026


def raise_one(partnership, by, organisations, **changes):
    fields = dict(raised_on=D(2026, 2, 23), raised_by_organisation=organisations["education"],
                  raised_by_role="Designated safeguarding lead", about_organisation=organisations["local_authority"],
                  summary="Referral about neglect closed with no assessment.", case_reference="Child T",
                  learning_theme="Thresholds")
    fields.update(changes)
    return services.record_escalation(partnership=partnership, by=by, **fields)


def test_the_partnership_starts_with_the_four_common_stages(partnership):
    stages = queries.escalation_stages(partnership)
    assert [(s.number, s.working_days) for s in stages] == [(1, 5), (2, 5), (3, 10), (4, 10)]
    assert stages[0].name == "Practitioner to practitioner"
    assert len(queries.escalation_stages(partnership)) == 4   # made once


def test_an_escalation_starts_at_the_first_stage_and_moves_on_against_each_clock(partnership, business_user,
                                                                                  organisations):
    stages = queries.escalation_stages(partnership)
    escalation = raise_one(partnership, business_user, organisations)
    assert escalation.reference == "E01"
    step = escalation.current_step()
    assert (step.stage, step.started_on, step.working_days) == (stages[0], D(2026, 2, 23), 5)
    # Raised on 23 February, 5 working days: stage 1 was due on 2 March and is 10 working days open today.
    assert step.clock().past_clock and step.clock().days_open == 10

    services.escalate(escalation, by=business_user, expected_version=escalation.version, stage=stages[2],
                      moved_on=D(2026, 3, 5), note="Team manager did not reply.")
    escalation.refresh_from_db()
    first, current = escalation.steps.all()
    assert first.ended_on == D(2026, 3, 5) and first.clock().past_clock   # ended late
    assert current.stage == stages[2] and current.started_on == D(2026, 3, 5)
    assert not current.clock().past_clock and current.clock().days_open == 2

    services.resolve_escalation(escalation, by=business_user, expected_version=escalation.version,
                                resolved_on=D(2026, 3, 9), outcome=Escalation.Outcome.CHANGED,
                                outcome_summary="Assessment opened.")
    escalation.refresh_from_db()
    assert not escalation.is_open and escalation.current_step().ended_on == D(2026, 3, 9)
    assert escalation.learning_theme == "Thresholds"   # kept when not given again


def test_a_stage_keeps_the_days_it_started_with_when_the_partnership_changes_them(partnership, business_user,
                                                                                 organisations):
    first = queries.escalation_stages(partnership)[0]
    escalation = raise_one(partnership, business_user, organisations)
    services.edit_escalation_stage(first, by=business_user, expected_version=first.version, name="Practitioners",
                                   working_days=15)
    assert escalation.current_step().working_days == 5


@pytest.mark.parametrize(("moved_on", "stage_index", "field", "message"), [
    (D(2026, 2, 20), 1, "moved_on", "cannot end before it started"),
    (D(2026, 3, 10), 1, "moved_on", "today or in the past"),
    (D(2026, 3, 2), 0, "stage", "after the one it is at"),
])
def test_moving_on_refuses_dates_out_of_order_and_going_back(partnership, business_user, organisations, moved_on,
                                                             stage_index, field, message):
    stages = queries.escalation_stages(partnership)
    escalation = raise_one(partnership, business_user, organisations)
    with pytest.raises(ValidationError) as refused:
        services.escalate(escalation, by=business_user, expected_version=escalation.version,
                          stage=stages[stage_index], moved_on=moved_on)
    assert message in refused.value.message_dict[field][0]
    assert EscalationStep.objects.count() == 1


def test_resolving_before_the_stage_started_is_refused(partnership, business_user, organisations):
    queries.escalation_stages(partnership)
    escalation = raise_one(partnership, business_user, organisations)
    with pytest.raises(ValidationError) as refused:
        services.resolve_escalation(escalation, by=business_user, expected_version=escalation.version,
                                    resolved_on=D(2026, 2, 20), outcome="upheld")
    assert "cannot end before it started" in refused.value.message_dict["resolved_on"][0]
    escalation.refresh_from_db()
    assert escalation.is_open


@pytest.mark.parametrize(("changes", "field"), [
    ({"case_reference": "Jordan Blake"}, "case_reference"),
    ({"summary": "Jordan Blake was not seen for six weeks."}, "summary"),
    ({"raised_by_role": "Social worker for Jordan Blake"}, "raised_by_role"),
    ({"learning_theme": "Amy Price"}, "learning_theme"),
    ({"raised_by_role": " "}, "raised_by_role"),
    ({"summary": ""}, "summary"),
    ({"raised_on": D(2026, 3, 10)}, "raised_on"),
    ({"kind": "complaint"}, "kind"),
])
def test_bad_escalations_are_refused_with_the_field_named_and_nothing_written(partnership, business_user,
                                                                               organisations, changes, field):
    queries.escalation_stages(partnership)
    with pytest.raises(ValidationError) as refused:
        raise_one(partnership, business_user, organisations, **changes)
    assert field in refused.value.message_dict
    assert not Escalation.objects.exists()


def test_another_partnerships_agency_is_refused(partnership, other_partnership, business_user, organisations):
    queries.escalation_stages(partnership)
    theirs = Organisation.objects.create(partnership=other_partnership, name="Harrow Police", kind="police")
    with pytest.raises(ValidationError) as refused:
        raise_one(partnership, business_user, organisations, about_organisation=theirs)
    assert "about_organisation" in refused.value.message_dict


def test_changing_the_date_raised_moves_the_first_stage_but_not_past_its_end(partnership, business_user,
                                                                             organisations):
    stages = queries.escalation_stages(partnership)
    escalation = raise_one(partnership, business_user, organisations)
    fields = dict(raised_by_organisation=organisations["education"], raised_by_role="DSL",
                  about_organisation=organisations["local_authority"], summary="Closed with no assessment.")
    escalation = services.edit_escalation(escalation, by=business_user, expected_version=escalation.version,
                                          raised_on=D(2026, 2, 24), **fields)
    assert escalation.current_step().started_on == D(2026, 2, 24)
    services.escalate(escalation, by=business_user, expected_version=escalation.version, stage=stages[1],
                      moved_on=D(2026, 3, 2))
    escalation.refresh_from_db()
    with pytest.raises(ValidationError, match="after the end of Stage 1"):
        services.edit_escalation(escalation, by=business_user, expected_version=escalation.version,
                                 raised_on=D(2026, 3, 3), **fields)


def test_stages_are_added_at_the_end_and_only_an_unused_one_is_removed(partnership, business_user, organisations):
    stages = queries.escalation_stages(partnership)
    fifth = services.add_escalation_stage(partnership=partnership, by=business_user, name="Independent chair",
                                          working_days=10)
    assert fifth.number == 5
    raise_one(partnership, business_user, organisations)
    with pytest.raises(ValidationError, match="escalations have reached it"):
        services.remove_escalation_stage(stages[0], by=business_user)
    services.remove_escalation_stage(stages[1], by=business_user)
    assert [(s.number, s.name) for s in EscalationStage.objects.filter(partnership=partnership)] == [
        (1, "Practitioner to practitioner"), (2, "Senior manager to senior manager"),
        (3, "Safeguarding partnership (business manager or independent scrutineer)"), (4, "Independent chair")]
    with pytest.raises(ValidationError) as refused:
        services.add_escalation_stage(partnership=partnership, by=business_user, name="Stage six", working_days=0)
    assert "working_days" in refused.value.message_dict


def test_the_first_escalation_makes_the_default_stages_in_the_name_of_who_recorded_it(partnership, business_user,
                                                                                       organisations):
    escalation = raise_one(partnership, business_user, organisations)
    assert escalation.current_step().stage.number == 1
    assert {row.history_user for row in EscalationStage.history.all()} == {business_user}
