"""Reads that are more than a filter: each case's clocks, the dashboard order, the year's figures."""
import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import F, Prefetch, Window
from django.db.models.functions import RowNumber

from assure.actions.models import Action, ActionUpdate
from assure.core import clock
from assure.core.history import history_rows
from assure.jobs.models import Job

from . import clocks
from .models import (
    BreachReason,
    Case,
    ClockSettings,
    PanelMember,
    ProgressUpdate,
    Publication,
    RapidReview,
    Recommendation,
    Review,
    Subject,
)


def clock_settings_for(partnership) -> ClockSettings:
    settings, _ = ClockSettings.objects.get_or_create(partnership=partnership)
    return settings


@dataclass
class CaseClock:
    key: str                     # BreachReason.Clock value
    label: str
    status: clocks.ClockStatus
    starts_from: str             # what the clock counts from, in words
    reason: BreachReason | None = None

    @property
    def needs_reason(self) -> bool:
        return self.status.is_breached and self.reason is None


def _rapid_review(case):
    try:
        return case.rapid_review
    except RapidReview.DoesNotExist:
        return None


def _review(case):
    try:
        return case.review
    except Review.DoesNotExist:
        return None


def case_clocks(case: Case, rules: clocks.ClockRules, today: datetime.date | None = None) -> list[CaseClock]:
    """Every clock that has started for this case, with its state and any recorded reason for a breach."""
    today = today or clock.today()
    reasons = {r.clock: r for r in case.breach_reasons.all()}
    rr = _rapid_review(case)
    review = _review(case)
    result = []

    def add(key, due, completed, starts_from):
        status = clocks.clock_status(key, due, today=today, completed_on=completed)
        result.append(CaseClock(key, BreachReason.Clock(key).label, status, starts_from, reasons.get(key)))

    if case.needs_national_panel_notification:
        add(BreachReason.Clock.NOTIFICATION, clocks.notification_due(case.date_aware, rules), case.date_notified,
            f"{rules.notification_working_days} working days after the partnership became aware")
        start = case.date_notified or clocks.notification_due(case.date_aware, rules)
        start_words = "the notification" if case.date_notified else "the date the notification is due"
    else:
        start, start_words = case.date_aware, "the referral"  # adults: the partnership's own target
    add(BreachReason.Clock.RAPID_REVIEW, clocks.rapid_review_due(start, rules), rr.held_on if rr else None,
        f"{rules.rapid_review_working_days} working days after {start_words}")

    if rr and rr.decision_agreed_on and rr.leads_to_review:
        adults_only = rr.decision == RapidReview.Decision.SAR or (review and review.kind == Review.Kind.SAR)
        if adults_only:
            due = clocks.sar_due(rr.decision_agreed_on, rules)
            words = f"{rules.sar_target_months} months after the decision (the partnership's SAR target)"
        else:
            due = clocks.publication_due(rr.decision_agreed_on, rules)
            words = f"{rules.publication_months} months after the decision to review"
        add(BreachReason.Clock.PUBLICATION, due, review.published_on if review else None, words)
        publish_date = review and (review.published_on or review.publication_planned_on)
        if publish_date and not adults_only:
            add(BreachReason.Clock.PUBLICATION_NOTICE, clocks.publication_notice_due(publish_date, rules),
                review.notice_sent_on,
                f"{rules.publication_notice_working_days} working days before publication")
    return result


def find_clock(case_clocks_list, key):
    return next((c for c in case_clocks_list if c.key == key), None)


@dataclass
class DashboardRow:
    case: Case
    review: Review | None
    clocks: list = field(default_factory=list)

    @property
    def next_clock(self) -> CaseClock | None:
        """The running clock due soonest (overdue ones first), else a breach still awaiting its reason."""
        running = [c for c in self.clocks if c.status.is_running]
        if running:
            return min(running, key=lambda c: c.status.due)
        unexplained = [c for c in self.clocks if c.needs_reason]
        return unexplained[0] if unexplained else None

    @property
    def unexplained_breaches(self):
        return [c for c in self.clocks if c.needs_reason]


def dashboard_rows(cases, rules, today=None) -> list[DashboardRow]:
    """Live cases, soonest breach first; cases with no running clock last."""
    today = today or clock.today()
    cases = (cases.filter(closed_on__isnull=True)
             .select_related("rapid_review", "review", "referring_agency")
             .prefetch_related("breach_reasons"))
    rows = [DashboardRow(case, _review(case), case_clocks(case, rules, today)) for case in cases]

    def key(row):
        nxt = row.next_clock
        return (nxt is None, nxt.status.due if nxt else datetime.date.max, row.case.pk)

    return sorted(rows, key=key)


# Decisions counted as progressing to a full review in the year report.
FULL_REVIEW_DECISIONS = (RapidReview.Decision.CSPR, RapidReview.Decision.SAR)


@dataclass
class YearFigures:
    start: datetime.date
    end: datetime.date
    referrals: Counter
    rapid_reviews: Counter
    full_reviews: Counter

    ROWS = (("referrals", "Notifications and referrals received"),
            ("rapid_reviews", "Rapid reviews held"),
            ("full_reviews", "Cases progressing to a full review (CSPR or SAR)"))

    def table(self):
        """[(label, child, adult, joint, total)] in the order of the annual report."""
        rows = []
        for attr, label in self.ROWS:
            counts = getattr(self, attr)
            rows.append((label, counts[Subject.CHILD], counts[Subject.ADULT], counts[Subject.JOINT],
                         sum(counts.values())))
        return rows


