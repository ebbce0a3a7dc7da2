"""Case audits and thematic reviews: created with their Activity, dates in order, pseudonymous samples, grades on the
partnership's scale, returns outstanding per agency, self-evaluations per key area, and refusals that write nothing."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.actions.models import Action
from assure.meetings.models import ForwardPlanEntry

from .. import audit_queries, queries, services
from ..models import DEFAULT_DOMAINS, DEFAULT_GRADES, Activity, AgencyReturn, AuditCase, CaseAudit, ThematicReview
from . import factories

D = datetime.date


@pytest.fixture
def audit(partnership, business_user, organisations):
    return factories.case_audit(partnership, business_user)


def test_a_case_audit_is_an_activity_on_the_programme_with_the_usual_domains_and_its_report_booked(
        partnership, business_user, organisations):
    audit = factories.case_audit(partnership, business_user)
    activity = audit.activity
    assert (activity.kind, activity.partnership, activity.planned_start) == (
        Activity.Kind.CASE_AUDIT, partnership, D(2025, 10, 1))
    assert audit.domains == DEFAULT_DOMAINS
    assert ForwardPlanEntry.objects.get().title == "Multi-agency case audit: Neglect multi-agency case audit"


@pytest.mark.parametrize("dates, field, message", [
    ({"period_start": D(2026, 3, 1), "period_end": D(2026, 2, 1)}, "period_end",
     "end of the audit period must be on or after its start (1 March 2026)"),
    ({"moderation_on": D(2025, 9, 1)}, "moderation_on", "must be on or after the start of the audit period"),
    ({"reaudit_on": D(2026, 4, 1)}, "reaudit_on", "must be after the moderation meeting (21 April 2026)"),
    ({"moderation_on": None, "reaudit_on": D(2026, 3, 1)}, "reaudit_on", "after the end of the audit period"),
    ({"period_start": None}, "period_start", "Enter the start of the audit period"),
])
def test_dates_out_of_order_are_refused_naming_the_date_and_nothing_is_written(
        partnership, business_user, organisations, dates, field, message):
    with pytest.raises(ValidationError) as refused:
        factories.case_audit(partnership, business_user, **dates)
    assert message in refused.value.message_dict[field][0]
    assert not Activity.objects.exists() and not CaseAudit.objects.exists()


def test_domains_are_kept_in_order_tidied_and_a_repeat_is_refused(partnership, business_user, organisations):
    audit = factories.case_audit(partnership, business_user, domains=["  Recognition ", "", "Voice  of the child"])
    assert audit.domains == ["Recognition", "Voice of the child"]
    with pytest.raises(ValidationError, match='"recognition" is listed twice'):
        factories.case_audit(partnership, business_user, domains=["Recognition", "recognition"])


def test_a_single_agency_audit_names_exactly_one_agency(partnership, business_user, organisations):
    with pytest.raises(ValidationError) as refused:
        factories.case_audit(partnership, business_user, kind=Activity.Kind.SINGLE_AGENCY_AUDIT)
    assert "agencies" in refused.value.message_dict
    audit = factories.case_audit(partnership, business_user, kind=Activity.Kind.SINGLE_AGENCY_AUDIT,
                                 agencies=[organisations["police"]])
    assert audit.activity.get_kind_display() == "Single-agency audit"


@pytest.mark.parametrize("reference", ["Child A", "Child T and sibling", "Baby L"])
def test_sample_cases_take_pseudonyms(audit, business_user, reference):
    assert services.add_sample_case(audit, by=business_user, reference=f" {reference} ").reference == reference


@pytest.mark.parametrize("reference, message", [
    ("Jordan Blake", "looks like a real name"),
    ("", "Enter a pseudonym"),
    ("Child 12/03/2019", "looks like contact details or a date"),
])
def test_a_reference_that_looks_like_a_name_is_refused_with_the_reason(audit, business_user, reference, message):
    with pytest.raises(ValidationError) as refused:
        services.add_sample_case(audit, by=business_user, reference=reference)
    assert message in refused.value.message_dict["reference"][0]
    assert not AuditCase.objects.exists()


def test_the_same_case_twice_is_refused(audit, business_user):
    services.add_sample_case(audit, by=business_user, reference="Child A")
    with pytest.raises(ValidationError, match="already in this audit"):
        services.add_sample_case(audit, by=business_user, reference="child a")


def test_returns_fill_the_grid_and_the_outstanding_list_shrinks(audit, business_user, organisations):
    a = services.add_sample_case(audit, by=business_user, reference="Child A")
    b = services.add_sample_case(audit, by=business_user, reference="Child B")
    council, icb = organisations["local_authority"], organisations["health"]
    outstanding = {row.organisation: row.cases for row in audit_queries.returns_outstanding(audit)}
    assert outstanding[council] == ["Child A", "Child B"] and len(outstanding) == 3

    services.record_agency_return(a, by=business_user, organisation=council, returned_on=D(2026, 4, 2),
                                  grades={"Recognition": "Good", "Overall": "Requires improvement"},
                                  good_practice="Swift strategy discussion.")
    services.record_agency_return(a, by=business_user, organisation=icb, returned_on=D(2026, 4, 3),
                                  grades={"Recognition": "Outstanding"})
    grid = audit_queries.grade_grid(audit)
    assert [row.case for row in grid] == [a, b]
    recognition, overall = 0, DEFAULT_DOMAINS.index("Overall")
    assert [(g.agency, g.grade) for g in grid[0].cells[recognition]] == [
        ("Fenbridge Council", "Good"), ("Fenshire Integrated Care Board", "Outstanding")]
    assert [g.grade for g in grid[0].cells[overall]] == ["Requires improvement"]
    assert grid[1].cells == [[] for _ in DEFAULT_DOMAINS]
    outstanding = {row.organisation: row.cases for row in audit_queries.returns_outstanding(audit)}
    assert outstanding[council] == ["Child B"] and outstanding[icb] == ["Child B"]

    # A second return from the same agency replaces the first.
    services.record_agency_return(a, by=business_user, organisation=council, returned_on=D(2026, 4, 9),
                                  grades={"Recognition": "Inadequate"})
    assert AgencyReturn.objects.get(case=a, organisation=council).grades == {"Recognition": "Inadequate"}


def test_a_grade_outside_the_partnerships_scale_is_refused_naming_the_domain(audit, business_user, organisations):
    case = services.add_sample_case(audit, by=business_user, reference="Child A")
    with pytest.raises(ValidationError) as refused:
        services.record_agency_return(case, by=business_user, organisation=organisations["local_authority"],
                                      returned_on=D(2026, 4, 2), grades={"Planning": "Amber"})
    message = refused.value.message_dict[f"grade_{DEFAULT_DOMAINS.index('Planning')}"][0]
    assert '"Amber" is not on the partnership\'s grading scale' in message and "for Planning" in message
    assert not AgencyReturn.objects.exists()


def test_only_agencies_asked_make_returns(audit, business_user, organisations):
    case = services.add_sample_case(audit, by=business_user, reference="Child A")
    with pytest.raises(ValidationError) as refused:
        services.record_agency_return(case, by=business_user, organisation=organisations["police"],
                                      returned_on=D(2026, 4, 2), grades={"Overall": "Good"})
    assert "organisation" in refused.value.message_dict


def test_the_business_team_sets_the_scale_and_a_grade_in_use_stays(partnership, audit, business_user, organisations):
    scale = audit_queries.grading_scale_for(partnership)
    assert scale.grades == DEFAULT_GRADES
    scale = services.edit_grading_scale(scale, by=business_user, expected_version=scale.version,
                                        grades=["Strong", "Good", "Adequate", "Weak"])
    case = services.add_sample_case(audit, by=business_user, reference="Child A")
    services.record_agency_return(case, by=business_user, organisation=organisations["local_authority"],
                                  returned_on=D(2026, 4, 2), grades={"Overall": "Strong"})
    with pytest.raises(ValidationError, match='"Strong" is already used'):
        services.edit_grading_scale(scale, by=business_user, expected_version=scale.version, grades=["Good", "Weak"])
    with pytest.raises(ValidationError, match="Outstanding"):
        services.record_agency_return(case, by=business_user, organisation=organisations["local_authority"],
                                      returned_on=D(2026, 4, 2), grades={"Overall": "Outstanding"})


def test_a_domain_with_grades_cannot_be_removed_but_others_can_be_reordered(audit, business_user, organisations):
    case = services.add_sample_case(audit, by=business_user, reference="Child A")
    services.record_agency_return(case, by=business_user, organisation=organisations["local_authority"],
                                  returned_on=D(2026, 4, 2), grades={"Overall": "Good"})
    activity = audit.activity
    fields = factories.audit_fields(audit.activity.partnership, agencies=list(activity.agencies.all()))
    with pytest.raises(ValidationError, match='"Overall" is already used in returns'):
        services.edit_case_audit(audit, by=business_user, expected_version=audit.version, kind=activity.kind,
                                 **fields | {"domains": ["Recognition"]})
    audit = services.edit_case_audit(audit, by=business_user, expected_version=audit.version, kind=activity.kind,
                                     **fields | {"domains": ["Overall", "Recognition"]})
    assert CaseAudit.objects.get().domains == ["Overall", "Recognition"]


def test_recommendations_become_actions_owned_and_dated_in_the_shared_log(audit, business_user, organisations):
    recommendation = services.add_recommendation(audit.activity, by=business_user,
                                                 text="Record the child's lived experience in every assessment")
    services.add_recommendation_action(recommendation, by=business_user, text="Update the assessment template",
                                       owner_organisation=organisations["local_authority"], due_date=D(2026, 9, 30))
    [planned] = queries.recommendations(audit.activity)
    assert [(a.text, a.owner_organisation, a.due_date) for a in planned.actions] == [
        ("Update the assessment template", organisations["local_authority"], D(2026, 9, 30))]
    assert Action.objects.get().body == audit.activity.reporting_body


# --- thematic reviews

def test_a_thematic_review_keeps_its_seven_key_areas_in_order(partnership, business_user, organisations):
    review = factories.thematic_review(partnership, business_user)
    assert review.key_areas == factories.SEVEN_AREAS
    assert review.activity.kind == Activity.Kind.THEMATIC_REVIEW


def test_self_evaluations_per_area_and_what_is_outstanding(partnership, business_user, organisations):
    review = factories.thematic_review(partnership, business_user)
    council = organisations["local_authority"]
    services.record_self_evaluation(review, by=business_user, organisation=council, area="Front door",
                                    rating="Good", evidence="MASH decisions within 24 hours in 96% of contacts.")
    services.add_finding(review.activity, by=business_user, kind="development", area="Front door",
                         text="Consent is not always recorded.")
    rows = {row.area: row for row in audit_queries.evaluations_by_area(review)}
    assert list(rows) == factories.SEVEN_AREAS
    assert [(e.organisation, e.rating) for e in rows["Front door"].evaluations] == [(council, "Good")]
    assert [f.text for f in rows["Front door"].findings] == ["Consent is not always recorded."]
    outstanding = {row.organisation: row.cases for row in audit_queries.evaluations_outstanding(review)}
    assert "Front door" not in outstanding[council] and len(outstanding[council]) == 6


@pytest.mark.parametrize("changes, field", [
    ({"area": "Housing"}, "area"),
    ({"rating": "Amber"}, "rating"),
    ({"evidence": "  "}, "evidence"),
])
def test_bad_self_evaluations_are_refused_naming_the_field(partnership, business_user, organisations, changes,
                                                           field):
    review = factories.thematic_review(partnership, business_user)
    values = {"organisation": organisations["local_authority"], "area": "Front door", "rating": "Good",
              "evidence": "Audit of 20 contacts."} | changes
    with pytest.raises(ValidationError) as refused:
        services.record_self_evaluation(review, by=business_user, **values)
    assert field in refused.value.message_dict


def test_a_key_area_with_self_evaluations_cannot_be_removed(partnership, business_user, organisations):
    review = factories.thematic_review(partnership, business_user)
    services.record_self_evaluation(review, by=business_user, organisation=organisations["local_authority"],
                                    area="Exploitation", rating="Good", evidence="Return home interviews done.")
    activity = review.activity
    with pytest.raises(ValidationError, match='"Exploitation" is already used in self-evaluations'):
        services.edit_thematic_review(review, by=business_user, expected_version=review.version, year=2025,
                                      title=activity.title, key_areas=["Early help"],
                                      agencies=list(activity.agencies.all()))
    assert ThematicReview.objects.get().key_areas == factories.SEVEN_AREAS


def test_progress_is_reported_to_the_receiving_board(partnership, business_user, organisations, executive_board):
    review = factories.thematic_review(partnership, business_user, reporting_body=executive_board)
    report = services.add_progress_report(review, by=business_user, reported_on=D(2026, 3, 2),
                                          note="Four of nine actions complete.")
    assert report.body == executive_board
    with pytest.raises(ValidationError) as refused:
        services.add_progress_report(review, by=business_user, reported_on=D(2025, 10, 1), note="Too early")
    assert "before the review started" in refused.value.message_dict["reported_on"][0]
    no_board = factories.thematic_review(partnership, business_user, title="Another review", reporting_body=None)
    with pytest.raises(ValidationError, match="Choose the board"):
        services.add_progress_report(no_board, by=business_user, reported_on=D(2026, 3, 2), note="Progress")
