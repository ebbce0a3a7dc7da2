"""Writes to complaints about the partnership and to its complaint timescales. Dates must come in order (received,
then acknowledged, then responded) and not in the future; a refusal writes nothing."""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max

from assure.core.audit import service
from assure.core.concurrency import claim_version

from ..models import Complaint, ComplaintTimescales
from ..queries import timescales_for
from . import _checks

MAX_WORKING_DAYS = 60


@service
@transaction.atomic
def update_complaint_timescales(timescales: ComplaintTimescales, *, by, expected_version: int,
                                acknowledge_working_days, respond_working_days) -> ComplaintTimescales:
    """New timescales apply to complaints received from now on; earlier ones keep theirs."""
    for field, value, what in (("acknowledge_working_days", acknowledge_working_days, "acknowledge"),
                               ("respond_working_days", respond_working_days, "respond")):
        if value is None or not 1 <= value <= MAX_WORKING_DAYS:
            raise ValidationError({field: f"Enter the working days to {what} within, from 1 to {MAX_WORKING_DAYS}."})
    if respond_working_days < acknowledge_working_days:
        raise ValidationError({"respond_working_days": "The time to respond must be at least the time to "
                                                       "acknowledge."})
    claim_version(ComplaintTimescales, timescales.pk, expected_version)
    timescales.refresh_from_db()
    timescales.acknowledge_working_days, timescales.respond_working_days = (acknowledge_working_days,
                                                                            respond_working_days)
    timescales.save()
    return timescales


def _check_dates(received_on, acknowledged_on, responded_on) -> None:
    if received_on is None:
        raise ValidationError({"received_on": "Enter the date the complaint was received."})
    _checks.not_future(received_on, "received_on", "date received")
    _checks.not_future(acknowledged_on, "acknowledged_on", "date acknowledged")
    _checks.not_future(responded_on, "responded_on", "date of the response")
    _checks.not_before(acknowledged_on, received_on, "acknowledged_on",
                       "The date acknowledged is before the date the complaint was received.")
    _checks.not_before(responded_on, received_on, "responded_on",
                       "The date of the response is before the date the complaint was received.")
    _checks.not_before(responded_on, acknowledged_on, "responded_on",
                       "The date of the response is before the date the complaint was acknowledged.")


def _checked(partnership, *, received_on, complainant, summary, handled_by, acknowledged_on, responded_on, outcome,
             outcome_summary) -> dict:
    _check_dates(received_on, acknowledged_on, responded_on)
    if complainant not in Complaint.Complainant.values:
        raise ValidationError({"complainant": "Choose who made the complaint."})
    summary, outcome_summary = _checks.tidy(summary), _checks.tidy(outcome_summary)
    if not summary:
        raise ValidationError({"summary": "Enter what the complaint is about."})
    _checks.same_partnership(partnership, handled_by, "handled_by", "Choose someone of this partnership.")
    if outcome and outcome not in Complaint.Outcome.values:
        raise ValidationError({"outcome": "Choose the outcome from the list."})
    if responded_on is not None and not outcome:
        raise ValidationError({"outcome": "Choose the outcome of the complaint."})
    if outcome and responded_on is None:
        raise ValidationError({"responded_on": "Enter the date of the response."})
    _checks.names_no_one(partnership, summary=(summary, "description"),
                         outcome_summary=(outcome_summary, "outcome"))
    return {"received_on": received_on, "complainant": complainant, "summary": summary, "handled_by": handled_by,
            # A response is also the acknowledgement when none was sent first.
            "acknowledged_on": acknowledged_on or responded_on, "responded_on": responded_on,
            "outcome": outcome or "", "outcome_summary": outcome_summary}


@service
@transaction.atomic
def record_complaint(*, partnership, by, received_on, complainant, summary, handled_by=None, acknowledged_on=None,
                     responded_on=None, outcome="", outcome_summary="") -> Complaint:
    """A complaint, with the partnership's timescales as they are today."""
    values = _checked(partnership, received_on=received_on, complainant=complainant, summary=summary,
                      handled_by=handled_by, acknowledged_on=acknowledged_on, responded_on=responded_on,
                      outcome=outcome, outcome_summary=outcome_summary)
    timescales = timescales_for(partnership)
    type(partnership).objects.select_for_update().filter(pk=partnership.pk).first()
    number = (Complaint.objects.filter(partnership=partnership).aggregate(n=Max("number"))["n"] or 0) + 1
    return Complaint.objects.create(partnership=partnership, number=number, created_by=by,
                                    acknowledge_working_days=timescales.acknowledge_working_days,
                                    respond_working_days=timescales.respond_working_days, **values)


@service
@transaction.atomic
def edit_complaint(complaint: Complaint, *, by, expected_version: int, received_on, complainant, summary,
                   handled_by=None, acknowledged_on=None, responded_on=None, outcome="", outcome_summary="") -> Complaint:
    """Correct or complete a complaint; its timescales stay those in force when it was received."""
    values = _checked(complaint.partnership, received_on=received_on, complainant=complainant, summary=summary,
                      handled_by=handled_by, acknowledged_on=acknowledged_on, responded_on=responded_on,
                      outcome=outcome, outcome_summary=outcome_summary)
    claim_version(Complaint, complaint.pk, expected_version)
    complaint.refresh_from_db()
    for name, value in values.items():
        setattr(complaint, name, value)
    complaint.save()
    return complaint


@service
@transaction.atomic
def acknowledge_complaint(complaint: Complaint, *, by, expected_version: int, acknowledged_on) -> Complaint:
    claim_version(Complaint, complaint.pk, expected_version)
    complaint.refresh_from_db()
    if complaint.acknowledged_on is not None:
        raise ValidationError(f"{complaint.reference} was acknowledged on {complaint.acknowledged_on:%-d %B %Y}.")
    if acknowledged_on is None:
        raise ValidationError({"acknowledged_on": "Enter the date the complaint was acknowledged."})
    _check_dates(complaint.received_on, acknowledged_on, None)
    complaint.acknowledged_on = acknowledged_on
    complaint.save()
    return complaint


@service
@transaction.atomic
def respond_to_complaint(complaint: Complaint, *, by, expected_version: int, responded_on, outcome,
                         outcome_summary="") -> Complaint:
    """The response and its outcome (the response acknowledges a complaint not yet acknowledged)."""
    claim_version(Complaint, complaint.pk, expected_version)
    complaint.refresh_from_db()
    if complaint.responded_on is not None:
        raise ValidationError(f"{complaint.reference} was responded to on {complaint.responded_on:%-d %B %Y}.")
    if responded_on is None:
        raise ValidationError({"responded_on": "Enter the date of the response."})
    values = _checked(complaint.partnership, received_on=complaint.received_on, complainant=complaint.complainant,
                      summary=complaint.summary, handled_by=complaint.handled_by,
                      acknowledged_on=complaint.acknowledged_on, responded_on=responded_on, outcome=outcome,
                      outcome_summary=outcome_summary)
    for name in ("acknowledged_on", "responded_on", "outcome", "outcome_summary"):
        setattr(complaint, name, values[name])
    complaint.save()
    return complaint
