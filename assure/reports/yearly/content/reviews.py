"""Learning from reviews: the figures of the year split child / adult / joint (as the cabinet report's section 4.4
does), the reviews concluded in the period with their findings and recommendations, what was done about them (the
action plans in the shared log), any decision not to implement one with its reason (the decision the reviews app
records on each recommendation, dated in the period), and the reviews still ongoing.

Which cases: a children's report counts child and joint cases, an adults' report adult and joint, a joint report all.
Never a person's name: a published review is named by its published report's title (which passed the
identifiability check); any other by its type and the month the partners decided to hold it. Case pseudonyms are not
printed.

Definitions (dates in the period, inclusive): received = the date the partnership became aware; rapid review = the
date it was held; progressing to a full review = a CSPR or SAR decision agreed (the reviews app's `year_figures`);
started = a review of any kind whose decision was agreed; published = the review's publication date; ongoing = decided
by the end of the period, not published by then and not closed. Concluded = published in the period.
"""
from collections import Counter

from django.db.models import Prefetch

from assure.actions.models import Action
from assure.actions.queries import annotated
from assure.core import clock
from assure.core.dates import is_overdue
from assure.documents.compose import Bullets, Paragraph, Section, Table, paragraphs
from assure.reviews import queries as review_queries
from assure.reviews.models import (
    Case,
    ProgressUpdate,
    Publication,
    RapidReview,
    Recommendation,
    RecommendationAction,
    Review,
    Subject,
)

from .common import Live, Period, day, empty, month, plural

SUBJECTS = {"children": (Subject.CHILD, Subject.JOINT), "adults": (Subject.ADULT, Subject.JOINT),
            "joint": (Subject.CHILD, Subject.ADULT, Subject.JOINT)}
SUBJECT_WORDS = {Subject.CHILD: "Child", Subject.ADULT: "Adult", Subject.JOINT: "Joint"}
ROWS = (("referrals", "Notifications and referrals received"),
        ("rapid_reviews", "Rapid reviews held"),
        ("full_reviews", "Cases progressing to a full review (CSPR or SAR)"),
        ("started", "Reviews started (any kind)"),
        ("published", "Reviews published"),
        ("ongoing", "Reviews ongoing at the end of the period"))


def subjects(period: Period) -> tuple[str, ...]:
    return SUBJECTS.get(period.kind, SUBJECTS["joint"])


def _reviews(period: Period):
    return Review.objects.filter(partnership=period.partnership, case__subject__in=subjects(period))


def counts(period: Period) -> dict[str, Counter]:
    """Each row of the figures, counted by subject (four queries for the case figures, one for the reviews)."""
    cases = Case.objects.filter(partnership=period.partnership, subject__in=subjects(period))
    year = review_queries.year_figures(cases, period.starts_on, period.ends_on)
    started, published, ongoing = Counter(), Counter(), Counter()
    for subject, decided, published_on, stage in _reviews(period).values_list(
            "case__subject", "case__rapid_review__decision_agreed_on", "published_on", "stage"):
        if period.holds(decided):
            started[subject] += 1
        if period.holds(published_on):
            published[subject] += 1
        if _ongoing_at_end(period, decided, published_on, stage):
            ongoing[subject] += 1
    return {"referrals": year.referrals, "rapid_reviews": year.rapid_reviews, "full_reviews": year.full_reviews,
            "started": started, "published": published, "ongoing": ongoing}


def _ongoing_at_end(period, decided, published_on, stage) -> bool:
    return (decided is not None and decided <= period.ends_on and (published_on is None or published_on > period.ends_on)
            and stage != Review.Stage.CLOSED)


def figures(period: Period) -> dict:
    """{row: {"child": n, "adult": n, "joint": n, "total": n}}, with only the subjects the report's kind covers."""
    return {key: {**{subject: counter[subject] for subject in subjects(period)}, "total": sum(counter.values())}
            for key, counter in counts(period).items()}


def review_name(review: Review) -> str:
    """What a public report may call a review: its published report's title, else its type and when it was decided."""
    report = next((p for p in review.publications.all() if p.kind == Publication.Kind.REPORT and p.published_on), None)
    if report is not None:
        return report.title
    decided = _decided(review)
    return f"{review.get_kind_display()}, decided {month(decided)}" if decided else review.get_kind_display()


