"""Writes to case audits: the audit with its Activity, its sample of cases, the agencies' returns, and the
partnership's grading scale. Findings, recommendations and their actions are the programme's services."""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.names import check_pseudonym

from ..audit_queries import grading_scale_for
from ..models import DEFAULT_DOMAINS, Activity, AgencyReturn, AuditCase, CaseAudit, GradingScale, SelfEvaluation
from .programme import add_activity, edit_activity

AUDIT_KINDS = (Activity.Kind.CASE_AUDIT, Activity.Kind.SINGLE_AGENCY_AUDIT)


def _day(day: datetime.date) -> str:
    return f"{day:%-d %B %Y}"


def checked_names(names, *, field: str, what: str, in_use=(), used_in: str = "returns") -> list[str]:
    """An ordered list of names (domains, key areas, grades): tidied, blank lines dropped, no repeats, at least one,
    and none that records still use left out. Pure."""
    cleaned, seen = [], set()
    for name in names:
        name = " ".join((name or "").split())
        if not name:
            continue
        if len(name) > 200:
            raise ValidationError({field: f"Each {what} must be 200 characters or fewer."})
        if name.casefold() in seen:
            raise ValidationError({field: f'"{name}" is listed twice. List each {what} once.'})
        seen.add(name.casefold())
        cleaned.append(name)
    if not cleaned:
        raise ValidationError({field: f"Enter at least one {what}, one on each line."})
    removed = [name for name in in_use if name not in cleaned]
    if removed:
        raise ValidationError({field: f'"{removed[0]}" is already used in {used_in}, so it cannot be removed or '
                                      "renamed. Put it back, or change those first."})
    return cleaned


def check_audit_dates(*, period_start, period_end, moderation_on=None, reaudit_on=None) -> None:
    """The audit's dates in order: the period, then the moderation meeting, then the re-audit. Pure."""
    if period_start is None:
        raise ValidationError({"period_start": "Enter the start of the audit period."})
    if period_end is None:
        raise ValidationError({"period_end": "Enter the end of the audit period."})
    if period_start and period_end and period_end < period_start:
        raise ValidationError({"period_end": f"The end of the audit period must be on or after its start "
                                             f"({_day(period_start)})."})
    if moderation_on and period_start and moderation_on < period_start:
        raise ValidationError({"moderation_on": f"The moderation meeting must be on or after the start of the audit "
                                                f"period ({_day(period_start)})."})
    if reaudit_on and moderation_on and reaudit_on <= moderation_on:
        raise ValidationError({"reaudit_on": f"The re-audit date must be after the moderation meeting "
                                             f"({_day(moderation_on)})."})
    if reaudit_on and period_end and reaudit_on <= period_end:
        raise ValidationError({"reaudit_on": f"The re-audit date must be after the end of the audit period "
                                             f"({_day(period_end)})."})


def check_grade(grade: str, scale: list[str], *, field: str, what: str) -> str:
    """A grade on the partnership's scale, or blank for not graded. Pure."""
    grade = " ".join((grade or "").split())
    if grade and grade not in scale:
        raise ValidationError({field: f'"{grade}" is not on the partnership\'s grading scale. Choose the grade for '
                                      f"{what} from: {', '.join(scale)}."})
    return grade


def _grades_in_use(audit: CaseAudit) -> list[str]:
    used = set()
    for grades in AgencyReturn.objects.filter(case__audit=audit).values_list("grades", flat=True):
        used.update(domain for domain, grade in grades.items() if grade)
    return [domain for domain in audit.domains if domain in used]


def _checked_agencies(kind, agencies) -> list:
    agencies = list(agencies)
    if kind == Activity.Kind.SINGLE_AGENCY_AUDIT and len(agencies) != 1:
        raise ValidationError({"agencies": "A single-agency audit names the one agency whose audit it is."})
    return agencies


@service
@transaction.atomic
def add_case_audit(*, partnership, by, kind: str = Activity.Kind.CASE_AUDIT, year: int, title: str, theme: str = "",
                   scope: str = "", period_start, period_end, domains=None, moderation_on=None, reaudit_on=None,
                   owner_body=None, reporting_body=None, lead=None, agencies=(), planned_report=None,
                   status: str = Activity.Status.PLANNED, reported_on=None, priorities=()) -> CaseAudit:
    """A case audit on the year's programme: its Activity (report booked on the receiving board's forward plan)
    and its detail. Domains default to the usual seven."""
    if kind not in AUDIT_KINDS:
        raise ValidationError({"kind": "Choose a multi-agency or a single-agency audit."})
    domains = checked_names(DEFAULT_DOMAINS if domains is None else domains, field="domains",
                            what="domain")
    check_audit_dates(period_start=period_start, period_end=period_end, moderation_on=moderation_on,
                      reaudit_on=reaudit_on)
    activity = add_activity(partnership=partnership, by=by, year=year, kind=kind, title=title, theme=theme,
                            scope=scope, owner_body=owner_body, reporting_body=reporting_body, lead=lead,
                            planned_start=period_start, planned_report=planned_report, status=status,
                            reported_on=reported_on, priorities=priorities,
                            agencies=_checked_agencies(kind, agencies))
    return CaseAudit.objects.create(activity=activity, period_start=period_start, period_end=period_end,
                                    domains=domains, moderation_on=moderation_on, reaudit_on=reaudit_on)


