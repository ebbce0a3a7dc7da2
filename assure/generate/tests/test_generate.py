"""The generator at small scale (two partnerships, one year): the same seed writes the same data, the data is valid
(the pages of the large partnership answer, each record's history names the generator) and each partnership keeps
to itself."""
import hashlib
import json

import pytest
from django.db import connection
from django.db.models import F, Q
from django.urls import NoReverseMatch, resolve, reverse

from assure.actions import dues
from assure.actions.models import Action, ActionOwner, ActionUpdate
from assure.assurance.models import (
    DEFAULT_GRADES,
    DEFAULT_STAGES,
    Activity,
    AgencyReturn,
    CaseAudit,
    Complaint,
    Escalation,
    EscalationStage,
    EscalationStep,
    Finding,
    FollowUp,
    Inspection,
    InspectionPreparation,
    ProgressReport,
    Recommendation,
    Risk,
    RoundStandard,
    SelfAssessmentReturn,
    SelfAssessmentRound,
    SelfEvaluation,
    StandardRating,
    ThematicReview,
)
from assure.assurance.models import RecommendationAction as AssuranceRecommendationAction
from assure.assurance.standards import default_standards
from assure.budget.models import Contribution
from assure.conftest import make_user, signed_in_client
from assure.core.audit import History
from assure.core.clock import today
from assure.core.tests.test_permission_matrix import ALLOWED, partnership_url_names
from assure.generate.services import GENERATOR_USERNAME, GenerateError, generate
from assure.meetings.models import AgendaItem, Attendance, ForwardPlanEntry, Meeting
from assure.partnerships.models import Body, Membership, Partnership, Role
from assure.performance import periods
from assure.performance.models import Figure, Indicator
from assure.plans.models import Objective, Progress
from assure.reviews.models import Case, PanelMember, RecommendationAction, Review
from assure.training.models import Booking

pytestmark = pytest.mark.django_db

SMALL = {"partnerships": 2, "years": 1}


def fingerprint() -> str:
    """A hash of the generated data's key fields, with no database ids in it."""
    rows = [
        list(Partnership.objects.order_by("slug").values_list("slug", "name")),
        list(Meeting.objects.order_by("partnership__slug", "body__name", "date")
             .values_list("partnership__slug", "body__name", "date", "status", "minutes_approved_on")),
        list(Attendance.objects.order_by("meeting__partnership__slug", "meeting__date", "meeting__body__name",
                                          "person__full_name")
             .values_list("meeting__date", "person__full_name", "status")),
        list(Action.objects.order_by("partnership__slug", "created_at", "text", "due_date", "status", "completed_on")
             .values_list("partnership__slug", "created_at", "text", "due_date", "status", "completed_on", "rag")),
        list(ActionUpdate.objects.order_by("action__partnership__slug", "created_at", "text", "status")
             .values_list("created_at", "text", "status")),
        list(Case.objects.order_by("partnership__slug", "date_aware", "pseudonym")
             .values_list("pseudonym", "date_aware", "date_notified", "closed_on", "rapid_review__decision")),
        list(Review.objects.order_by("partnership__slug", "case__date_aware").values_list("kind", "stage", "published_on")),
        list(Figure.objects.order_by("indicator__partnership__slug", "indicator__code", "period_start")
             .values_list("indicator__code", "period_start", "value")),
        list(Activity.objects.order_by("partnership__slug", "planned_report", "title", "kind")
             .values_list("title", "kind", "status", "planned_start", "reported_on")),
        list(AgencyReturn.objects.order_by("case__audit__activity__title", "case__reference", "organisation__name")
             .values_list("case__reference", "organisation__name", "returned_on", "grades")),
        list(Escalation.objects.order_by("partnership__slug", "number")
             .values_list("number", "raised_on", "resolved_on", "outcome", "version")),
        list(Complaint.objects.order_by("partnership__slug", "number").values_list("received_on", "responded_on")),
        list(Progress.objects.order_by("priority__partnership__slug", "priority__position", "quarter")
             .values_list("quarter", "rating")),
    ]
    return hashlib.sha256(json.dumps(rows, default=str).encode()).hexdigest()


def test_the_same_seed_writes_the_same_data_and_another_seed_does_not():
    first = generate(seed=7, **SMALL)
    once = fingerprint()
    again = generate(seed=7, replace=True, **SMALL)
    assert fingerprint() == once
    assert again["counts"] == first["counts"]
    generate(seed=8, replace=True, **SMALL)
    assert fingerprint() != once


