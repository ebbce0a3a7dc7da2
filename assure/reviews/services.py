"""Every change to a case or review goes through these functions: atomic, validated, naming who acted.

A step completed after its clock's due date is refused unless a reason is given (or already recorded).
"""
import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.names import check_pseudonym

from . import clocks
from .models import BreachReason, Case, ClockSettings, InformationRequest, PanelMember, RapidReview, Review, Subject
from .queries import case_clocks, clock_settings_for, find_clock


def _not_future(day, what):
    if day and day > clock.today():
        raise ValidationError(f"The {what} ({day:%-d %B %Y}) is in the future. Enter the date it happened.")


def _late_check(case, rules, key, late_reason, by):
    """Refuse completing a clock's step late without a reason; record the reason given."""
    found = find_clock(case_clocks(case, rules), key)
    if found is None or not found.status.is_breached:
        return
    reason = (late_reason or "").strip()
    if reason:
        BreachReason.objects.update_or_create(case=case, clock=key, defaults={
            "reason": reason, "recorded_by": by, "recorded_at": clock.now()})
    elif found.reason is None:
        when = found.status.completed_on or found.status.today
        late = found.status.working_days_late
        # The code names the form field the person fills in, so the page shows the message beside it.
        raise ValidationError(
            f"The {found.label.lower()} was due by {found.status.due:%-d %B %Y}; {when:%-d %B %Y} is "
            f"{late} working day{'s' if late != 1 else ''} late. Give the reason it was late.", code="late_reason")


@service
@transaction.atomic
def update_clock_settings(settings: ClockSettings, *, by, expected_version: int, **values) -> ClockSettings:
    limits = {"notification_working_days": 60, "rapid_review_working_days": 120, "publication_months": 36,
              "publication_notice_working_days": 60, "sar_target_months": 36}
    for name, value in values.items():
        if name not in limits:
            raise ValueError(name)
        if value is None or not 1 <= value <= limits[name]:
            label = ClockSettings._meta.get_field(name).verbose_name
            raise ValidationError(f"{label}: enter a number from 1 to {limits[name]}.")
    claim_version(ClockSettings, settings.pk, expected_version)
    settings.refresh_from_db()
    for name, value in values.items():
        setattr(settings, name, value)
    settings.save()
    return settings


def _check_case_dates(subject, date_aware, date_notified, rr=None):
    if date_aware is None:
        raise ValidationError("Enter the date the partnership became aware: every clock starts from it.")
    _not_future(date_aware, "date the partnership became aware")
    if date_notified is not None:
        if subject == Subject.ADULT:
            raise ValidationError("Only cases involving a child are notified to the National Panel. "
                                  "Leave the notification date empty for an adult case.")
        _not_future(date_notified, "notification date")
    try:
        clocks.check_order(date_aware, date_notified,
                           rr.decision_agreed_on if rr else None)
    except clocks.DateOrderError as exc:
        raise ValidationError(str(exc)) from None
    if rr and rr.held_on and rr.held_on < date_aware:
        raise ValidationError(f"The rapid review was held on {rr.held_on:%-d %B %Y}, before the date the partnership "
                              f"became aware ({date_aware:%-d %B %Y}). Check both dates.")


def _check_organisation(partnership, organisation):
    if organisation is not None and organisation.partnership_id != partnership.pk:
        raise ValidationError("Choose an organisation of this partnership.")


@service
@transaction.atomic
def register_case(*, partnership, by, pseudonym, subject, date_aware, date_notified=None, referring_agency=None,
                  criteria_considered="", late_reason="") -> Case:
    """A notification or referral: the case and its (not yet held) rapid review."""
    pseudonym = check_pseudonym(pseudonym)
    if subject not in Subject.values:
        raise ValidationError("Choose whether the case concerns a child, an adult, or both.")
    _check_case_dates(subject, date_aware, date_notified)
    _check_organisation(partnership, referring_agency)
    case = Case.objects.create(
        partnership=partnership, pseudonym=pseudonym, subject=subject, date_aware=date_aware,
        date_notified=date_notified, referring_agency=referring_agency,
        criteria_considered=(criteria_considered or "").strip(), created_by=by)
    RapidReview.objects.create(case=case)
    if date_notified:
        _late_check(case, clock_settings_for(partnership).rules(), BreachReason.Clock.NOTIFICATION, late_reason, by)
    return case