@service
@transaction.atomic
def edit_case_audit(audit: CaseAudit, *, by, expected_version: int, kind: str, year: int, title: str,
                    theme: str = "", scope: str = "", period_start, period_end, domains, moderation_on=None,
                    reaudit_on=None, owner_body=None, reporting_body=None, lead=None, agencies=(),
                    planned_report=None, status: str = Activity.Status.PLANNED, reported_on=None,
                    priorities=()) -> CaseAudit:
    if kind not in AUDIT_KINDS:
        raise ValidationError({"kind": "Choose a multi-agency or a single-agency audit."})
    domains = checked_names(domains, field="domains", what="domain", in_use=_grades_in_use(audit))
    check_audit_dates(period_start=period_start, period_end=period_end, moderation_on=moderation_on,
                      reaudit_on=reaudit_on)
    agencies = _checked_agencies(kind, agencies)
    returned = set(AgencyReturn.objects.filter(case__audit=audit).values_list("organisation_id", flat=True))
    dropped = returned - {agency.pk for agency in agencies}
    if dropped:
        raise ValidationError({"agencies": "An agency that has made returns cannot be taken off the audit."})
    claim_version(CaseAudit, audit.pk, expected_version)
    activity = audit.activity
    edit_activity(activity, by=by, expected_version=activity.version, year=year, kind=kind, title=title,
                  theme=theme, scope=scope, owner_body=owner_body, reporting_body=reporting_body, lead=lead,
                  planned_start=period_start, planned_report=planned_report, status=status, reported_on=reported_on,
                  priorities=priorities, agencies=agencies)
    audit.refresh_from_db()
    audit.period_start, audit.period_end, audit.domains = period_start, period_end, domains
    audit.moderation_on, audit.reaudit_on = moderation_on, reaudit_on
    audit.save()
    return audit


@service
@transaction.atomic
def add_sample_case(audit: CaseAudit, *, by, reference: str) -> AuditCase:
    """A case in the sample, by its pseudonymous reference: the same rules as a review's pseudonym."""
    try:
        reference = check_pseudonym(reference)
    except ValidationError as refused:
        raise ValidationError({"reference": refused.messages[0]}) from None
    if audit.cases.filter(reference__iexact=reference).exists():
        raise ValidationError({"reference": f'"{reference}" is already in this audit\'s sample.'})
    return AuditCase.objects.create(audit=audit, reference=reference)


@service
@transaction.atomic
def remove_sample_case(case: AuditCase, *, by) -> None:
    if case.returns.exists():
        raise ValidationError(f'"{case.reference}" has agency returns, so it stays in the sample.')
    case.delete()


@service
@transaction.atomic
def record_agency_return(case: AuditCase, *, by, organisation, grades: dict, returned_on: datetime.date,
                         good_practice: str = "", areas_for_development: str = "") -> AgencyReturn:
    """An asked agency's return on one case (a second return from it replaces the first): a grade per domain on
    the partnership's scale (blank for not graded), good practice and areas for development."""
    audit = case.audit
    activity = audit.activity
    if organisation is None or not activity.agencies.filter(pk=organisation.pk).exists():
        raise ValidationError({"organisation": "Choose one of the agencies asked to take part in this audit."})
    if returned_on is None:
        raise ValidationError({"returned_on": "Enter the date the return was received."})
    scale = grading_scale_for(activity.partnership).grades
    unknown = [domain for domain in grades if domain not in audit.domains]
    if unknown:
        raise ValidationError({"grades": f'"{unknown[0]}" is not one of this audit\'s domains.'})
    checked = {domain: check_grade(grades.get(domain, ""), scale, field=f"grade_{index}", what=domain)
               for index, domain in enumerate(audit.domains)}
    if not any(checked.values()):
        raise ValidationError({"grade_0": "Choose a grade for at least one domain."})
    record, _ = AgencyReturn.objects.update_or_create(
        case=case, organisation=organisation,
        defaults={"grades": {domain: grade for domain, grade in checked.items() if grade},
                  "returned_on": returned_on, "good_practice": (good_practice or "").strip(),
                  "areas_for_development": (areas_for_development or "").strip()})
    return record


def _scale_in_use(partnership) -> set[str]:
    used = set(SelfEvaluation.objects.filter(review__activity__partnership=partnership)
               .values_list("rating", flat=True))
    for grades in AgencyReturn.objects.filter(case__audit__activity__partnership=partnership).values_list(
            "grades", flat=True):
        used.update(grades.values())
    return used


@service
@transaction.atomic
def edit_grading_scale(scale: GradingScale, *, by, expected_version: int, grades) -> GradingScale:
    """The partnership's grades, best first. A grade already given in a return or self-evaluation stays."""
    used = _scale_in_use(scale.partnership)
    grades = checked_names(grades, field="grades", what="grade", used_in="returns or self-evaluations", in_use=[g for g in scale.grades if g in used])
    claim_version(GradingScale, scale.pk, expected_version)
    scale.refresh_from_db()
    scale.grades = grades
    scale.save()
    return scale
