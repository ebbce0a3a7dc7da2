"""Demo cases and reviews for the demo partnership (run by `assure demo`, see services.py).

Fictional pseudonyms only; dates are relative to the demo's today so the clocks show a live mix:
a review near its publication deadline (one of its recommendations not accepted, with the reason), a SAR under way, a rapid review due soon, a case closed
with no further review, and a notification that was late with its reason recorded.
"""
import datetime

from assure.partnerships import services as partnership_services
from assure.reviews import learning, services
from assure.reviews.models import RapidReview, Review, Subject


def extend(world) -> None:
    # The reviews officer keeps the case records; the business manager adds the external reviewer's record.
    by, today, orgs, people = world.users["tw"], world.today, world.organisations, world.people

    def days_ago(n):
        return today - datetime.timedelta(days=n)

    reviewer = partnership_services.create_person(
        partnership=world.partnership, full_name="Helen Marchetti", initials="HMa",
        job_title="Independent reviewer (external)", by=world.business_user)

    # A CSPR at the agency reports stage, its six months nearly up.
    child_t = services.register_case(
        partnership=world.partnership, by=by, pseudonym="Child T", subject=Subject.CHILD,
        date_aware=days_ago(200), date_notified=days_ago(197), referring_agency=orgs["council"],
        criteria_considered="Serious harm; neglect suspected; agencies' contact in the previous year.")
    services.add_information_request(child_t, by=by, organisation=orgs["police"], requested_on=days_ago(196))
    services.add_information_request(child_t, by=by, organisation=orgs["icb"], requested_on=days_ago(196))
    services.record_rapid_review(
        child_t, by=by, expected_version=child_t.version, held_on=days_ago(184),
        decision=RapidReview.Decision.CSPR, decision_agreed_on=days_ago(182),
        reasons="Learning about how agencies shared information on neglect across the school holidays.")
    cspr = services.start_review(child_t, by=by, kind=Review.Kind.CSPR, independent_reviewer=reviewer,
                                 terms_of_reference="Period under review: the 18 months before the incident.",
                                 key_lines_of_enquiry="How was neglect recognised?\nHow did agencies escalate concerns?")
    services.add_panel_member(cspr, by=by, person=people["bl"])
    cspr.refresh_from_db()
    services.move_stage(cspr, by=by, expected_version=cspr.version, stage=Review.Stage.AGENCY_REPORTS)
    recommendation = learning.add_recommendation(
        cspr, by=by, scope="multi_agency", lead_organisation=orgs["council"],
        text="Agencies should use the neglect screening tool at every contact where neglect is suspected.")
    learning.add_plan_action(recommendation, by=by, text="Roll out neglect screening tool training to health visitors",
                             owner_organisation=orgs["trust"], due_date=today + datetime.timedelta(days=60), rag="amber")
    learning.add_plan_action(recommendation, by=by, text="Audit the use of the screening tool in ten cases",
                             owner_organisation=orgs["council"], due_date=days_ago(10), rag="red")
    learning.add_progress_update(recommendation, by=by, quarter_ending=days_ago(30), rag="amber",
                                 text="Training designed; first two sessions delivered.")
    # A recommendation the partnership decided not to implement, with its reason (for the yearly report's (g)).
    declined = learning.add_recommendation(
        cspr, by=by, scope="single_agency", lead_organisation=orgs["trust"],
        text="The community trust should appoint a named neglect lead in every health visiting team.")
    learning.decide_recommendation(
        declined, by=by, expected_version=declined.version, decision="not_accepted", decided_on=days_ago(20),
        reason="The trust's safeguarding team already gives every health visiting team a named adviser for neglect; "
               "a second lead would split the advice. The Executive agreed to test the existing route in the "
               "screening tool audit instead.")

    # A SAR at its practitioner event.
    mr_k = services.register_case(
        partnership=world.partnership, by=by, pseudonym="Mr K", subject=Subject.ADULT,
        date_aware=days_ago(120), referring_agency=orgs["police"],
        criteria_considered="Death of an adult with care and support needs; self-neglect.")
    services.record_rapid_review(
        mr_k, by=by, expected_version=mr_k.version, held_on=days_ago(104),
        decision=RapidReview.Decision.SAR, decision_agreed_on=days_ago(100),
        reasons="Care Act s44 criteria met: concern that partners could have worked together more effectively.")
    sar = services.start_review(mr_k, by=by, kind=Review.Kind.SAR, independent_reviewer=reviewer)
    services.move_stage(sar, by=by, expected_version=sar.version, stage=Review.Stage.PRACTITIONER_EVENT)

    # A notification received last week: the rapid review clock is running.
    services.register_case(
        partnership=world.partnership, by=by, pseudonym="Child M", subject=Subject.CHILD,
        date_aware=days_ago(8), date_notified=days_ago(6), referring_agency=orgs["council"],
        criteria_considered="Serious injury to a child under one.")

    # Closed with no further review.
    ms_d = services.register_case(
        partnership=world.partnership, by=by, pseudonym="Ms D", subject=Subject.ADULT,
        date_aware=days_ago(70), referring_agency=orgs["trust"])
    services.record_rapid_review(
        ms_d, by=by, expected_version=ms_d.version, held_on=days_ago(60),
        decision=RapidReview.Decision.NO_FURTHER_REVIEW, decision_agreed_on=days_ago(58),
        reasons="Single-agency learning already identified and in hand.")

    # A notification sent late, with the reason kept.
    services.register_case(
        partnership=world.partnership, by=by, pseudonym="Child R", subject=Subject.CHILD,
        date_aware=days_ago(40), date_notified=days_ago(28), referring_agency=orgs["police"],
        late_reason="The referral reached the partnership after the police investigation began.")