@service
@transaction.atomic
def edit_case(case: Case, *, by, expected_version: int, pseudonym, subject, date_aware, referring_agency=None,
              criteria_considered="") -> Case:
    pseudonym = check_pseudonym(pseudonym)
    if subject not in Subject.values:
        raise ValidationError("Choose whether the case concerns a child, an adult, or both.")
    claim_version(Case, case.pk, expected_version)
    case.refresh_from_db()
    _check_case_dates(subject, date_aware, case.date_notified, getattr(case, "rapid_review", None))
    _check_organisation(case.partnership, referring_agency)
    case.pseudonym, case.subject, case.date_aware = pseudonym, subject, date_aware
    case.referring_agency = referring_agency
    case.criteria_considered = (criteria_considered or "").strip()
    case.save()
    return case


@service
@transaction.atomic
def record_notification(case: Case, *, by, expected_version: int, date_notified, late_reason="") -> Case:
    """The date the National Panel was told. Late (after the clock) only with a reason."""
    if date_notified is None:
        raise ValidationError("Enter the date the National Panel was notified.")
    claim_version(Case, case.pk, expected_version)
    case.refresh_from_db()
    _check_case_dates(case.subject, case.date_aware, date_notified, getattr(case, "rapid_review", None))
    case.date_notified = date_notified
    _late_check(case, clock_settings_for(case.partnership).rules(), BreachReason.Clock.NOTIFICATION, late_reason, by)
    case.save()
    return case


@service
@transaction.atomic
def record_breach_reason(case: Case, *, by, clock_key: str, reason: str) -> BreachReason:
    """Explain a missed clock (also before the late step is done, so the dashboard stops flagging it)."""
    if clock_key not in BreachReason.Clock.values:
        raise ValidationError("Choose the clock that was missed.")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Enter the reason the clock was missed.")
    found = find_clock(case_clocks(case, clock_settings_for(case.partnership).rules()), clock_key)
    if found is None or not found.status.is_breached:
        raise ValidationError("That clock has not been missed: there is nothing to explain.")
    obj, _ = BreachReason.objects.update_or_create(case=case, clock=clock_key, defaults={
        "reason": reason, "recorded_by": by, "recorded_at": clock.now()})
    return obj


@service
@transaction.atomic
def add_information_request(case: Case, *, by, organisation, requested_on, due_on=None, notes="") -> InformationRequest:
    if organisation is None:
        raise ValidationError("Choose the agency asked for information.")
    _check_organisation(case.partnership, organisation)
    if requested_on is None:
        raise ValidationError("Enter the date the information was requested.")
    _not_future(requested_on, "request date")
    if requested_on < case.date_aware:
        raise ValidationError("The request date is before the partnership became aware of the case.")
    if due_on and due_on < requested_on:
        raise ValidationError("The date the return is due is before the date it was requested.")
    return InformationRequest.objects.create(rapid_review=case.rapid_review, organisation=organisation,
                                             requested_on=requested_on, due_on=due_on, notes=(notes or "").strip())


@service
@transaction.atomic
def remove_information_request(request: InformationRequest, *, by) -> None:
    """Remove a request logged in error (business team); the deletion stays in the case's history."""
    request.delete()


@service
@transaction.atomic
def record_information_return(request: InformationRequest, *, by, returned_on, notes=None) -> InformationRequest:
    if returned_on is None:
        raise ValidationError("Enter the date the agency returned its information.")
    _not_future(returned_on, "return date")
    if returned_on < request.requested_on:
        raise ValidationError("The return date is before the date the information was requested.")
    request.returned_on = returned_on
    if notes is not None:
        request.notes = notes.strip()
    request.save()
    return request


