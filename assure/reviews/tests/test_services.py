"""Services: the rules a user relies on, and refusals that write nothing. Today is Monday 9 March 2026."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.core.concurrency import EditConflict

from .. import services
from ..models import BreachReason, Case, RapidReview, Review
from ..queries import case_clocks, clock_settings_for
from . import factories

D = datetime.date


def test_register_case_creates_case_and_pending_rapid_review(partnership, business_user, organisations):
    case = services.register_case(partnership=partnership, by=business_user, pseudonym="Child T", subject="child",
                                  date_aware=D(2026, 3, 2), referring_agency=organisations["police"],
                                  criteria_considered="Serious harm; abuse suspected")
    assert case.rapid_review.held_on is None
    assert case.created_by == business_user
    clocks = {c.key: c for c in case_clocks(case, clock_settings_for(partnership).rules())}
    assert clocks["notification"].status.due == D(2026, 3, 9)
    assert clocks["notification"].status.working_days_left == 0
    assert clocks["rapid_review"].status.due == D(2026, 3, 30)  # from the notification due date


@pytest.mark.parametrize("kwargs, message", [
    ({"pseudonym": ""}, "Enter a pseudonym"),
    ({"pseudonym": "Jordan Smith"}, "real name"),
    ({"date_aware": None}, "every clock starts from it"),
    ({"date_aware": D(2026, 3, 10)}, "in the future"),
    ({"date_notified": D(2026, 2, 27)}, r"notification date \(27/02/2026\) is before"),
    ({"subject": "adult", "date_notified": D(2026, 3, 3)}, "Only cases involving a child"),
    ({"subject": "other"}, "child, an adult, or both"),
])
def test_register_case_refuses_bad_input_and_writes_nothing(partnership, business_user, kwargs, message):
    values = {"pseudonym": "Child T", "subject": "child", "date_aware": D(2026, 3, 2)} | kwargs
    with pytest.raises(ValidationError, match=message):
        services.register_case(partnership=partnership, by=business_user, **values)
    assert not Case.objects.exists()


def test_referring_agency_of_another_partnership_is_refused(partnership, other_partnership, business_user):
    from assure.partnerships.models import Organisation
    theirs = Organisation.objects.create(partnership=other_partnership, name="Elsewhere Police", kind="police")
    with pytest.raises(ValidationError, match="organisation of this partnership"):
        services.register_case(partnership=partnership, by=business_user, pseudonym="Child T", subject="child",
                               date_aware=D(2026, 3, 2), referring_agency=theirs)


def test_late_notification_needs_a_reason(partnership, business_user):
    case = factories.case(partnership, business_user, date_aware=D(2026, 2, 2), date_notified=None)  # due 9 Feb
    with pytest.raises(ValidationError, match=r"was due by 9 February 2026; 11 February 2026 is 2 working days late"):
        services.record_notification(case, by=business_user, expected_version=case.version,
                                     date_notified=D(2026, 2, 11))
    case.refresh_from_db()
    assert case.date_notified is None
    services.record_notification(case, by=business_user, expected_version=case.version,
                                 date_notified=D(2026, 2, 11), late_reason="Awaiting police confirmation")
    case.refresh_from_db()
    assert case.date_notified == D(2026, 2, 11)
    assert BreachReason.objects.get(case=case, clock="notification").reason == "Awaiting police confirmation"


def test_on_time_notification_needs_no_reason(partnership, business_user):
    case = factories.case(partnership, business_user, date_aware=D(2026, 2, 2), date_notified=D(2026, 2, 9))
    assert not case.breach_reasons.exists()


def test_stale_edit_is_refused(partnership, business_user):
    case = factories.case(partnership, business_user)
    services.edit_case(case, by=business_user, expected_version=case.version, pseudonym="Child U", subject="child",
                       date_aware=case.date_aware)
    with pytest.raises(EditConflict):
        services.edit_case(case, by=business_user, expected_version=1, pseudonym="Child V", subject="child",
                           date_aware=case.date_aware)
    case.refresh_from_db()
    assert case.pseudonym == "Child U"


def test_awareness_cannot_move_after_the_decision(partnership, business_user):
    case = factories.decided(factories.case(partnership, business_user), business_user)
    with pytest.raises(ValidationError, match="is before the date the partnership became aware"):
        services.edit_case(case, by=business_user, expected_version=case.version, pseudonym="Child T",
                           subject="child", date_aware=D(2026, 3, 2))


def rr(case, by, **kwargs):
    values = {"held_on": D(2026, 1, 20), "decision": "cspr", "reasons": "Criteria met",
              "decision_agreed_on": D(2026, 1, 20)} | kwargs
    return services.record_rapid_review(case, by=by, expected_version=case.rapid_review.version, **values)


@pytest.mark.parametrize("kwargs, message", [
    ({"held_on": None}, "Enter the date the rapid review was held"),
    ({"held_on": D(2026, 1, 2)}, "before the date the partnership became aware"),
    ({"decision_agreed_on": D(2026, 1, 19)}, "before the rapid review was held"),
    ({"decision_agreed_on": None}, "publication clock starts from it"),
    ({"reasons": " "}, "Give the reasons"),
    ({"decision": "other_process"}, "Name the process"),
    ({"decision": "sar"}, "needs an adult or joint case"),
    ({"held_on": D(2026, 3, 20), "decision_agreed_on": D(2026, 3, 20)}, "in the future"),
])
def test_rapid_review_refusals(partnership, business_user, kwargs, message):
    case = factories.case(partnership, business_user)
    with pytest.raises(ValidationError, match=message):
        rr(case, business_user, **kwargs)
    assert RapidReview.objects.get(case=case).held_on is None


def test_late_rapid_review_needs_reason(partnership, business_user):
    case = factories.case(partnership, business_user)  # notified 7 Jan: due 28 Jan
    with pytest.raises(ValidationError, match="rapid review was due by 28 January 2026"):
        rr(case, business_user, held_on=D(2026, 2, 2), decision_agreed_on=D(2026, 2, 2))
    case = Case.objects.get(pk=case.pk)  # the refused attempt changed nothing
    rr(case, business_user, held_on=D(2026, 2, 2), decision_agreed_on=D(2026, 2, 2), late_reason="Agency returns late")
    assert case.breach_reasons.get().clock == "rapid_review"


def test_decision_for_no_review_closes_the_case(partnership, business_user):
    case = factories.case(partnership, business_user)
    rr(case, business_user, decision="none")
    case.refresh_from_db()
    assert case.closed_on == D(2026, 1, 20)


def test_start_review_needs_a_decision_to_review(partnership, business_user):
    case = factories.case(partnership, business_user)
    with pytest.raises(ValidationError, match="Record the rapid review decision"):
        services.start_review(case, by=business_user, kind="cspr")
    rr(case, business_user)
    with pytest.raises(ValidationError, match="choose Child Safeguarding Practice Review or Joint CSPR and SAR"):
        services.start_review(case, by=business_user, kind="sar")
    review = services.start_review(case, by=business_user, kind="cspr")
    assert review.stage == Review.Stage.SCOPING


def test_publication_clock_runs_from_the_decision(partnership, business_user):
    review = factories.review(partnership, business_user, date_aware=D(2025, 8, 1), date_notified=D(2025, 8, 4))
    case = review.case
    services.record_rapid_review(case, by=business_user, expected_version=case.rapid_review.version,
                                 held_on=D(2025, 8, 20), decision="cspr", reasons="Met",
                                 decision_agreed_on=D(2025, 8, 31))
    clocks = {c.key: c for c in case_clocks(case, clock_settings_for(partnership).rules())}
    assert clocks["publication"].status.due == D(2026, 2, 28)
    assert clocks["publication"].status.state == "overdue"
    assert clocks["publication"].needs_reason


def test_closing_needs_publication_or_deferral(partnership, business_user):
    review = factories.review(partnership, business_user)
    with pytest.raises(ValidationError, match="before closing the review"):
        services.move_stage(review, by=business_user, expected_version=review.version, stage="closed")


@pytest.mark.parametrize("kwargs, message", [
    ({"reason": ""}, "Choose why publication is deferred"),
    ({"reason": "other"}, "Explain why"),
    ({"review_on": None}, "Enter the date to review the deferral"),
    ({"review_on": D(2026, 3, 1)}, "in the past"),
])
def test_deferral_refusals(partnership, business_user, kwargs, message):
    review = factories.review(partnership, business_user)
    values = {"deferred": True, "reason": "inquest", "notes": "", "review_on": D(2026, 6, 1)} | kwargs
    with pytest.raises(ValidationError, match=message):
        services.set_deferral(review, by=business_user, expected_version=review.version, **values)


def test_deferral_explains_a_missed_publication_clock(partnership, business_user):
    review = factories.review(partnership, business_user, date_aware=D(2025, 6, 2), date_notified=D(2025, 6, 3))
    services.set_deferral(review, by=business_user, expected_version=review.version, deferred=True,
                          reason="criminal_proceedings", notes="Trial listed for May", review_on=D(2026, 5, 29))
    reason = BreachReason.objects.get(case=review.case, clock="publication")
    assert reason.reason == "Publication deferred: Criminal proceedings. Trial listed for May"


def test_notice_needs_the_date_it_counts_back_from(partnership, business_user):
    review = factories.review(partnership, business_user)
    with pytest.raises(ValidationError, match="Enter the planned publication date first"):
        services.record_publication_notice(review, by=business_user, expected_version=review.version,
                                           sent_on=D(2026, 3, 2))


def test_notice_late_needs_reason(partnership, business_user):
    review = factories.review(partnership, business_user)
    review = services.edit_review(review, by=business_user, expected_version=review.version,
                                  publication_planned_on=D(2026, 3, 16))  # notice due 5 March
    with pytest.raises(ValidationError, match="due by 5 March 2026"):
        services.record_publication_notice(review, by=business_user, expected_version=review.version,
                                           sent_on=D(2026, 3, 6))
    review.refresh_from_db()
    assert review.notice_sent_on is None


def test_panel_members_once_and_from_this_partnership(partnership, other_partnership, business_user, member_user):
    from assure.partnerships.models import Person
    review = factories.review(partnership, business_user)
    person = factories.person_of(partnership, member_user)
    services.add_panel_member(review, by=business_user, person=person)
    with pytest.raises(ValidationError, match="already on this review's panel"):
        services.add_panel_member(review, by=business_user, person=person)
    stranger = Person.objects.create(partnership=other_partnership, full_name="Someone Else")
    with pytest.raises(ValidationError, match="person recorded in this partnership"):
        services.add_panel_member(review, by=business_user, person=stranger)


def test_clock_settings_drive_the_due_dates(partnership, business_user):
    settings = clock_settings_for(partnership)
    services.update_clock_settings(settings, by=business_user, expected_version=settings.version,
                                   notification_working_days=3)
    case = factories.case(partnership, business_user, date_aware=D(2026, 3, 2), date_notified=None)
    clocks = {c.key: c for c in case_clocks(case, clock_settings_for(partnership).rules())}
    assert clocks["notification"].status.due == D(2026, 3, 5)


def test_clock_settings_refuse_nonsense(partnership, business_user):
    settings = clock_settings_for(partnership)
    with pytest.raises(ValidationError, match="enter a number from 1 to 60"):
        services.update_clock_settings(settings, by=business_user, expected_version=settings.version,
                                       notification_working_days=0)


def test_breach_reason_only_for_a_missed_clock(partnership, business_user):
    case = factories.case(partnership, business_user, date_aware=D(2026, 3, 2), date_notified=None)
    with pytest.raises(ValidationError, match="has not been missed"):
        services.record_breach_reason(case, by=business_user, clock_key="notification", reason="x")
    late = factories.case(partnership, business_user, pseudonym="Child U", date_aware=D(2026, 2, 2), date_notified=None)
    services.record_breach_reason(late, by=business_user, clock_key="notification", reason="Awaiting strategy meeting")
    (clock,) = [c for c in case_clocks(late, clock_settings_for(partnership).rules()) if c.key == "notification"]
    assert clock.status.state == "overdue" and not clock.needs_reason


def test_adult_cases_have_no_notification_clock(partnership, business_user):
    case = factories.case(partnership, business_user, pseudonym="Mr K", subject="adult", date_aware=D(2026, 3, 2))
    keys = [c.key for c in case_clocks(case, clock_settings_for(partnership).rules())]
    assert keys == ["rapid_review"]