def test_it_refuses_to_write_over_generated_partnerships_or_bad_arguments():
    generate(seed=1, partnerships=1, years=1, index=False)
    with pytest.raises(GenerateError, match="fresh database"):
        generate(seed=1, partnerships=1, years=1)
    with pytest.raises(GenerateError, match="--years"):
        generate(seed=1, partnerships=1, years=0)
    assert Partnership.objects.filter(slug__startswith="gen-").count() == 1


def test_the_large_partnership_is_the_larger_and_its_records_are_valid():
    summary = generate(seed=3, **SMALL)
    large, small = Partnership.objects.get(slug="gen-001"), Partnership.objects.get(slug="gen-002")
    assert Body.objects.filter(partnership=large).count() == 15
    assert Body.objects.filter(partnership=small).count() == 3
    assert summary["large"]["meetings.Meeting"] > 5 * Meeting.objects.filter(partnership=small).count()
    # Invariants the services keep.
    assert not Action.objects.filter(due_date__lt=F("meeting__date")).exists()
    assert not Action.objects.filter(due_date__isnull=False, due_at_next_meeting=True).exists()
    assert not Action.objects.filter(status="completed", completed_on__isnull=True).exists()
    assert not Action.objects.exclude(status="completed").filter(completed_on__isnull=False).exists()
    assert not ActionUpdate.objects.filter(created_at__lt=F("action__created_at")).exists()
    assert not Meeting.objects.filter(minutes_approved_at__date__lte=F("date")).exists()
    assert not Meeting.objects.filter(status="held", date__gt=summary["to"]).exists()
    assert not Case.objects.filter(date_notified__lt=F("date_aware")).exists()
    assert not Case.objects.filter(rapid_review__decision_agreed_on__lt=F("rapid_review__held_on")).exists()
    assert not Review.objects.filter(case__subject="child", kind="sar").exists()
    assert not ActionOwner.objects.filter(person__isnull=True, group_name="").exists()
    # Each action's effective due date and times carried over agree with its meeting's body and its updates.
    assert Action.objects.filter(effective_due__isnull=False).exists()
    assert Action.objects.filter(carried_over__gt=0).exists()
    assert dues.refresh_all() == 0