def year_figures(cases, start: datetime.date, end: datetime.date) -> YearFigures:
    """Counts for the annual report among `cases` (one partnership's, as far as the person may see them),
    by child / adult / joint, for dates from `start` to `end` inclusive."""
    def by_subject(queryset):
        return Counter(queryset.values_list("subject", flat=True))

    referrals = by_subject(cases.filter(date_aware__range=(start, end)))
    held = by_subject(cases.filter(rapid_review__held_on__range=(start, end)))
    full = by_subject(cases.filter(rapid_review__decision__in=FULL_REVIEW_DECISIONS,
                                   rapid_review__decision_agreed_on__range=(start, end)))
    return YearFigures(start, end, referrals, held, full)


def _newest(queryset, parent: str, *order):
    """Only the newest record of `queryset` for each `parent` (by `order`): a prefetch of the one a page shows,
    not of every update over the years."""
    return queryset.annotate(newness=Window(RowNumber(), partition_by=[F(parent)], order_by=list(order))).filter(
        newness=1)


def open_action_plans(reviews):
    """Reviews with at least one recommendation whose action plan has a live action, for the learning report.

    Returns [(review, [(recommendation, [actions], latest progress update or None)])]; each action carries its
    newest update as `updates_newest_first` (a list of at most one, fetched together, not one query per action).
    """
    live = Action.objects.filter(status__in=Action.LIVE)
    newest_update = _newest(ActionUpdate.objects.all(), "action_id", F("created_at").desc(), F("id").desc())
    latest_progress = _newest(ProgressUpdate.objects.all(), "recommendation_id", F("quarter_ending").desc(),
                              F("id").desc())
    recs = (Recommendation.objects.filter(review__in=reviews, plan_links__action__in=live).distinct()
            .select_related("review", "review__case", "lead_organisation")
            .prefetch_related(Prefetch("progress_updates", queryset=latest_progress, to_attr="latest_progress"),
                              Prefetch("plan_links__action", queryset=Action.objects.select_related("owner_organisation")
                                       .prefetch_related("owners__person", Prefetch(
                                           "updates", queryset=newest_update, to_attr="updates_newest_first"))))
            .order_by("review_id", "number"))
    grouped: dict = {}
    for rec in recs:
        actions = [link.action for link in rec.plan_links.all()]
        grouped.setdefault(rec.review, []).append((rec, actions, next(iter(rec.latest_progress), None)))
    return list(grouped.items())


def not_accepted_between(reviews, start: datetime.date, end: datetime.date) -> list[Recommendation]:
    """Recommendations of `reviews` the partnership decided, from `start` to `end`, not to implement."""
    return list(Recommendation.objects.filter(review__in=reviews, decision=Recommendation.Decision.NOT_ACCEPTED,
                                              decided_on__range=(start, end))
                .select_related("review", "review__case").order_by("decided_on", "review_id", "number"))


def learning_report_period(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    """The six months up to today."""
    return clocks.add_months(today, -6) + datetime.timedelta(days=1), today


def learning_report(partnership, today: datetime.date) -> dict:
    """What the six-monthly learning report shows: every open action plan of the partnership (the report goes to the
    whole Executive Board) and the decisions of the six months not to implement a recommendation."""
    start, end = learning_report_period(today)
    reviews = Review.objects.filter(partnership=partnership)
    return {"plans": open_action_plans(reviews), "today": today, "period_start": start, "period_end": end,
            "not_accepted": not_accepted_between(reviews, start, end)}


def learning_report_dict(partnership, plans, today: datetime.date, not_accepted=()) -> dict:
    """Plain data for exports.six_monthly_report_docx: no model crosses into the document builder."""
    start, end = learning_report_period(today)
    reviews = []
    for review, recs in plans:
        recommendations = []
        for rec, actions, latest in recs:
            rows = []
            for action in actions:
                update = next(iter(action.updates_newest_first), None)   # prefetched by open_action_plans
                rows.append({
                    "text": action.text,
                    "owner_organisation": str(action.owner_organisation or ""),
                    "owner_people": ", ".join(o.person.full_name for o in action.owners.all() if o.person_id),
                    "due": action.due_date,
                    "rag": action.rag or "",
                    "status": action.get_status_display(),
                    "latest_progress": update.text if update else (latest.text if latest else ""),
                    "progress_on": update.created_at.date() if update else (latest.quarter_ending if latest else None),
                    "evidence_of_impact": action.evidence_of_impact,
                })
            recommendations.append({"number": rec.number, "text": rec.text, "scope": rec.scope,
                                    "lead_organisation": str(rec.lead_organisation or ""), "actions": rows})
        reviews.append({"title": review.case.pseudonym, "kind": review.get_kind_display(),
                        "stage": review.get_stage_display(), "recommendations": recommendations})
    declined = [{"review": rec.review.case.pseudonym, "number": rec.number, "text": rec.text,
                 "reason": rec.decision_reason, "decided_on": rec.decided_on} for rec in not_accepted]
    return {"partnership": partnership.name, "period_start": start, "period_end": end, "prepared_on": today,
            "reviews": reviews, "not_accepted": declined}


def review_history_rows(review, partnership):
    """Who changed what on the review, its panel, its recommendations and its documents, newest first."""
    return history_rows(review, partnership=partnership, related=[
        PanelMember.history.filter(review_id=review.pk), Recommendation.history.filter(review_id=review.pk),
        Publication.history.filter(review_id=review.pk)])


def checks_under_way(review):
    """The uploads of this review still being read and checked (the job "reviews.identifiability", ADR 0149)."""
    return (Job.objects.filter(partnership_id=review.partnership_id, kind="reviews.identifiability",
                               params__review_id=review.pk)
            .exclude(status__in=[Job.Status.DONE, Job.Status.FAILED]).order_by("created_at", "id"))