def _decided(review: Review):
    try:
        return review.case.rapid_review.decision_agreed_on
    except RapidReview.DoesNotExist:
        return None


def _loaded_reviews(period: Period) -> list[Review]:
    recommendations = (Recommendation.objects.select_related("lead_organisation").order_by("number")
                       .prefetch_related(Prefetch("progress_updates", queryset=ProgressUpdate.objects.order_by(
                           "-quarter_ending", "-id"))))
    return list(_reviews(period).select_related("case__rapid_review")
                .prefetch_related(Prefetch("publications", queryset=Publication.objects.order_by("id")),
                                  Prefetch("recommendations", queryset=recommendations))
                .order_by("published_on", "id"))


def reviews(period: Period) -> Live:
    table_counts = counts(period)
    columns = subjects(period)
    figures_table = Table(
        ("", *(SUBJECT_WORDS[s] for s in columns), "Total"),
        tuple((label, *(str(table_counts[key][s]) for s in columns), str(sum(table_counts[key].values())))
              for key, label in ROWS),
        caption=f"Safeguarding reviews, {period.words}", widths=(4,) + (1,) * (len(columns) + 1),
        numeric=tuple(range(1, len(columns) + 2)))
    has_data = any(sum(counter.values()) for counter in table_counts.values())
    blocks = [figures_table]
    if not has_data:
        blocks.insert(0, empty(f"No notification, referral, rapid review or review is recorded {period.between}."))
    loaded = _loaded_reviews(period)
    concluded = [r for r in loaded if period.holds(r.published_on)]
    ongoing = [r for r in loaded if _ongoing_at_end(period, _decided(r), r.published_on, r.stage)]
    actions = _plan_actions(period, loaded)
    not_accepted = _not_accepted(period, loaded)
    children = (_concluded_section(concluded, period), _done_section(actions, loaded, period),
                _not_implemented_section(not_accepted, loaded, period), _ongoing_section(ongoing, period))
    has_data = has_data or bool(concluded or ongoing or not_accepted or any(_relevant(a, period) for a in actions))
    return Live(tuple(blocks), has_data, children)


def _concluded_section(concluded: list[Review], period: Period) -> Section:
    title = "Reviews concluded in the period: findings and recommendations"
    if not concluded:
        return Section(title, (empty(f"No review was concluded (published) {period.between}."),))
    parts = []
    for review in concluded:
        blocks = [Paragraph(f"{review.get_kind_display()}, published on {day(review.published_on)}.")]
        findings = paragraphs(review.findings)
        blocks.extend(findings or (empty("No findings are recorded for this review."),))
        recommendations = list(review.recommendations.all())
        if recommendations:
            rows, rags = [], []
            for rec in recommendations:
                latest = next(iter(rec.progress_updates.all()), None)
                if rec.not_accepted:
                    progress, rag = "Not accepted", ""
                else:
                    progress, rag = (latest.get_rag_display(), latest.rag) if latest else ("No update yet", "")
                rows.append((str(rec.number), rec.text, rec.get_scope_display(), str(rec.lead_organisation or "–"),
                             progress))
                rags.append(rag)
            blocks.append(Table(("No.", "Recommendation", "Scope", "Lead", "Latest progress"), tuple(rows),
                                caption=f"Recommendations of {review_name(review)}", widths=(0.5, 5, 1.5, 2, 1.5),
                                rag_column=4, rags=tuple(rags)))
        else:
            blocks.append(empty("No recommendations are recorded for this review."))
        parts.append(Section(review_name(review), tuple(blocks)))
    return Section(title, (Paragraph(f"{plural(len(concluded), 'review was', 'reviews were')} concluded."),),
                   tuple(parts))


def _plan_actions(period: Period, loaded: list[Review]) -> list[Action]:
    """The action plans' actions of these reviews, with their effective due date (the action log's own rule)."""
    links = RecommendationAction.objects.filter(recommendation__review__in=[r.pk for r in loaded])
    return list(annotated(Action.objects.filter(recommendation_link__in=links))
                .select_related("recommendation_link__recommendation__review")
                .order_by("recommendation_link__recommendation__review_id",
                          "recommendation_link__recommendation__number", "id"))