def test_the_assurance_records_keep_the_services_invariants():
    summary = generate(seed=10, **SMALL)
    day = today()
    large = Partnership.objects.get(slug="gen-001")
    for model in (Activity, CaseAudit, ThematicReview, Inspection, Escalation, Complaint, Progress):
        assert summary["large"][model._meta.label] > 0, model
    assert summary["counts"]["assurance.CaseAudit"] > summary["large"]["assurance.CaseAudit"]   # the small one too
    # The programme: reports received for what is reported, dates in order, reports booked at the receiving board.
    done = Activity.objects.filter(status__in=["reported", "complete"])
    assert done.exists() and not done.filter(reported_on__isnull=True).exists()
    assert not Activity.objects.filter(reported_on__gt=day).exists()
    assert not Activity.objects.filter(reported_on__lt=F("planned_start")).exists()
    assert not Activity.objects.filter(planned_report__lt=F("planned_start")).exists()
    assert not Activity.objects.filter(status="planned", planned_start__lte=day).exclude(kind="inspection").exists()
    booked = Activity.objects.filter(reporting_body__isnull=False, planned_report__isnull=False).exclude(
        status="cancelled")
    assert not booked.filter(forward_plan_entry__isnull=True).exists()
    for activity in booked.select_related("forward_plan_entry"):
        entry = activity.forward_plan_entry
        assert (entry.body_id, entry.month) == (activity.reporting_body_id, activity.planned_report.replace(day=1))
    for activity in Activity.objects.filter(kind="single_agency_audit"):
        assert activity.agencies.count() == 1
    # Case audits: dates in order; each return from an asked agency, graded on the scale, on the audit's domains.
    assert not CaseAudit.objects.filter(period_end__lt=F("period_start")).exists()
    assert not CaseAudit.objects.filter(moderation_on__lt=F("period_start")).exists()
    assert not CaseAudit.objects.filter(Q(reaudit_on__lte=F("moderation_on")) | Q(reaudit_on__lte=F("period_end"))).exists()
    returns = AgencyReturn.objects.select_related("case__audit")
    assert returns.exists() and not returns.filter(returned_on__gt=day).exists()
    for row in returns.filter(case__audit__activity__partnership=large):
        audit = row.case.audit
        assert audit.activity.agencies.filter(pk=row.organisation_id).exists()
        assert row.grades and set(row.grades) <= set(audit.domains) and set(row.grades.values()) <= set(DEFAULT_GRADES)
    for row in SelfEvaluation.objects.select_related("review"):
        assert row.area in row.review.key_areas and row.rating in DEFAULT_GRADES
        assert row.review.activity.agencies.filter(pk=row.organisation_id).exists()
    assert not ProgressReport.objects.exclude(body=F("review__activity__reporting_body")).exists()
    # Self-assessment rounds: the default section 11 standards copied; every agency asked has a return with its
    # contact from that agency; a returned one is rated on every standard, one not returned on none; follow-ups only
    # where a standard was red, after the deadline.
    rounds = SelfAssessmentRound.objects.filter(activity__partnership=large).select_related("activity")
    assert rounds.exists()
    numbers = [standard["number"] for standard in default_standards("section_11")]
    for assessment in rounds:
        assert list(assessment.standards.values_list("number", flat=True)) == numbers
        assert assessment.deadline >= assessment.activity.planned_start
        if assessment.activity.status != "planned":
            assert set(assessment.returns.values_list("organisation", flat=True)) == set(
                assessment.activity.agencies.values_list("pk", flat=True))
    sa_returns = SelfAssessmentReturn.objects.select_related("round", "contact")
    assert sa_returns.filter(submitted_on__isnull=False).exists()
    assert not sa_returns.filter(submitted_on__gt=day).exists()
    for row in sa_returns:
        assert row.contact is None or row.contact.organisation_id == row.organisation_id
        rated = StandardRating.objects.filter(organisation_return=row)
        assert rated.count() == (row.round.standards.count() if row.submitted_on else 0)
        assert not rated.exclude(standard__round=row.round).exists()
        assert (row.version, bool(row.source)) == ((2, True) if row.submitted_on else (1, False))
    for visit in FollowUp.objects.select_related("organisation_return__round"):
        assert visit.organisation_return.round.deadline < visit.held_on <= day
        assert visit.organisation_return.ratings.filter(rating="red").exists()
    assert RoundStandard.objects.exists()
    # Inspections: held ones have their first day, a JTAI its theme, judgements only once reported.
    assert not Inspection.objects.filter(activity__status__in=["in_progress", "reported", "complete"],
                                         start_date__isnull=True).exists()
    assert not Inspection.objects.filter(end_date__lt=F("start_date")).exists()
    assert not Inspection.objects.filter(inspection_type="jtai", activity__theme="").exists()
    assert not Inspection.objects.filter(judgements__isnull=False, activity__reported_on__isnull=True).exists()
    # Preparation tasks: set while the inspection was expected, due before its first day, in the log of the board
    # receiving its report.
    prepared = InspectionPreparation.objects.select_related("inspection__activity", "action")
    assert prepared.exists()
    for link in prepared:
        inspection, action = link.inspection, link.action
        assert action.body_id == inspection.activity.reporting_body_id and action.created_at.date() <= day
        if inspection.start_date:
            assert action.created_at.date() <= action.due_date < inspection.start_date
    # Recommendations numbered 1, 2, 3 per activity; single-agency ones name their agency; actions in the log.
    for activity in Activity.objects.filter(recommendations__isnull=False).distinct():
        numbers = list(activity.recommendations.order_by("number").values_list("number", flat=True))
        assert numbers == list(range(1, len(numbers) + 1))
    assert not Recommendation.objects.filter(scope="single_agency", organisation__isnull=True).exists()
    assert AssuranceRecommendationAction.objects.filter(action__status="completed").exists()
    # Escalations: the default stages; numbered in order; steps one after another from the day raised.
    for partnership in Partnership.objects.filter(slug__startswith="gen-"):
        assert list(EscalationStage.objects.filter(partnership=partnership).order_by("number")
                    .values_list("name", "working_days")) == DEFAULT_STAGES
        numbers = list(Escalation.objects.filter(partnership=partnership).order_by("number")
                       .values_list("number", flat=True))
        assert numbers == list(range(1, len(numbers) + 1))
    escalations = Escalation.objects.filter(partnership=large).prefetch_related("steps__stage")
    late, on_time = 0, 0
    for escalation in escalations:
        steps = list(escalation.steps.all())
        assert steps[0].started_on == escalation.raised_on <= day
        assert [s.stage.number for s in steps] == sorted({s.stage.number for s in steps})
        for before, after in zip(steps, steps[1:]):
            assert before.ended_on == after.started_on
        assert all(s.working_days == s.stage.working_days for s in steps)
        assert escalation.version == len(steps) + (escalation.resolved_on is not None)
        if escalation.is_open:
            assert steps[-1].ended_on is None and not escalation.outcome
            late, on_time = late + steps[-1].clock(day).past_clock, on_time + (not steps[-1].clock(day).past_clock)
        else:
            assert steps[-1].ended_on == escalation.resolved_on <= day and escalation.outcome
    assert escalations.filter(resolved_on__isnull=False).count() > escalations.filter(resolved_on__isnull=True).count()
    assert late and on_time, (late, on_time)
    # Complaints: received, acknowledged, answered, in that order, with the default timescales; outcome once answered.
    complaints = Complaint.objects.all()
    assert not complaints.filter(acknowledged_on__lt=F("received_on")).exists()
    assert not complaints.filter(responded_on__lt=F("acknowledged_on")).exists()
    assert not complaints.filter(responded_on__isnull=False, outcome="").exists()
    assert not complaints.filter(responded_on__isnull=True).exclude(outcome="").exists()
    assert not complaints.filter(responded_on__gt=day).exists()
    assert not complaints.exclude(acknowledge_working_days=3).exists()
    # The plan: one rating per priority per ended quarter, recorded after it ended.
    for row in Progress.objects.all():
        assert periods.parse_period(row.quarter).end < row.recorded_at.date() <= day
    assert Objective.objects.filter(activities__isnull=False).exists()


