"""Reads of case audits and thematic reviews: the partnership's grading scale, an audit's grid of grades (case x
domain), the returns still outstanding per agency, a review's self-evaluations per key area, and which page an
activity with a detail of its own opens on (the programme's links and forms send people there)."""
from dataclasses import dataclass, field

from django.db.models import Prefetch

from .models import Activity, AgencyReturn, AuditCase, CaseAudit, GradingScale, ThematicReview


def grading_scale_for(partnership) -> GradingScale:
    scale, _ = GradingScale.objects.get_or_create(partnership=partnership)
    return scale


@dataclass(frozen=True)
class Grade:
    agency: str
    grade: str


@dataclass
class GridRow:
    case: AuditCase
    cells: list            # one list of Grades per domain, in the audit's order
    returns: list = field(default_factory=list)

    @property
    def agencies_returned(self) -> int:
        return len(self.returns)


def grade_grid(audit: CaseAudit) -> list[GridRow]:
    """One row per sampled case; in each domain's cell, every returned agency's grade (in agency name order)."""
    cases = audit.cases.prefetch_related(Prefetch("returns", AgencyReturn.objects.select_related("organisation")
                                                  .order_by("organisation__name")))
    rows = []
    for case in cases:
        returns = list(case.returns.all())
        cells = [[Grade(r.organisation.short_name or r.organisation.name, r.grades[domain])
                  for r in returns if r.grades.get(domain)] for domain in audit.domains]
        rows.append(GridRow(case, cells, returns))
    return rows


@dataclass(frozen=True)
class Outstanding:
    organisation: object
    cases: list            # references of the sampled cases with no return from this agency

    @property
    def count(self) -> int:
        return len(self.cases)


def returns_outstanding(audit: CaseAudit) -> list[Outstanding]:
    """Each agency asked, with the sampled cases it has not yet returned (agencies with none left out)."""
    references = list(audit.cases.values_list("id", "reference"))
    returned = set(AgencyReturn.objects.filter(case__audit=audit).values_list("organisation_id", "case_id"))
    rows = []
    for agency in audit.activity.agencies.order_by("name"):
        missing = [reference for case_id, reference in references if (agency.pk, case_id) not in returned]
        if missing:
            rows.append(Outstanding(agency, missing))
    return rows


@dataclass
class AreaRow:
    area: str
    evaluations: list
    findings: list


def evaluations_by_area(review: ThematicReview) -> list[AreaRow]:
    """Each key area in order with each agency's self-evaluation and the findings about it."""
    evaluations = list(review.self_evaluations.select_related("organisation").order_by("organisation__name"))
    findings = list(review.activity.findings.select_related("organisation"))
    return [AreaRow(area, [e for e in evaluations if e.area == area], [f for f in findings if f.area == area])
            for area in review.key_areas]


def evaluations_outstanding(review: ThematicReview) -> list[Outstanding]:
    """Each agency asked, with the key areas it has not yet self-evaluated."""
    done = set(review.self_evaluations.values_list("organisation_id", "area"))
    rows = []
    for agency in review.activity.agencies.order_by("name"):
        missing = [area for area in review.key_areas if (agency.pk, area) not in done]
        if missing:
            rows.append(Outstanding(agency, missing))
    return rows


def own_pages(activity: Activity) -> tuple[str, str] | None:
    """The URL names of the page and the edit page of an activity with a detail of its own (a case audit, a
    thematic review), where the programme's links send people; None for any other activity."""
    if hasattr(activity, "case_audit"):
        return "assurance:audit-detail", "assurance:audit-edit"
    if hasattr(activity, "thematic_review"):
        return "assurance:thematic-detail", "assurance:thematic-edit"
    return None


def areas_of(activity: Activity) -> list[str]:
    """The areas a finding of this activity may be about: a case audit's domains or a review's key areas."""
    if hasattr(activity, "case_audit"):
        return list(activity.case_audit.domains)
    if hasattr(activity, "thematic_review"):
        return list(activity.thematic_review.key_areas)
    return []


def audit_list(activities):
    """Case audits among the activities a person may read, newest year first."""
    return (activities.filter(kind__in=[Activity.Kind.CASE_AUDIT, Activity.Kind.SINGLE_AGENCY_AUDIT],
                              case_audit__isnull=False)
            .select_related("case_audit", "reporting_body", "owner_body").order_by("-year", "title"))


def thematic_list(activities):
    return (activities.filter(kind=Activity.Kind.THEMATIC_REVIEW, thematic_review__isnull=False)
            .select_related("thematic_review", "reporting_body", "owner_body").order_by("-year", "title"))
