"""Setting up the details of an activity already on the programme: one added there (or planned a year ahead) as a
bare Activity of a kind with details of its own is given them here, one-to-one with that SAME Activity, so its id,
history, findings and forward plan entry stay. A case audit's period, domains and agencies; a thematic review's key
areas and agencies; an inspection's type and dates. (A self-assessment's round: self_assessment.set_up_round.)"""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service

from ..models import Activity, CaseAudit, Inspection, ThematicReview
from . import _checks
from .audits import AUDIT_KINDS, _checked_agencies, check_audit_dates, checked_names
from .inspections import _checked as _checked_inspection


def _own_agencies(activity: Activity, agencies) -> list:
    agencies = list(agencies)
    for agency in agencies:
        _checks.same_partnership(activity.partnership, agency, "agencies",
                                 "Choose from this partnership's own agencies.")
    return agencies


def _not_set_up(activity: Activity, kinds, detail_model, what: str) -> None:
    if activity.kind not in kinds:
        raise ValidationError(f"This {activity.get_kind_display().lower()} cannot be set up as {what}.")
    if detail_model.objects.filter(activity=activity).exists():
        raise ValidationError(f"This {activity.get_kind_display().lower()} is set up already.")


@service
@transaction.atomic
def set_up_case_audit(activity: Activity, *, by, period_start: datetime.date, period_end: datetime.date, domains,
                      moderation_on=None, reaudit_on=None, agencies=()) -> CaseAudit:
    """The audit of a case audit or single-agency audit already on the programme: the agencies asked become its
    agencies; the sample is added on the audit's page."""
    _not_set_up(activity, AUDIT_KINDS, CaseAudit, "an audit")
    domains = checked_names(domains, field="domains", what="domain")
    check_audit_dates(period_start=period_start, period_end=period_end, moderation_on=moderation_on,
                      reaudit_on=reaudit_on)
    agencies = _checked_agencies(activity.kind, _own_agencies(activity, agencies))
    audit = CaseAudit.objects.create(activity=activity, period_start=period_start, period_end=period_end,
                                     domains=domains, moderation_on=moderation_on, reaudit_on=reaudit_on)
    activity.agencies.set(agencies)
    if activity.planned_start is None:   # as an audit added with its details: it starts with its period
        activity.planned_start = period_start
        activity.save(update_fields=["planned_start"])
    return audit


@service
@transaction.atomic
def set_up_thematic_review(activity: Activity, *, by, key_areas, agencies=()) -> ThematicReview:
    """The key areas (in order) of a thematic review already on the programme, and the agencies asked to
    self-evaluate against them."""
    _not_set_up(activity, (Activity.Kind.THEMATIC_REVIEW,), ThematicReview, "a thematic review")
    key_areas = checked_names(key_areas, field="key_areas", what="key area")
    agencies = _own_agencies(activity, agencies)
    review = ThematicReview.objects.create(activity=activity, key_areas=key_areas)
    activity.agencies.set(agencies)
    return review


@service
@transaction.atomic
def set_up_inspection(activity: Activity, *, by, inspection_type: str, theme: str = "",
                      start_date: datetime.date | None = None, end_date: datetime.date | None = None) -> Inspection:
    """The type and dates of an inspection already on the programme; its title and status stay as planned (a
    held inspection needs its first day; a joint targeted area inspection its theme, kept on the activity)."""
    _not_set_up(activity, (Activity.Kind.INSPECTION,), Inspection, "an inspection")
    values = _checked_inspection(inspection_type=inspection_type, theme=theme, title=activity.title,
                                 start_date=start_date, end_date=end_date, status=activity.status)
    inspection = Inspection.objects.create(activity=activity, inspection_type=inspection_type, start_date=start_date,
                                           end_date=end_date)
    if values["theme"] != activity.theme or (start_date and activity.planned_start != start_date):
        activity.theme, activity.planned_start = values["theme"], start_date or activity.planned_start
        activity.save(update_fields=["theme", "planned_start"])
    return inspection