@service
@transaction.atomic
def record_rapid_review(case: Case, *, by, expected_version: int, held_on, decision="", reasons="",
                        decision_agreed_on=None, other_process="", late_reason="") -> RapidReview:
    """The rapid review held, and (when agreed) the partners' decision with its reasons."""
    if held_on is None:
        raise ValidationError("Enter the date the rapid review was held.")
    rr = case.rapid_review
    claim_version(RapidReview, rr.pk, expected_version)
    rr.refresh_from_db()
    _not_future(held_on, "date the rapid review was held")
    if held_on < case.date_aware:
        raise ValidationError(f"The rapid review date ({held_on:%-d %B %Y}) is before the date the partnership "
                              f"became aware ({case.date_aware:%-d %B %Y}). Check both dates.")
    if decision and decision not in RapidReview.Decision.values:
        raise ValidationError("Choose a decision from the list.")
    if decision or decision_agreed_on:
        if not decision:
            raise ValidationError("Choose the decision the partners agreed.")
        if decision_agreed_on is None:
            raise ValidationError("Enter the date the partners agreed the decision: the publication clock starts from it.")
        if not (reasons or "").strip():
            raise ValidationError("Give the reasons for the decision.")
        if decision == RapidReview.Decision.OTHER_PROCESS and not (other_process or "").strip():
            raise ValidationError("Name the process the case was referred to, for example Domestic Homicide Review.")
        _not_future(decision_agreed_on, "date the decision was agreed")
        if decision_agreed_on < held_on:
            raise ValidationError(f"The decision date ({decision_agreed_on:%-d %B %Y}) is before the rapid review was "
                                  f"held ({held_on:%-d %B %Y}). Check both dates.")
        if decision == RapidReview.Decision.SAR and case.subject == Subject.CHILD:
            raise ValidationError("A Safeguarding Adults Review needs an adult or joint case.")
        if decision == RapidReview.Decision.CSPR and case.subject == Subject.ADULT:
            raise ValidationError("A Child Safeguarding Practice Review needs a child or joint case.")
    try:
        if case.review and decision not in RapidReview.LEADS_TO_REVIEW:
            raise ValidationError("A review has already started for this case; the decision must be one that leads to it.")
    except Review.DoesNotExist:
        pass
    rr.held_on, rr.decision, rr.decision_agreed_on = held_on, decision, decision_agreed_on
    rr.reasons = (reasons or "").strip()
    rr.other_process = (other_process or "").strip() if decision == RapidReview.Decision.OTHER_PROCESS else ""
    case.rapid_review = rr
    _late_check(case, clock_settings_for(case.partnership).rules(), BreachReason.Clock.RAPID_REVIEW, late_reason, by)
    rr.save()
    # A decision for no review of ours ends the case here; the record stays for the year's figures.
    if decision and decision not in RapidReview.LEADS_TO_REVIEW and case.closed_on is None:
        case.closed_on = decision_agreed_on
        case.save(update_fields=["closed_on"])
    elif decision in RapidReview.LEADS_TO_REVIEW and case.closed_on is not None:
        case.closed_on = None
        case.save(update_fields=["closed_on"])
    return rr


REVIEW_KINDS_FOR_DECISION = {
    RapidReview.Decision.CSPR: (Review.Kind.CSPR, Review.Kind.JOINT),
    RapidReview.Decision.SAR: (Review.Kind.SAR, Review.Kind.JOINT),
    RapidReview.Decision.LEARNING_REVIEW: (Review.Kind.LEARNING_REVIEW,),
}


def _check_person(partnership, person, what):
    if person is not None and person.partnership_id != partnership.pk:
        raise ValidationError(f"The {what} must be a person recorded in this partnership.")


@service
@transaction.atomic
def start_review(case: Case, *, by, kind, independent_reviewer=None, terms_of_reference="",
                 key_lines_of_enquiry="") -> Review:
    rr = case.rapid_review
    if not rr.decision_agreed_on or not rr.leads_to_review:
        raise ValidationError("Record the rapid review decision to hold a review before starting it.")
    if Review.objects.filter(case=case).exists():
        raise ValidationError("This case already has a review.")
    allowed = REVIEW_KINDS_FOR_DECISION[rr.decision]
    if kind not in allowed:
        raise ValidationError(f"The rapid review decided on a {rr.get_decision_display()}: choose "
                              + " or ".join(Review.Kind(k).label for k in allowed) + ".")
    _check_person(case.partnership, independent_reviewer, "independent reviewer")
    return Review.objects.create(
        partnership=case.partnership, case=case, kind=kind, independent_reviewer=independent_reviewer,
        terms_of_reference=(terms_of_reference or "").strip(),
        key_lines_of_enquiry=(key_lines_of_enquiry or "").strip())


def _check_planned_publication(review: Review, planned_on) -> None:
    decision_on = review.case.rapid_review.decision_agreed_on
    if planned_on and decision_on and planned_on < decision_on:
        raise ValidationError("The planned publication date is before the decision to review.")


@service
@transaction.atomic
def plan_publication(review: Review, *, by, planned_on) -> Review:
    """Set the review's one planned publication date: its documents' date and the start of its notice clock."""
    if planned_on is None:
        raise ValidationError("Enter the planned publication date.")
    review = Review.objects.select_for_update().get(pk=review.pk)
    _check_planned_publication(review, planned_on)
    review.publication_planned_on = planned_on
    review.version += 1
    review.save()
    return review