def _relevant(action: Action, period: Period) -> bool:
    """An action the period's report speaks of: completed in it, or agreed by its end and still live."""
    agreed = action.created_at.date() if action.created_at else None
    return period.holds(action.completed_on) or (action.is_live and agreed is not None and agreed <= period.ends_on)


def _done_section(actions: list[Action], loaded: list[Review], period: Period) -> Section:
    title = "What was done about the recommendations"
    names = {review.pk: review_name(review) for review in loaded}
    relevant = [a for a in actions if _relevant(a, period)]
    if not relevant:
        return Section(title, (empty("No action on a review's recommendations was completed in the period or is "
                                     "still open."),))
    today = clock.today()
    completed = sum(1 for a in relevant if a.status == Action.Status.COMPLETED)
    live = [a for a in relevant if a.is_live]
    overdue = sum(1 for a in live if is_overdue(a.effective_due, True, today))
    rows = []
    for action in relevant:
        rec = action.recommendation_link.recommendation
        state = action.get_status_display()
        if action.status == Action.Status.COMPLETED and action.completed_on:
            state = f"Completed {day(action.completed_on)}"
        elif is_overdue(action.effective_due, action.is_live, today):
            state += " (overdue)"
        rows.append((names[rec.review_id], str(rec.number), action.text, str(action.owner_organisation or "–"),
                     day(action.effective_due) or "–", state, action.evidence_of_impact or "–"))
    summary = (f"{plural(completed, 'action was', 'actions were')} completed in the period; "
               f"{len(live)} {'is' if len(live) == 1 else 'are'} still open, {overdue} of them overdue "
               f"(as at {day(today)}).")
    return Section(title, (Paragraph(summary), Table(
        ("Review", "Rec.", "Action", "Owner", "Due", "Progress", "Evidence of impact"), tuple(rows),
        caption="The recommendations' action plans", widths=(2, 0.6, 3, 1.5, 1.2, 1.5, 2.5))))


def _not_accepted(period: Period, loaded: list[Review]) -> list[Recommendation]:
    """Recommendations the partnership decided, in the period, not to implement (the reviews app's recorded
    decision: `Recommendation.decision`, with its reason and date)."""
    return [rec for review in loaded for rec in review.recommendations.all()
            if rec.not_accepted and period.holds(rec.decided_on)]


def _not_implemented_section(not_accepted: list[Recommendation], loaded: list[Review], period: Period) -> Section:
    title = "Decisions not to implement a recommendation"
    if not not_accepted:
        return Section(title, (Paragraph("The partnership did not decide against implementing any finding or "
                                         f"recommendation of a review {period.between}."),))
    names = {review.pk: review_name(review) for review in loaded}
    items = tuple(f"{names[rec.review_id]}, recommendation {rec.number}: \u201c{rec.text}\u201d was not accepted "
                  f"on {day(rec.decided_on)}. Reason: {rec.decision_reason or 'none recorded'}."
                  for rec in sorted(not_accepted, key=lambda r: (r.decided_on, r.review_id, r.number)))
    return Section(title, (Bullets(items),))


def _ongoing_section(ongoing: list[Review], period: Period) -> Section:
    title = "Reviews ongoing at the end of the period"
    if not ongoing:
        return Section(title, (empty(f"No review was ongoing on {day(period.ends_on)}."),))
    rows = []
    for review in ongoing:
        if review.publication_deferred:
            publication = f"Deferred ({review.get_deferral_reason_display() or 'reason not given'})"
        elif review.publication_planned_on:
            publication = f"Planned for {day(review.publication_planned_on)}"
        else:
            publication = "Not yet planned"
        rows.append((review_name(review), review.get_stage_display(), publication))
    return Section(title, (Table(("Review", "Stage now", "Publication"), tuple(rows),
                                 caption=f"Reviews ongoing on {day(period.ends_on)}", widths=(4, 2, 2)),))
