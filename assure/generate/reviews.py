"""Cases on their clocks: notification, rapid review with agency information, and for some a review with its panel,
recommendations, action plans in the action log and quarterly progress."""
import datetime

from assure.actions.models import Action
from assure.reviews import clocks
from assure.reviews.models import (
    Case,
    InformationRequest,
    PanelMember,
    ProgressUpdate,
    RapidReview,
    Recommendation,
    RecommendationAction,
    Review,
    Subject,
)
from assure.reviews.services import quarter_end

from . import words
from .meetings import _final_state, write_actions
from .writer import moment

DAY = datetime.timedelta(days=1)
Stage = Review.Stage
# Months after the decision each stage ends at: a review keeps to its six-month clock.
STAGE_ENDS = [(0.5, Stage.SCOPING), (1, Stage.COMMISSIONING), (2, Stage.AGENCY_REPORTS),
              (3, Stage.PRACTITIONER_EVENT), (3.5, Stage.FAMILY_INVOLVEMENT), (4.5, Stage.DRAFT),
              (5, Stage.SIGN_OFF), (6, Stage.PUBLICATION)]
LATE_STAGES = (Stage.DRAFT, Stage.SIGN_OFF, Stage.PUBLICATION, Stage.CLOSED)


def _between(rng, first: datetime.date, last: datetime.date) -> datetime.date:
    return first + datetime.timedelta(days=rng.randint(0, max(0, (last - first).days)))