@service
@transaction.atomic
def edit_review(review: Review, *, by, expected_version: int, independent_reviewer=None, terms_of_reference="",
                key_lines_of_enquiry="", findings="", publication_planned_on=None) -> Review:
    _check_person(review.partnership, independent_reviewer, "independent reviewer")
    claim_version(Review, review.pk, expected_version)
    review.refresh_from_db()
    _check_planned_publication(review, publication_planned_on)
    review.independent_reviewer = independent_reviewer
    review.terms_of_reference = (terms_of_reference or "").strip()
    review.key_lines_of_enquiry = (key_lines_of_enquiry or "").strip()
    review.findings = (findings or "").strip()
    review.publication_planned_on = publication_planned_on
    review.save()
    return review


@service
@transaction.atomic
def move_stage(review: Review, *, by, expected_version: int, stage: str) -> Review:
    if stage not in Review.Stage.values:
        raise ValidationError("Choose a stage from the list.")
    claim_version(Review, review.pk, expected_version)
    review.refresh_from_db()
    if stage == Review.Stage.CLOSED and review.published_on is None and not review.publication_deferred:
        raise ValidationError("Publish the report, or record why publication is deferred, before closing the review.")
    review.stage = stage
    review.save()
    case = review.case
    case.closed_on = clock.today() if stage == Review.Stage.CLOSED else None
    case.save(update_fields=["closed_on"])
    return review


@service
@transaction.atomic
def set_deferral(review: Review, *, by, expected_version: int, deferred: bool, reason="", notes="",
                 review_on=None) -> Review:
    """Publication deferred (for an inquest or criminal proceedings) with a date to look at it again."""
    claim_version(Review, review.pk, expected_version)
    review.refresh_from_db()
    if deferred:
        if reason not in Review.DeferralReason.values:
            raise ValidationError("Choose why publication is deferred.")
        if reason == Review.DeferralReason.OTHER and not (notes or "").strip():
            raise ValidationError("Explain why publication is deferred.")
        if review_on is None:
            raise ValidationError("Enter the date to review the deferral.")
        if review_on < clock.today():
            raise ValidationError("The date to review the deferral is in the past.")
        if review.published_on:
            raise ValidationError("The report is already published.")
    review.publication_deferred = deferred
    review.deferral_reason = reason if deferred else ""
    review.deferral_notes = (notes or "").strip() if deferred else ""
    review.deferral_review_on = review_on if deferred else None
    review.save()
    if deferred:
        text = f"Publication deferred: {review.get_deferral_reason_display()}"
        if review.deferral_notes:
            text += f". {review.deferral_notes}"
        found = find_clock(case_clocks(review.case, clock_settings_for(review.partnership).rules()),
                           BreachReason.Clock.PUBLICATION)
        if found is not None:
            BreachReason.objects.update_or_create(case=review.case, clock=BreachReason.Clock.PUBLICATION, defaults={
                "reason": text, "recorded_by": by, "recorded_at": clock.now()})
    return review


@service
@transaction.atomic
def add_panel_member(review: Review, *, by, person) -> PanelMember:
    if person is None:
        raise ValidationError("Choose the person to add to the panel.")
    _check_person(review.partnership, person, "panel member")
    if review.panel_members.filter(person=person).exists():
        raise ValidationError(f"{person} is already on this review's panel.")
    return PanelMember.objects.create(review=review, person=person)


@service
@transaction.atomic
def remove_panel_member(member: PanelMember, *, by) -> None:
    member.delete()


@service
@transaction.atomic
def record_publication_notice(review: Review, *, by, expected_version: int, sent_on, late_reason="") -> Review:
    if sent_on is None:
        raise ValidationError("Enter the date the notice was sent.")
    if review.kind == Review.Kind.SAR:
        raise ValidationError("Safeguarding Adults Reviews have no notice to the National Panel.")
    claim_version(Review, review.pk, expected_version)
    review.refresh_from_db()
    if not (review.published_on or review.publication_planned_on):
        raise ValidationError("Enter the planned publication date first: the notice is due a number of working days "
                              "before it.")
    _not_future(sent_on, "date the notice was sent")
    if sent_on < review.case.date_aware:
        raise ValidationError("The notice date is before the partnership became aware of the case.")
    review.notice_sent_on = sent_on
    case = review.case
    case.review = review
    _late_check(case, clock_settings_for(review.partnership).rules(), BreachReason.Clock.PUBLICATION_NOTICE,
                late_reason, by)
    review.save()
    return review


def quarter_end(day: datetime.date) -> datetime.date:
    month = ((day.month - 1) // 3 + 1) * 3
    next_month = datetime.date(day.year + (month == 12), month % 12 + 1, 1)
    return next_month - datetime.timedelta(days=1)
