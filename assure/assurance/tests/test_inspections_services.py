"""Inspections: an Activity of kind inspection with its detail, judgements, the published report through the
document intake, its action plan in the shared log and preparation tasks for an expected inspection."""
import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from assure.actions.models import Action
from assure.meetings.models import ForwardPlanEntry

from .. import services
from ..models import Activity, Inspection

D = datetime.date   # the clock is fixed at Monday 9 March 2026
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def inspect(partnership, by, **changes):
    fields = dict(inspection_type=Inspection.Type.JTAI, theme="Children affected by domestic abuse",
                  start_date=D(2026, 1, 12), end_date=D(2026, 1, 16), status=Activity.Status.IN_PROGRESS)
    fields.update(changes)
    return services.add_inspection(partnership=partnership, by=by, **fields)


def test_an_inspection_is_an_activity_on_the_programme_with_its_detail(partnership, business_user, organisations,
                                                                     executive_board):
    inspection = inspect(partnership, business_user, agencies=[organisations["police"], organisations["health"]],
                         reporting_body=executive_board, planned_report=D(2026, 4, 20))
    activity = inspection.activity
    assert (activity.kind, activity.year, activity.theme) == ("inspection", 2025, "Children affected by domestic abuse")
    assert activity.title == "Joint targeted area inspection (Children affected by domestic abuse) January 2026"
    assert activity.planned_start == D(2026, 1, 12)
    assert set(activity.agencies.all()) == {organisations["police"], organisations["health"]}
    assert ForwardPlanEntry.objects.get(body=executive_board).month == D(2026, 4, 1)   # the report is booked


@pytest.mark.parametrize(("changes", "field"), [
    ({"inspection_type": "ofsted_sif"}, "inspection_type"),
    ({"theme": ""}, "theme"),                                          # a JTAI names its theme
    ({"start_date": D(2026, 1, 16), "end_date": D(2026, 1, 12)}, "end_date"),
    ({"start_date": None, "end_date": None}, "start_date"),           # held: its first day is known
])
def test_bad_inspections_are_refused_and_nothing_is_written(partnership, business_user, changes, field):
    with pytest.raises(ValidationError) as refused:
        inspect(partnership, business_user, **changes)
    assert field in refused.value.message_dict
    assert not Activity.objects.exists() and not Inspection.objects.exists()


def test_an_expected_inspection_may_have_no_date_yet(partnership, business_user):
    inspection = inspect(partnership, business_user, inspection_type=Inspection.Type.ILACS, theme="",
                         start_date=None, end_date=None, status=Activity.Status.PLANNED)
    assert inspection.is_expected and inspection.activity.title == "Ofsted ILACS"


def test_editing_changes_the_activity_and_the_detail_together(partnership, business_user):
    inspection = inspect(partnership, business_user)
    inspection = services.edit_inspection(
        inspection, by=business_user, expected_version=inspection.activity.version,
        inspection_type=Inspection.Type.JTAI, theme="Children affected by domestic abuse", title="JTAI 2026",
        start_date=D(2026, 1, 13), end_date=D(2026, 1, 16), status=Activity.Status.REPORTED,
        reported_on=D(2026, 3, 2))
    assert (inspection.start_date, inspection.activity.title, inspection.activity.reported_on) == (
        D(2026, 1, 13), "JTAI 2026", D(2026, 3, 2))


def test_judgements_one_per_area(partnership, business_user):
    inspection = inspect(partnership, business_user, inspection_type=Inspection.Type.ILACS, theme="")
    services.add_judgement(inspection, by=business_user, area="Overall effectiveness", judgement="Good")
    services.add_judgement(inspection, by=business_user, area="Experiences and progress of children in care",
                           judgement="Requires improvement to be good")
    with pytest.raises(ValidationError) as refused:
        services.add_judgement(inspection, by=business_user, area="overall effectiveness", judgement="Outstanding")
    assert "area" in refused.value.message_dict
    assert [str(j) for j in inspection.judgements.all()] == [
        "Overall effectiveness: Good", "Experiences and progress of children in care: Requires improvement to be good"]
    services.remove_judgement(inspection.judgements.first(), by=business_user)
    assert inspection.judgements.count() == 1


def test_the_report_is_checked_by_the_intake_and_kept_under_a_random_name(partnership, business_user):
    inspection = inspect(partnership, business_user)
    services.upload_report(inspection, by=business_user, file=SimpleUploadedFile("JTAI letter.pdf", PDF))
    inspection.refresh_from_db()
    assert inspection.report_filename == "JTAI letter.pdf" and "JTAI" not in inspection.report_file.name
    assert inspection.report_file.read() == PDF and inspection.report_uploaded_by == business_user


def test_a_file_that_is_not_what_it_says_is_refused(partnership, business_user):
    inspection = inspect(partnership, business_user)
    with pytest.raises(ValidationError) as refused:
        services.upload_report(inspection, by=business_user, file=SimpleUploadedFile("letter.pdf", b"MZ\x90\x00exe"))
    assert "file" in refused.value.message_dict
    inspection.refresh_from_db()
    assert not inspection.report_file


def test_recommendations_are_the_action_plan_in_the_shared_log(partnership, business_user, organisations,
                                                                executive_board):
    inspection = inspect(partnership, business_user, reporting_body=executive_board)
    recommendation = services.add_recommendation(inspection.activity, by=business_user,
                                                 text="Improve the quality of strategy discussions")
    action = services.add_recommendation_action(recommendation, by=business_user, text="Audit 20 strategy discussions",
                                                owner_organisation=organisations["local_authority"],
                                                due_date=D(2026, 6, 30))
    assert Action.objects.get(pk=action.pk).body == executive_board


def test_preparation_tasks_only_before_the_inspection_is_over(partnership, business_user, organisations,
                                                             executive_board):
    inspection = inspect(partnership, business_user, inspection_type=Inspection.Type.ILACS, theme="",
                         start_date=None, end_date=None, status=Activity.Status.PLANNED, reporting_body=executive_board)
    task = services.add_preparation_task(inspection, by=business_user, text="Refresh the self-evaluation",
                                         owner_organisation=organisations["local_authority"], due_date=D(2026, 4, 30))
    assert [link.action for link in inspection.preparation_links.all()] == [task]
    assert task.body == executive_board
    over = inspect(partnership, business_user, status=Activity.Status.REPORTED, reported_on=D(2026, 3, 2))
    with pytest.raises(ValidationError, match="inspection is over"):
        services.add_preparation_task(over, by=business_user, text="Late task",
                                      owner_organisation=organisations["police"], due_date=D(2026, 4, 30))