def test_every_record_has_its_creation_history_naming_the_generator():
    generate(seed=4, **SMALL)
    missing = []
    for model in sorted(History.registered, key=lambda m: m._meta.label):
        made = model.objects.count()
        if not made:
            continue
        created = model.history.filter(history_type="+")
        if created.count() < made or created.exclude(history_user__username=GENERATOR_USERNAME).exists():
            missing.append(model._meta.label)
    assert not missing, f"Without creation history by the generator: {missing}"
    meeting = Meeting.objects.filter(minutes_approved_on__isnull=False).first()
    dates = [row.history_date.date() for row in meeting.history.order_by("history_date")]
    assert dates[0] < meeting.date <= dates[-1] == meeting.minutes_approved_on


# Records that belong to a partnership through a parent, and the other records they name.
CROSS_LINKS = [
    (Meeting, "partnership", ["body__partnership"]),
    (Action, "partnership", ["body__partnership", "meeting__partnership", "owner_organisation__partnership",
                             "item__meeting__partnership"]),
    (ActionOwner, "action__partnership", ["person__partnership"]),
    (AgendaItem, "meeting__partnership", ["presenter__partnership"]),
    (Attendance, "meeting__partnership", ["person__partnership", "deputising_for__partnership"]),
    (Membership, "body__partnership", ["person__partnership", "deputy__partnership"]),
    (ForwardPlanEntry, "partnership", ["body__partnership", "meeting__partnership", "presenter__partnership"]),
    (Case, "partnership", ["referring_agency__partnership"]),
    (Review, "partnership", ["case__partnership", "independent_reviewer__partnership"]),
    (PanelMember, "review__partnership", ["person__partnership"]),
    (RecommendationAction, "recommendation__review__partnership", ["action__partnership"]),
    (Risk, "partnership", ["owner__partnership", "body__partnership", "owner_organisation__partnership"]),
    (Indicator, "partnership", ["owner__partnership", "priority__partnership", "source_organisation__partnership"]),
    (Booking, "event__course__partnership", ["delegate__partnership"]),
    (Contribution, "year__partnership", ["organisation__partnership"]),
    (Activity, "partnership", ["owner_body__partnership", "reporting_body__partnership", "lead__partnership",
                               "forward_plan_entry__partnership"]),
    (Activity.agencies.through, "activity__partnership", ["organisation__partnership"]),
    (Activity.priorities.through, "activity__partnership", ["priority__partnership"]),
    (Finding, "activity__partnership", ["organisation__partnership"]),
    (Recommendation, "activity__partnership", ["organisation__partnership", "finding__activity__partnership"]),
    (AssuranceRecommendationAction, "recommendation__activity__partnership", ["action__partnership"]),
    (AgencyReturn, "case__audit__activity__partnership", ["organisation__partnership"]),
    (SelfEvaluation, "review__activity__partnership", ["organisation__partnership"]),
    (InspectionPreparation, "inspection__activity__partnership", ["action__partnership"]),
    (SelfAssessmentReturn, "round__activity__partnership", ["organisation__partnership", "contact__partnership"]),
    (ProgressReport, "review__activity__partnership", ["body__partnership"]),
    (Escalation, "partnership", ["raised_by_organisation__partnership", "about_organisation__partnership"]),
    (EscalationStep, "escalation__partnership", ["stage__partnership"]),
    (Complaint, "partnership", ["handled_by__partnership"]),
    (Objective.activities.through, "objective__priority__partnership", ["activity__partnership"]),
    (Objective.indicators.through, "objective__priority__partnership", ["indicator__partnership"]),
    (Objective.reviews.through, "objective__priority__partnership", ["review__partnership"]),
    (Objective.actions.through, "objective__priority__partnership", ["action__partnership"]),
]


