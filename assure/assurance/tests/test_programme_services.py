"""The assurance programme's services: the report booked on the receiving board's forward plan, findings,
numbered recommendations answered by actions in the shared log, and refusals that write nothing."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.actions.models import Action
from assure.meetings.models import ForwardPlanEntry
from assure.partnerships import services as partnership_services
from assure.partnerships.models import Body

from .. import services
from ..models import Activity, Recommendation

D = datetime.date


@pytest.fixture
def subgroup(partnership):
    return Body.objects.create(partnership=partnership, name="Quality Assurance Subgroup", kind=Body.Kind.SUBGROUP)


def audit(partnership, by, **changes):
    fields = dict(year=2025, kind=Activity.Kind.CASE_AUDIT, title="Neglect case audit", theme="Neglect")
    fields.update(changes)
    return services.add_activity(partnership=partnership, by=by, **fields)


def test_an_activity_with_a_receiving_board_and_report_date_is_on_that_boards_forward_plan(
        partnership, business_user, executive_board, subgroup):
    activity = audit(partnership, business_user, owner_body=subgroup, reporting_body=executive_board,
                     planned_start=D(2026, 1, 5), planned_report=D(2026, 4, 20))
    entry = ForwardPlanEntry.objects.get(body=executive_board)
    assert (entry.month, entry.title) == (D(2026, 4, 1), "Multi-agency case audit: Neglect case audit")
    assert activity.forward_plan_entry == entry

    # Moved to another month: the one entry moves; cancelled: it leaves the plan.
    activity = services.edit_activity(activity, by=business_user, expected_version=activity.version, year=2025,
                                      kind=Activity.Kind.CASE_AUDIT, title="Neglect case audit",
                                      reporting_body=executive_board, planned_report=D(2026, 6, 2))
    assert list(ForwardPlanEntry.objects.filter(body=executive_board).values_list("month", flat=True)) == [D(2026, 6, 1)]
    services.edit_activity(activity, by=business_user, expected_version=activity.version, year=2025,
                           kind=Activity.Kind.CASE_AUDIT, title="Neglect case audit", reporting_body=executive_board,
                           planned_report=D(2026, 6, 2), status=Activity.Status.CANCELLED)
    assert not ForwardPlanEntry.objects.filter(body=executive_board).exists()


def test_an_activity_without_a_report_date_books_nothing(partnership, business_user, executive_board):
    audit(partnership, business_user, reporting_body=executive_board)
    assert not ForwardPlanEntry.objects.exists()


@pytest.mark.parametrize("changes, field", [
    ({"title": "  "}, "title"),
    ({"kind": "survey"}, "kind"),
    ({"year": 26}, "year"),
    ({"planned_start": D(2026, 3, 1), "planned_report": D(2026, 2, 1)}, "planned_report"),
    ({"status": Activity.Status.REPORTED}, "reported_on"),
])
def test_bad_activities_are_refused_with_the_field_named_and_nothing_written(partnership, business_user, changes,
                                                                              field):
    with pytest.raises(ValidationError) as refused:
        audit(partnership, business_user, **changes)
    assert field in refused.value.message_dict
    assert not Activity.objects.exists()


def test_another_partnerships_board_or_priority_is_refused(partnership, other_partnership, business_user):
    theirs = Body.objects.create(partnership=other_partnership, name="Their Board")
    with pytest.raises(ValidationError, match="this partnership"):
        audit(partnership, business_user, reporting_body=theirs)
    their_priority = partnership_services.add_priority(partnership=other_partnership, title="Neglect", by=business_user)
    with pytest.raises(ValidationError, match="own list"):
        audit(partnership, business_user, priorities=[their_priority])
    assert not Activity.objects.exists()


def test_recommendations_are_numbered_and_answered_by_actions_in_the_shared_log(
        partnership, business_user, executive_board, organisations):
    activity = audit(partnership, business_user, reporting_body=executive_board)
    finding = services.add_finding(activity, by=business_user, kind="development", area="Voice of the child",
                                   text="The child's wishes were recorded in 3 of 12 cases.")
    first = services.add_recommendation(activity, by=business_user, text="Record the child's voice", finding=finding)
    second = services.add_recommendation(activity, by=business_user, text="Police to refresh DASH training",
                                         scope=Recommendation.Scope.SINGLE_AGENCY, organisation=organisations["police"])
    assert (first.number, second.number) == (1, 2)
    action = services.add_recommendation_action(first, by=business_user, text="Add a voice section to the template",
                                                owner_organisation=organisations["local_authority"],
                                                due_date=D(2026, 6, 30))
    assert Action.objects.get(pk=action.pk).body == executive_board
    assert [link.action for link in first.action_links.all()] == [action]
    council = organisations["local_authority"]
    assert action.owner_text == (council.short_name or council.name)   # owned by the agency itself


def test_a_single_agency_recommendation_names_its_agency(partnership, business_user):
    activity = audit(partnership, business_user)
    with pytest.raises(ValidationError, match="Choose the agency"):
        services.add_recommendation(activity, by=business_user, text="Refresh training",
                                    scope=Recommendation.Scope.SINGLE_AGENCY)
    assert not Recommendation.objects.exists()


def test_a_recommendation_action_needs_an_owning_organisation_and_a_due_date(partnership, business_user):
    recommendation = services.add_recommendation(audit(partnership, business_user), by=business_user, text="X y z")
    with pytest.raises(ValidationError) as refused:
        services.add_recommendation_action(recommendation, by=business_user, text="Do it", owner_organisation=None,
                                           due_date=D(2026, 6, 30))
    assert "owner_organisation" in refused.value.message_dict
    assert not Action.objects.exists()
