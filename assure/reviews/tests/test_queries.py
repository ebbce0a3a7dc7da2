import datetime

from assure.actions.models import Action

from .. import learning, services
from ..models import Case, RapidReview
from ..queries import (
    clock_settings_for,
    dashboard_rows,
    learning_report_dict,
    not_accepted_between,
    open_action_plans,
    year_figures,
)
from . import factories

D = datetime.date


def build_year(partnership, by):
    """The seed's year: 21 referrals (11 adult, 10 children), 14 rapid reviews (8 adult, 6 children),
    4 to a full review (1 adult, 2 children, 1 joint)."""
    day = iter(D(2025, 4, 1) + datetime.timedelta(days=7 * i) for i in range(60))

    def referral(subject, n, *, held=False, decision=None):
        aware = next(day)
        case = services.register_case(partnership=partnership, by=by, pseudonym=f"Case {subject[0].upper()}{n}",
                                      subject=subject, date_aware=aware,
                                      date_notified=aware if subject != "adult" else None)
        if held:
            services.record_rapid_review(case, by=by, expected_version=case.rapid_review.version,
                                         held_on=aware + datetime.timedelta(days=14),
                                         decision=decision or "none", reasons="Considered",
                                         decision_agreed_on=aware + datetime.timedelta(days=14),
                                         late_reason="Held later than planned")
        return case

    for n in range(11):  # adults: 8 rapid reviews, 1 SAR
        referral("adult", n, held=n < 8, decision="sar" if n == 0 else None)
    for n in range(10):  # children: 6 rapid reviews, 2 CSPRs
        referral("child", n, held=n < 6, decision="cspr" if n < 2 else None)
    # The joint case came in the year before; its review decision fell in this year.
    joint = services.register_case(partnership=partnership, by=by, pseudonym="Family J", subject="joint",
                                   date_aware=D(2025, 3, 3), date_notified=D(2025, 3, 4))
    services.record_rapid_review(joint, by=by, expected_version=joint.rapid_review.version, held_on=D(2025, 3, 24),
                                 decision="cspr", reasons="Criteria met", decision_agreed_on=D(2025, 4, 2))


def test_year_figures_match_the_annual_report(partnership, business_user):
    build_year(partnership, business_user)
    figures = year_figures(Case.objects.filter(partnership=partnership), D(2025, 4, 1), D(2026, 3, 31))
    assert figures.table() == [
        ("Notifications and referrals received", 10, 11, 0, 21),
        ("Rapid reviews held", 6, 8, 0, 14),
        ("Cases progressing to a full review (CSPR or SAR)", 2, 1, 1, 4),
    ]


def test_year_figures_respect_the_range_and_the_partnership(partnership, other_partnership, business_user,
                                                            outsider_user):
    build_year(partnership, business_user)
    services.register_case(partnership=other_partnership, by=outsider_user, pseudonym="Child Z", subject="child",
                           date_aware=D(2025, 5, 1))
    figures = year_figures(Case.objects.filter(partnership=partnership), D(2025, 3, 1), D(2025, 3, 31))
    assert figures.table()[0][1:] == (0, 0, 1, 1)   # only the joint case was received in March 2025
    assert figures.table()[1][1:] == (0, 0, 1, 1)
    assert figures.table()[2][1:] == (0, 0, 0, 0)   # its decision came in April
    assert sum(year_figures(Case.objects.filter(partnership=other_partnership), D(2025, 4, 1), D(2026, 3, 31)).referrals.values()) == 1


def test_dashboard_lists_soonest_breach_first_and_leaves_out_closed(partnership, business_user):
    later = factories.case(partnership, business_user, pseudonym="Child A", date_aware=D(2026, 3, 6), date_notified=None)
    overdue = factories.case(partnership, business_user, pseudonym="Child B", date_aware=D(2026, 2, 2),
                             date_notified=None)
    soon = factories.case(partnership, business_user, pseudonym="Child C", date_aware=D(2026, 3, 3), date_notified=None)
    closed = factories.decided(factories.case(partnership, business_user, pseudonym="Child D"), business_user,
                               decision=RapidReview.Decision.NO_FURTHER_REVIEW)
    rows = dashboard_rows(Case.objects.filter(partnership=partnership), clock_settings_for(partnership).rules())
    assert [r.case for r in rows] == [overdue, soon, later]
    assert closed not in [r.case for r in rows]
    assert rows[0].next_clock.status.state == "overdue"
    assert rows[0].unexplained_breaches


def test_open_action_plans_and_report_data(partnership, business_user, organisations):
    review = factories.review(partnership, business_user)
    rec = learning.add_recommendation(review, by=business_user, text="Share information", scope="single_agency",
                                      lead_organisation=organisations["police"])
    done = factories.recommendation(review, business_user, organisations["health"])
    action = learning.add_plan_action(rec, by=business_user, text="Train call handlers",
                                      owner_organisation=organisations["police"], due_date=D(2026, 6, 30), rag="amber")
    finished = learning.add_plan_action(done, by=business_user, text="Audit", owner_organisation=organisations["health"],
                                        due_date=D(2026, 4, 30))
    Action.objects.filter(pk=finished.pk).update(status=Action.Status.COMPLETED)
    learning.add_progress_update(rec, by=business_user, quarter_ending=D(2026, 1, 15), rag="amber", text="Half trained")
    plans = open_action_plans([review])
    assert [(r, [(x[0], x[1]) for x in recs]) for r, recs in plans] == [(review, [(rec, [action])])]
    data = learning_report_dict(partnership, plans, D(2026, 3, 9))
    assert data["period_start"] == D(2025, 9, 10)
    row = data["reviews"][0]["recommendations"][0]["actions"][0]
    assert row["rag"] == "amber" and row["owner_organisation"] == "Fenshire Police"
    assert row["latest_progress"] == "Half trained" and row["progress_on"] == D(2026, 3, 31)


def test_the_learning_report_gives_the_decisions_not_to_implement_of_its_six_months(partnership, business_user):
    review = factories.review(partnership, business_user)
    recent, older = (factories.recommendation(review, business_user, None) for _ in range(2))
    for rec, on in ((recent, D(2026, 2, 10)), (older, D(2026, 1, 6))):
        learning.decide_recommendation(rec, by=business_user, expected_version=rec.version, decision="not_accepted",
                                       reason=f"Reason {rec.number}", decided_on=on)
    assert not_accepted_between([review], D(2026, 2, 1), D(2026, 3, 9)) == [recent]
    data = learning_report_dict(partnership, [], D(2026, 3, 9), not_accepted_between([review], D(2025, 9, 10),
                                                                                      D(2026, 3, 9)))
    assert data["not_accepted"] == [
        {"review": "Child T", "number": 2, "text": "Improve information sharing", "reason": "Reason 2",
         "decided_on": D(2026, 1, 6)},
        {"review": "Child T", "number": 1, "text": "Improve information sharing", "reason": "Reason 1",
         "decided_on": D(2026, 2, 10)}]
