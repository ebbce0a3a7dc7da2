"""The owner's commentary on an indicator for a quarter, and the business team's approval of the quarter. Each a
named, atomic @service taking the acting user as `by`.

Approval is exception reporting: a quarter with a red indicator lacking commentary cannot be approved. An approved
quarter's figures and commentary are locked (`_checks.refuse_if_approved`) until the business team reopens it,
saying why (the reason is kept in the approval's history)."""
from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import claim_version

from .. import periods
from ..models import Commentary, QuarterApproval
from ..pack.data import assemble
from ._checks import refuse_if_approved

MAX_COMMENTARY = 5000
MAX_REASON = 100   # the history's reason column


@service
@transaction.atomic
def write_commentary(indicator, *, by, quarter: periods.Period, text: str,
                     expected_version: int | None = None) -> Commentary:
    """Write (or rewrite) the indicator's commentary for a quarter. A new one takes no `expected_version`."""
    if quarter.kind != periods.QUARTER:
        raise ValidationError({"quarter": "Commentary is written for a quarter, for example 2026-Q2."})
    refuse_if_approved(indicator.partnership, quarter, field="text")
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": "Enter the commentary"})
    if len(text) > MAX_COMMENTARY:
        raise ValidationError({"text": f"The commentary must be {MAX_COMMENTARY:,} characters or fewer."})
    existing = Commentary.objects.filter(indicator=indicator, quarter_start=quarter.start).first()
    if existing is None:
        if expected_version is not None:
            raise ValidationError({"text": "This commentary has been removed since you opened the page: "
                                           "reload the page and write it again."})
        return Commentary.objects.create(indicator=indicator, quarter_start=quarter.start, text=text, updated_by=by)
    if expected_version is None:
        raise ValidationError({"text": f"Someone has written the commentary for {quarter.label} since you opened "
                                       f"the page: reload the page to see it before changing it."})
    claim_version(Commentary, existing.pk, expected_version)
    existing.refresh_from_db()
    existing.text, existing.updated_by = text, by
    existing.save()
    return existing


@service
@transaction.atomic
def approve_quarter(partnership, *, by, quarter: periods.Period) -> QuarterApproval:
    """Approve a quarter's figures and commentary: refused while a red indicator has no commentary (naming them)."""
    if quarter.kind != periods.QUARTER:
        raise ValidationError({"quarter": "Give a quarter, for example 2026-Q2."})
    if QuarterApproval.objects.filter(partnership=partnership, quarter_start=quarter.start).exists():
        raise ValidationError({"quarter": f"{quarter.label} is already approved."})
    missing = assemble(partnership, quarter).red_without_commentary
    if missing:
        names = "; ".join(f"{e.indicator.code} {e.indicator.name}" for e in missing)
        raise ValidationError({"quarter": f"{quarter.label} cannot be approved until every red indicator has a "
                                          f"commentary. Missing: {names}."})
    return QuarterApproval.objects.create(partnership=partnership, quarter_start=quarter.start,
                                          approved_at=clock.now(), approved_by=by)


@service
@transaction.atomic
def reopen_quarter(partnership, *, by, quarter: periods.Period, reason: str) -> None:
    """Reopen an approved quarter so its figures and commentary can change again; the reason stays in history."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": "Enter why the quarter is being reopened"})
    if len(reason) > MAX_REASON:
        raise ValidationError({"reason": f"The reason must be {MAX_REASON} characters or fewer."})
    approval = QuarterApproval.objects.select_for_update().filter(
        partnership=partnership, quarter_start=quarter.start).first()
    if approval is None:
        raise ValidationError({"reason": f"{quarter.label} is not approved, so there is nothing to reopen."})
    approval._change_reason = reason
    approval.delete()
