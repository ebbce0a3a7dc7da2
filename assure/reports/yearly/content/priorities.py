"""Progress against the priorities (the business plan) and the priorities that continue into the next year.

A priority stands in the period when it applies in a financial year the period overlaps (`Priority.applies_in`).
Its objectives and their evidence (actions, indicators, assurance activities, reviews) and its quarterly progress
ratings are read from the plans app's models directly; a quarter counts when it overlaps the period. Progress was
slow where the latest rating in the period is amber or red. The section has data once a quarter of the period is
rated (the plan alone is not progress)."""
import datetime

from django.db.models import Prefetch

from assure.actions.models import Action
from assure.core import clock
from assure.core.dates import financial_year_label, financial_year_of, is_overdue
from assure.documents.compose import Bullets, Paragraph, Section, Table
from assure.partnerships.models import Priority
from assure.performance import periods
from assure.plans.models import Objective, Progress

from .common import Live, Period, nothing, plural

SLOW = (Progress.Rating.AMBER, Progress.Rating.RED)


def standing(period: Period, years: list[int] | None = None) -> list[Priority]:
    years = period.financial_years if years is None else years
    return [p for p in Priority.objects.filter(partnership=period.partnership).order_by("position", "title")
            if any(p.applies_in(year) for year in years)]


def _quarter(code: str) -> periods.Period | None:
    try:
        return periods.parse_period(code)
    except (ValueError, periods.PeriodError):
        return None


def progress_in(period: Period, priorities: list[Priority]) -> dict[int, list[tuple[periods.Period, Progress]]]:
    """Each priority's ratings for quarters overlapping the period, oldest first."""
    found: dict[int, list] = {p.pk: [] for p in priorities}
    for progress in Progress.objects.filter(priority__in=priorities):
        quarter = _quarter(progress.quarter)
        if quarter and quarter.start <= period.ends_on and quarter.end >= period.starts_on:
            found[progress.priority_id].append((quarter, progress))
    for rows in found.values():
        rows.sort(key=lambda row: row[0].start)
    return found


def _objectives(priorities: list[Priority]) -> dict[int, list[Objective]]:
    objectives = (Objective.objects.filter(priority__in=priorities).order_by("position", "pk")
                  .prefetch_related(Prefetch("actions", queryset=Action.objects.order_by("id")),
                                    "indicators", "activities", "reviews"))
    grouped: dict[int, list] = {p.pk: [] for p in priorities}
    for objective in objectives:
        grouped[objective.priority_id].append(objective)
    return grouped


def _evidence(objective: Objective, today: datetime.date) -> str:
    parts = []
    actions = list(objective.actions.all())
    if actions:
        done = sum(1 for a in actions if a.status == Action.Status.COMPLETED)
        live = [a for a in actions if a.is_live]
        # Actions due at a next meeting count by their own date only here: the plan's actions carry dates.
        overdue = sum(1 for a in live if is_overdue(a.due_date, True, today))
        parts.append(f"{plural(len(actions), 'action')} ({done} completed, {len(live)} open, {overdue} overdue)")
    indicators = [i.name for i in objective.indicators.all()]
    if indicators:
        parts.append("indicators: " + "; ".join(indicators))
    activities = [a.title for a in objective.activities.all()]
    if activities:
        parts.append("assurance: " + "; ".join(activities))
    reviews = list(objective.reviews.all())
    if reviews:
        parts.append(plural(len(reviews), "review"))
    return ", ".join(parts) if parts else "no evidence linked yet"


def priorities(period: Period) -> Live:
    found = standing(period)
    if not found:
        return nothing(f"No priority of the partnership stands in {period.years_words}.")
    objectives = _objectives(found)
    progress = progress_in(period, found)
    today = clock.today()
    children = []
    for priority in found:
        blocks = []
        if priority.description.strip():
            blocks.append(Paragraph(priority.description.strip()))
        if priority.years:
            blocks.append(Paragraph(f"A priority for {priority.years}.", "note"))
        if objectives[priority.pk]:
            blocks.append(Bullets(tuple(f"{o.text} (evidence: {_evidence(o, today)})" for o in objectives[priority.pk])))
        else:
            blocks.append(Paragraph("No objectives are recorded for this priority.", "empty"))
        rows = progress[priority.pk]
        if rows:
            blocks.append(Table(("Quarter", "Rating", "Progress"),
                                tuple((q.label, p.get_rating_display(), p.narrative) for q, p in rows),
                                caption=f"{priority.title}: progress each quarter", widths=(1, 1.2, 5),
                                rag_column=1, rags=tuple(p.rating for _, p in rows)))
        else:
            blocks.append(Paragraph("No progress rating is recorded for a quarter of the period.", "empty"))
        children.append(Section(priority.title, tuple(blocks)))
    children.append(_slow_section(found, progress))
    intro = Paragraph(f"The partnership worked to {plural(len(found), 'priority', 'priorities')} in the period.")
    # The plan alone is not progress: the section holds data for the period once a quarter of it is rated.
    return Live((intro,), any(progress.values()), tuple(children))


def slow(found: list[Priority], progress: dict) -> list[tuple[Priority, periods.Period, Progress]]:
    return [(priority, *progress[priority.pk][-1]) for priority in found
            if progress[priority.pk] and progress[priority.pk][-1][1].rating in SLOW]


def _slow_section(found: list[Priority], progress: dict) -> Section:
    title = "Where progress was slow"
    slow_ones = slow(found, progress)
    if not slow_ones:
        rated = [p for p in found if progress[p.pk]]
        words = ("No priority's latest rating in the period was amber or red." if rated
                 else "No progress rating is recorded for the period, so Assure cannot say where progress was slow.")
        return Section(title, (Paragraph(words, "" if rated else "empty"),))
    return Section(title, (Bullets(tuple(f"{priority.title}: {p.get_rating_display().lower()} ({quarter.label}). "
                                         f"{p.narrative}" for priority, quarter, p in slow_ones)),))


def next_year(period: Period) -> Live:
    following = financial_year_of(period.ends_on + datetime.timedelta(days=1))
    found = standing(period, [following])
    label = financial_year_label(following)
    if not found:
        return nothing(f"No priority is set for {label} yet.")
    objectives = _objectives(found)
    items = []
    for priority in found:
        count = len(objectives[priority.pk])
        continuing = any(priority.applies_in(year) for year in period.financial_years)
        words = "continues" if continuing else "new"
        items.append(f"{priority.title} ({words}; {plural(count, 'objective')})"
                     + (f": {priority.description.strip()}" if priority.description.strip() else ""))
    return Live((Paragraph(f"The partnership's priorities for {label}:"), Bullets(tuple(items))), True)