def test_no_record_of_one_partnership_names_another_partnerships_record():
    generate(seed=5, **SMALL)
    crossed = []
    for model, own, others in CROSS_LINKS:
        for other in others:
            wrong = model.objects.filter(**{f"{other}__isnull": False}).filter(~Q(**{other: F(own)}))
            if wrong.exists():
                crossed.append(f"{model.__name__}.{other}")
    assert not crossed, crossed
    assert Action.objects.filter(partnership__slug="gen-002").exists()   # the small one has its own records


def test_the_large_partnerships_pages_answer_for_its_business_team():
    generate(seed=6, **SMALL)
    large = Partnership.objects.get(slug="gen-001")
    client = signed_in_client(make_user(large, Role.Kind.BUSINESS_TEAM, "bea", "Bea Business"))
    # Generated records themselves: 200.
    meeting = Meeting.objects.filter(partnership=large, status="held").order_by("-date").first()
    review = Review.objects.filter(partnership=large).order_by("-stage").first()
    pages = [("reports:dashboard", {}), ("actions:log", {}), ("meetings:list", {}), ("meetings:forward-plan", {}),
             ("meetings:detail", {"meeting_id": meeting.pk}),
             ("actions:detail", {"pk": Action.objects.filter(partnership=large, updates__isnull=False).first().pk}),
             ("reviews:dashboard", {}), ("reviews:review-detail", {"review_id": review.pk}),
             ("reviews:case-detail", {"case_id": review.case_id}), ("assurance:risk-list", {}),
             ("performance:dataset", {}), ("partnerships:body-list", {})]
    # The assurance programme's records, escalations, complaints and the business plan (newest and oldest).
    for model, name, key in ((CaseAudit, "assurance:audit-detail", "activity_id"),
                             (ThematicReview, "assurance:thematic-detail", "activity_id"),
                             (Inspection, "assurance:inspection-detail", "activity_id"),
                             (SelfAssessmentRound, "assurance:sa-round-detail", "activity_id")):
        for detail in (model.objects.filter(activity__partnership=large).order_by(order).first()
                       for order in ("activity__planned_start", "-activity__planned_start")):
            pages.append((name, {key: detail.activity_id}))
    for returned in SelfAssessmentReturn.objects.filter(round__activity__partnership=large).order_by("-submitted_on")[:1]:
        pages.append(("assurance:sa-return-detail", {"activity_id": returned.round.activity_id,
                                                     "return_id": returned.pk}))
    for escalation in Escalation.objects.filter(partnership=large).order_by("number")[:2]:
        pages.append(("assurance:escalation-detail", {"escalation_id": escalation.pk}))
    pages.append(("assurance:escalation-detail", {"escalation_id": Escalation.objects.filter(
        partnership=large, resolved_on__isnull=True).first().pk}))
    pages.append(("assurance:complaint-detail", {"complaint_id": Complaint.objects.filter(partnership=large).first().pk}))
    pages.append(("plans:priority-detail", {"priority_id": Objective.objects.filter(
        priority__partnership=large).first().priority_id}))
    answers = {name: client.get(reverse(name, kwargs={"slug": large.slug, **kwargs})).status_code
               for name, kwargs in pages}
    assert set(answers.values()) == {200}, answers
    # Every page the permission matrix knows that needs no record's id: lists, dashboards, registers, downloads.
    wrong, walked = [], 0
    for name in partnership_url_names():
        try:
            url = reverse(name, kwargs={"slug": large.slug})
        except NoReverseMatch:
            continue   # a record's page: the generated ones above
        if "business" not in ALLOWED[resolve(url).func.access_level]:
            continue
        walked += 1
        response = client.get(url)
        sends_on = response.status_code == 302 and response["Location"].startswith(f"/p/{large.slug}/")
        if response.status_code != 200 and not sends_on:   # an old address that sends on (the action log's CSV)
            wrong.append(f"{name} {url}: {response.status_code}")
    assert walked > 50
    assert not wrong, "\n".join(wrong)


def test_the_planner_knows_the_tables_sizes_after_generating():
    """PostgreSQL: without ANALYZE after the bulk load the planner takes the action table for empty (reltuples -1).
    SQLite plans without statistics unless asked, and is left as a running instance has it (no sqlite_stat1)."""
    generate(**SMALL)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'actions_action'")
            assert cursor.fetchone()[0] >= Action.objects.count() * 0.5 > 0
        else:
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            assert cursor.fetchone()[0] == 0