def build_reviews(writer, area) -> None:
    rng, p, today = area.rng, area.partnership, area.today
    span = (today - area.start).days
    total = round(area.scale.cases_per_year * span / 365.25)
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    cases, rapid = [], []
    for n in range(total):
        aware = area.start + datetime.timedelta(days=int((n + rng.random()) * (span - 3) / max(1, total)))
        subject = rng.choices([Subject.CHILD, Subject.ADULT, Subject.JOINT], weights=[55, 35, 10])[0]
        letter = letters[n % len(letters)] + (str(n // len(letters) + 1) if n >= len(letters) else "")
        pseudonym = (words.PSEUDONYM_CHILD.format(letter) if subject != Subject.ADULT
                     else rng.choice(words.PSEUDONYM_ADULT).format(letter))
        notified = None
        if subject != Subject.ADULT:
            due = clocks.notification_due(aware)
            notified = _between(rng, aware + DAY, due)
            notified = notified if notified <= today else None
        case = Case(partnership=p, pseudonym=pseudonym, subject=subject, date_aware=aware, date_notified=notified,
                    referring_agency=rng.choice(area.organisations[1:]), created_at=moment(aware, 11),
                    created_by=area.actor, criteria_considered=f"Concerns about {area.topic()} in the family.")
        case._history_date = case.created_at
        rr = RapidReview(held_on=None)
        if aware <= today - datetime.timedelta(days=40):
            base = notified or aware
            rr.held_on = _between(rng, base + 5 * DAY, clocks.rapid_review_due(base))
            rr.decision_agreed_on = min(today, rr.held_on + datetime.timedelta(days=rng.randint(0, 3)))
            rr.decision = _decision(rng, subject, area.scale.review_share)
            rr.other_process = "Domestic Homicide Review" if rr.decision == RapidReview.Decision.OTHER_PROCESS else ""
            rr.reasons = f"The partners considered the learning about {area.topic()} and agreed this decision."
            if rr.decision not in RapidReview.LEADS_TO_REVIEW:
                case.closed_on = rr.decision_agreed_on
        cases.append(case)
        rapid.append(rr)
    cases = writer.create(Case, cases)
    for case, rr in zip(cases, rapid):
        rr.case = case
        rr._history_date = moment(rr.held_on or case.date_aware, 15)
    rapid = writer.create(RapidReview, rapid)
    requests = []
    for case, rr in zip(cases, rapid):
        if rr.held_on:
            for organisation in rng.sample(area.organisations[1:], min(3, len(area.organisations) - 1)):
                request = InformationRequest(rapid_review=rr, organisation=organisation, requested_on=case.date_aware,
                                             due_on=case.date_aware + 7 * DAY,
                                             returned_on=_between(rng, case.date_aware + DAY, rr.held_on))
                request._history_date = moment(case.date_aware, 12)
                requests.append(request)
    writer.create(InformationRequest, requests)
    _reviews(writer, area, [(case, rr) for case, rr in zip(cases, rapid) if rr.decision in RapidReview.LEADS_TO_REVIEW])


def _decision(rng, subject, review_share):
    D = RapidReview.Decision
    if rng.random() < review_share:
        if rng.random() < 0.25:
            return D.LEARNING_REVIEW
        return D.SAR if subject == Subject.ADULT or (subject == Subject.JOINT and rng.random() < 0.5) else D.CSPR
    return D.OTHER_PROCESS if rng.random() < 0.15 else D.NO_FURTHER_REVIEW


def _reviews(writer, area, cases) -> None:
    rng, today = area.rng, area.today
    reviews, closed_cases = [], []
    for case, rr in cases:
        decided = rr.decision_agreed_on
        kind = {RapidReview.Decision.CSPR: Review.Kind.CSPR, RapidReview.Decision.SAR: Review.Kind.SAR,
                RapidReview.Decision.LEARNING_REVIEW: Review.Kind.LEARNING_REVIEW}[rr.decision]
        if case.subject == Subject.JOINT and kind != Review.Kind.LEARNING_REVIEW:
            kind = Review.Kind.JOINT
        months = (today - decided).days / 30.4
        stage = next((s for end, s in STAGE_ENDS if months < end), Stage.CLOSED)
        topic = area.topic()
        review = Review(partnership=area.partnership, case=case, kind=kind, stage=stage,
                        independent_reviewer=rng.choice(area.reviewers),
                        terms_of_reference=f"How agencies worked together on {topic}.",
                        key_lines_of_enquiry=f"Information sharing; {topic}; escalation.")
        if stage in LATE_STAGES:
            review.findings = f"Agencies did not share what they knew about {topic} soon enough."
        if stage in (Stage.PUBLICATION, Stage.CLOSED):
            review.publication_planned_on = clocks.publication_due(decided) - datetime.timedelta(days=rng.randint(0, 20))
            notice_due = clocks.publication_notice_due(review.publication_planned_on)
            if notice_due <= today:
                review.notice_sent_on = notice_due - datetime.timedelta(days=rng.randint(0, 5))
        if stage == Stage.CLOSED:
            review.published_on = review.publication_planned_on
            case.closed_on = min(today, review.published_on + datetime.timedelta(days=rng.randint(1, 60)))
            case.version = 2
            case._history_date = moment(case.closed_on, 16)
            closed_cases.append(case)
        review._history_date, review._decided = moment(decided + DAY, 10), decided
        reviews.append(review)
    reviews = writer.create(Review, reviews)
    writer.update(Case, closed_cases, ["closed_on", "version"])

    panel, recommendations = [], []
    for review in reviews:
        for person in rng.sample(area.people, min(len(area.people), rng.randint(3, 5))):
            member = PanelMember(review=review, person=person)
            member._history_date = review._history_date
            panel.append(member)
        if review.stage in LATE_STAGES:
            for number in range(1, rng.randint(3, 6) + 1):
                rec = Recommendation(review=review, number=number, text=area.fill(rng.choice(words.RECOMMENDATIONS)),
                                     scope=rng.choice(Recommendation.Scope.values),
                                     lead_organisation=rng.choice(area.organisations[1:]))
                rec._history_date = moment(review._decided + 120 * DAY, 11)
                if rng.random() < 0.1:
                    rec.decision = Recommendation.Decision.NOT_ACCEPTED
                    rec.decision_reason = "Already covered by a national programme the partners take part in."
                    rec.decided_on, rec.decided_by = rec._history_date.date(), area.actor
                recommendations.append(rec)
    writer.create(PanelMember, panel)
    recommendations = writer.create(Recommendation, recommendations)

    plans, links, progress = [], [], []
    for rec in recommendations:
        review = rec.review
        if rec.not_accepted or review.stage != Stage.CLOSED:
            continue
        start = review.published_on
        for _ in range(rng.randint(1, 2)):
            due = start + datetime.timedelta(days=rng.randint(90, 270))
            owner = rec.lead_organisation
            action = _plan_action(area, rec, owner, due, start)
            plans.append((action, [owner.short_name or owner.name], _final_state(rng, start, due, today)))
            links.append(rec)
        quarter = quarter_end(start)
        for _ in range(rng.randint(1, 3)):
            written = quarter + datetime.timedelta(days=rng.randint(5, 20))
            if written > today:
                break
            update = ProgressUpdate(recommendation=rec, quarter_ending=quarter, rag=rng.choice(ProgressUpdate.Rag.values),
                                    text=rng.choice(words.UPDATE_TEXTS), created_at=moment(written, 10),
                                    created_by=area.actor)
            update._history_date = update.created_at
            progress.append(update)
            quarter = quarter_end(quarter + DAY)
    actions = write_actions(writer, area, plans)
    writer.create(RecommendationAction, [RecommendationAction(recommendation=rec, action=action)
                                         for rec, action in zip(links, actions)])
    writer.create(ProgressUpdate, progress)


def _plan_action(area, rec, organisation, due, start):
    return Action(partnership=area.partnership, text=f"Recommendation {rec.number}: {rec.text}", due_date=due,
                  owner_organisation=organisation, created_at=moment(start, 12), created_by=area.actor)
