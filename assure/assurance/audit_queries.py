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


# Where the programme sends people for an activity whose kind has details of its own, in one place: the page and
# edit page of one set up (by the detail's related name), and for one not yet set up, the page that sets it up and
# the kind's own add page (which takes the details with the activity). A self-assessment keeps the programme's page
# (its findings and recommendations are there), which links to its round; visits and others have no details.
DETAIL_PAGES = (("case_audit", "assurance:audit-detail", "assurance:audit-edit"),
                ("thematic_review", "assurance:thematic-detail", "assurance:thematic-edit"),
                ("inspection", "assurance:inspection-detail", "assurance:inspection-edit"))


@dataclass(frozen=True)
class SetUp:
    url_name: str       # sets the details up for an activity of this kind already on the programme
    link: str           # what the link says it sets up
    missing: str        # what the activity's page says is missing until then
    add_url_name: str   # the kind's own add page
    add_link: str


_AUDIT_MISSING = "It has no audit period, domains or sample yet, so agencies' returns cannot be recorded."
SET_UP = {
    Activity.Kind.CASE_AUDIT: SetUp("assurance:audit-set-up", "Set up the case audit: domains, sample and agencies",
                                    _AUDIT_MISSING, "assurance:audit-add", "Add a case audit"),
    Activity.Kind.SINGLE_AGENCY_AUDIT: SetUp("assurance:audit-set-up",
                                             "Set up the single-agency audit: domains, sample and agency",
                                             _AUDIT_MISSING, "assurance:audit-add", "Add a case audit"),
    Activity.Kind.THEMATIC_REVIEW: SetUp("assurance:thematic-set-up",
                                         "Set up the thematic review: key areas and agencies",
                                         "It has no key areas yet, so agencies' self-evaluations cannot be recorded.",
                                         "assurance:thematic-add", "Add a thematic review"),
    Activity.Kind.SELF_ASSESSMENT: SetUp("assurance:sa-round-start",
                                         "Set up the round of returns: framework, organisations and deadline",
                                         "It has no round of returns yet, so no standards are asked or returns "
                                         "recorded.", "assurance:sa-round-add", "Set up a self-assessment round"),
    Activity.Kind.INSPECTION: SetUp("assurance:inspection-set-up", "Set up the inspection: its type and dates",
                                    "It has no type of inspection or dates yet, so its judgements and report "
                                    "cannot be recorded.", "assurance:inspection-add", "Add an inspection"),
}


def own_pages(activity: Activity) -> tuple[str, str] | None:
    """The URL names of the page and the edit page of an activity with a detail of its own (a case audit, a
    thematic review, an inspection), where the programme's links send people; None for any other activity (one
    not yet set up opens on the programme's page, which links to set_up_for)."""
    for related_name, page, edit in DETAIL_PAGES:
        if hasattr(activity, related_name):
            return page, edit
    return None


def set_up_for(activity: Activity) -> SetUp | None:
    """How to set up the details an activity of its kind has and this one lacks; None when it has them (or its
    kind has none)."""
    set_up = SET_UP.get(activity.kind)
    if set_up is None or own_pages(activity) or hasattr(activity, "self_assessment"):
        return None
    return set_up


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
