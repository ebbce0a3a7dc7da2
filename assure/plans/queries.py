"""Reads of the business plan, as plain data (frozen dataclasses of strings, numbers and dates) for the pages and the
yearly report: the plan for a financial year (each priority standing that year, its objectives with the live state
of their evidence, and its RAG rating for each quarter), one priority's plan with its ratings history, the
priorities whose progress was slow in a period, and `plan_for_period`, which the yearly report reads (shape in
README.md). Queries do not grow with the number of objectives or pieces of evidence.

Evidence the person may not see (a review they are not named on, an assurance activity of a body they do not sit
on) is left out when the page passes `may_see` (ids of the reviews and activities they may see); the yearly report
passes nothing and reads it all.
"""
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils import timezone

from assure.actions import queries as action_queries
from assure.actions.models import Action
from assure.assurance.models import Activity
from assure.core import clock, dates
from assure.core.dates import financial_year_label, financial_year_of
from assure.partnerships.models import Priority
from assure.performance import periods, reading
from assure.performance import queries as performance_queries
from assure.performance.series import dataset_series
from assure.reviews.models import Review

from .models import Objective, Progress

# The GOV.UK tag colour of each rating; the words are always shown beside it (never colour alone).
RATING_TAGS = {Progress.Rating.GREEN: "govuk-tag--green", Progress.Rating.AMBER: "govuk-tag--yellow",
               Progress.Rating.RED: "govuk-tag--red"}
SLOW = (Progress.Rating.AMBER, Progress.Rating.RED)
KINDS = ("actions", "indicators", "activities", "reviews")


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence and its state now (or as at the end of the report's period)."""

    kind: str        # "action", "indicator", "activity" or "review"
    pk: int
    title: str       # the action's text, "CP-2YR Children on a plan for two years or more", the activity's title...
    state: str       # "Overdue (due 3 February 2026)", "4.1% in Q3 2025/26: Amber", "Reported", "Sign-off"
    tag: str         # the GOV.UK tag class for the state (shown with its words)
    url_name: str    # the record's page ("actions:detail"), with `url_kwargs`
    url_kwargs: dict = field(default_factory=dict)
    attention: bool = False   # overdue, rated red, or cancelled: worth a reader's eye


@dataclass(frozen=True)
class ObjectivePlan:
    pk: int
    text: str
    position: int
    version: int
    actions: tuple[Evidence, ...] = ()
    indicators: tuple[Evidence, ...] = ()
    activities: tuple[Evidence, ...] = ()
    reviews: tuple[Evidence, ...] = ()

    @property
    def evidence_count(self) -> int:
        return len(self.actions) + len(self.indicators) + len(self.activities) + len(self.reviews)

    @property
    def groups(self) -> list[tuple[str, tuple[Evidence, ...]]]:
        """The evidence by kind, with a heading, leaving out kinds with none."""
        return [(heading, items) for heading, items in (("Actions", self.actions), ("Indicators", self.indicators),
                                                        ("Assurance", self.activities), ("Reviews", self.reviews))
                if items]


@dataclass(frozen=True)
class Rating:
    """A priority's rating for one quarter."""

    quarter: str             # "2026-Q2"
    quarter_label: str       # "Q2 2026/27"
    months: str              # "Q2 2026/27 (July to September 2026)"
    code: str                # "green", "amber" or "red"
    label: str               # "On track", "Some concerns" or "Off track"
    narrative: str
    tag: str
    recorded_by: str
    recorded_on: datetime.date
    version: int

    @property
    def slow(self) -> bool:
        return self.code in SLOW


@dataclass(frozen=True)
class Cell:
    """One quarter of a priority's row in the year's matrix."""

    quarter: periods.Period
    rating: Rating | None
    started: bool            # a quarter not yet started cannot be rated


@dataclass(frozen=True)
class PriorityPlan:
    pk: int
    title: str
    description: str
    years: str               # "2025/26 to 2027/28", "from 2025/26" or ""
    objectives: tuple[ObjectivePlan, ...]
    ratings: tuple[Rating, ...]          # in the period (or all, for a priority's page), oldest first
    cells: tuple[Cell, ...] = ()         # the year's four quarters (the year's plan only)

    @property
    def latest(self) -> Rating | None:
        return self.ratings[-1] if self.ratings else None


@dataclass(frozen=True)
class YearPlan:
    year: int
    label: str                           # "2026/27"
    quarters: tuple[periods.Period, ...]
    priorities: tuple[PriorityPlan, ...]


# --- Evidence --------------------------------------------------------------------------------------------------

def _action_evidence(actions, today) -> dict[int, Evidence]:
    found = {}
    for action in action_queries.annotated(Action.objects.filter(pk__in=actions)):
        overdue = dates.is_overdue(action.effective_due, action.is_live, today)
        due = dates.due_label(action.effective_due, action.due_at_next_meeting)
        if action.status == Action.Status.COMPLETED:
            state = (f"Completed {action.completed_on:%-d %B %Y}" if action.completed_on else "Completed")
            tag = "govuk-tag--green"
        elif action.status == Action.Status.SUPERSEDED:
            state, tag = "Superseded", "govuk-tag--grey"
        elif overdue:
            state, tag = f"Overdue (due {due})", "govuk-tag--red"
        else:
            state, tag = f"{action.get_status_display()} (due {due})", "govuk-tag--blue"
        found[action.pk] = Evidence("action", action.pk, action.text, state, tag, "actions:detail",
                                    {"pk": action.pk}, attention=overdue)
    return found


def _indicator_evidence(partnership, indicator_ids, up_to) -> dict[int, Evidence]:
    indicators = list(performance_queries.live_indicators(partnership).filter(pk__in=indicator_ids)) + list(
        partnership.indicators.filter(pk__in=indicator_ids, retired_on__isnull=False))
    if not indicators:
        return {}
    approved = performance_queries.approved_quarters(partnership)
    found = {}
    for row in reading.rows(indicators, dataset_series(partnership, indicators, up_to=up_to), approved):
        indicator = row.indicator
        if row.latest is None:
            state = "No figure yet"
        else:
            state = f"{row.latest_text} in {row.latest.period.label}: {row.rating.label}"
            if row.draft:
                state += " (draft)"
        if indicator.retired_on:
            state += "; no longer collected"
        found[indicator.pk] = Evidence("indicator", indicator.pk, f"{indicator.code} {indicator.name}", state,
                                       row.rating.tag, "performance:indicator-detail",
                                       {"indicator_id": indicator.pk}, attention=row.rating.code == "red")
    return found


ACTIVITY_TAGS = {Activity.Status.PLANNED: "govuk-tag--grey", Activity.Status.IN_PROGRESS: "govuk-tag--blue",
                 Activity.Status.REPORTED: "govuk-tag--green", Activity.Status.COMPLETE: "govuk-tag--green",
                 Activity.Status.CANCELLED: "govuk-tag--red"}


def _activity_evidence(activity_ids) -> dict[int, Evidence]:
    found = {}
    for activity in Activity.objects.filter(pk__in=activity_ids):
        state = activity.get_status_display()
        if activity.reported_on and activity.status in (Activity.Status.REPORTED, Activity.Status.COMPLETE):
            state += f" {activity.reported_on:%-d %B %Y}"
        state += f" ({activity.get_kind_display()}, {activity.year_label})"
        found[activity.pk] = Evidence("activity", activity.pk, activity.title, state, ACTIVITY_TAGS[activity.status],
                                      "assurance:activity-detail", {"activity_id": activity.pk},
                                      attention=activity.status == Activity.Status.CANCELLED)
    return found


def _review_evidence(review_ids) -> dict[int, Evidence]:
    found = {}
    for review in Review.objects.filter(pk__in=review_ids).select_related("case"):
        state = f"Stage: {review.get_stage_display()}"
        if review.published_on:
            state = f"Published {review.published_on:%-d %B %Y}"
        tag = "govuk-tag--green" if review.stage == Review.Stage.CLOSED or review.published_on else "govuk-tag--blue"
        found[review.pk] = Evidence("review", review.pk, str(review), state, tag, "reviews:review-detail",
                                    {"review_id": review.pk})
    return found


@dataclass(frozen=True)
class MaySee:
    """The ids of the reviews and assurance activities a person may see (reviews.access, assurance.access)."""

    reviews: frozenset
    activities: frozenset


def _objectives(priorities, *, today, up_to, may_see: MaySee | None) -> dict[int, list[ObjectivePlan]]:
    """Each priority's objectives with their evidence, in six queries and the dataset's four."""
    objectives = list(Objective.objects.filter(priority__in=priorities).order_by("position", "pk"))
    links = {kind: defaultdict(list) for kind in KINDS}
    for kind in KINDS:
        through = getattr(Objective, kind).through
        column = {"actions": "action_id", "indicators": "indicator_id", "activities": "activity_id",
                  "reviews": "review_id"}[kind]
        for objective_id, record_id in through.objects.filter(objective__in=objectives).values_list(
                "objective_id", column):
            if kind == "reviews" and may_see is not None and record_id not in may_see.reviews:
                continue
            if kind == "activities" and may_see is not None and record_id not in may_see.activities:
                continue
            links[kind][objective_id].append(record_id)

    def ids(kind):
        return {pk for found in links[kind].values() for pk in found}

    partnership = priorities[0].partnership if priorities else None
    evidence = {"actions": _action_evidence(ids("actions"), today) if ids("actions") else {},
                "indicators": _indicator_evidence(partnership, ids("indicators"), up_to) if ids("indicators") else {},
                "activities": _activity_evidence(ids("activities")) if ids("activities") else {},
                "reviews": _review_evidence(ids("reviews")) if ids("reviews") else {}}
    found = defaultdict(list)
    for objective in objectives:
        pieces = {kind: tuple(sorted((evidence[kind][pk] for pk in links[kind][objective.pk] if pk in evidence[kind]),
                                     key=lambda e: (not e.attention, e.title.casefold())))
                  for kind in KINDS}
        found[objective.priority_id].append(ObjectivePlan(objective.pk, objective.text, objective.position,
                                                          objective.version, **pieces))
    return found


# --- Ratings ---------------------------------------------------------------------------------------------------

def _rating(progress: Progress, names: dict) -> Rating:
    quarter = periods.parse_period(progress.quarter)
    return Rating(quarter=progress.quarter, quarter_label=quarter.label, months=quarter.long_label,
                  code=progress.rating, label=progress.get_rating_display(), narrative=progress.narrative,
                  tag=RATING_TAGS[progress.rating], recorded_by=names.get(progress.recorded_by_id, ""),
                  recorded_on=timezone.localdate(progress.recorded_at), version=progress.version)


def _names(partnership, progress) -> dict:
    """Who recorded each rating, by the name the partnership knows them by (else their account's name)."""
    users = {p.recorded_by_id for p in progress if p.recorded_by_id}
    if not users:
        return {}
    names = dict(partnership.people.filter(user_id__in=users).values_list("user_id", "full_name"))
    for p in progress:
        if p.recorded_by_id and p.recorded_by_id not in names and p.recorded_by is not None:
            names[p.recorded_by_id] = p.recorded_by.get_full_name() or p.recorded_by.get_username()
    return names


def _ratings(partnership, priorities, quarters: list[periods.Period] | None) -> dict[int, list[Rating]]:
    """Each priority's ratings (in `quarters`, or all), oldest first."""
    progress = Progress.objects.filter(priority__in=priorities).select_related("recorded_by")
    if quarters is not None:
        progress = progress.filter(quarter__in=[q.code for q in quarters])
    progress = sorted(progress, key=lambda p: periods.parse_period(p.quarter))
    names = _names(partnership, progress)
    found = defaultdict(list)
    for p in progress:
        found[p.priority_id].append(_rating(p, names))
    return found


def quarters_of_year(year: int) -> list[periods.Period]:
    return [periods.quarter(year, number) for number in (1, 2, 3, 4)]


def quarters_in(starts_on: datetime.date, ends_on: datetime.date) -> list[periods.Period]:
    """The quarters a period reports on: those whose last day falls within it (a financial year: its four)."""
    if ends_on < starts_on:
        return []
    every = periods.quarters_between(periods.month_of(starts_on), periods.month_of(ends_on))
    return [q for q in every if starts_on <= q.end <= ends_on]


# --- The plan --------------------------------------------------------------------------------------------------

def priorities_in(partnership, years) -> list[Priority]:
    """The partnership's priorities standing in any of these financial years, in the partnership's order."""
    years = list(years)
    return [p for p in Priority.objects.filter(partnership=partnership).order_by("position", "title", "pk")
            if any(p.applies_in(year) for year in years)]


def plan_years(partnership) -> list[int]:
    """The financial years the plan page offers: from the earliest any priority stands (or is rated) to next year."""
    this_year = financial_year_of(clock.today())
    firsts = [y for y in Priority.objects.filter(partnership=partnership).values_list("first_year", flat=True)
              if y is not None]
    rated = [periods.parse_period(q).financial_year for q in
             Progress.objects.filter(priority__partnership=partnership).values_list("quarter", flat=True).distinct()]
    first = min([this_year, *firsts, *rated])
    return list(range(max(first, this_year - 10), this_year + 2))


def year_plan(partnership, year: int, *, may_see: MaySee | None = None) -> YearPlan:
    """The plan for one financial year: each priority standing that year, its objectives and evidence (state now),
    and its rating for each of the year's quarters."""
    today = clock.today()
    quarters = quarters_of_year(year)
    priorities = priorities_in(partnership, [year])
    objectives = _objectives(priorities, today=today, up_to=None, may_see=may_see)
    ratings = _ratings(partnership, priorities, quarters)
    plans = []
    for priority in priorities:
        by_quarter = {r.quarter: r for r in ratings[priority.pk]}
        cells = tuple(Cell(q, by_quarter.get(q.code), q.start <= today) for q in quarters)
        plans.append(PriorityPlan(priority.pk, priority.title, priority.description, priority.years,
                                  tuple(objectives[priority.pk]), tuple(ratings[priority.pk]), cells))
    return YearPlan(year, financial_year_label(year), tuple(quarters), tuple(plans))


def priority_plan(priority, *, may_see: MaySee | None = None) -> PriorityPlan:
    """One priority's plan: its objectives and their evidence (state now) and every rating it has, oldest first."""
    objectives = _objectives([priority], today=clock.today(), up_to=None, may_see=may_see)
    ratings = _ratings(priority.partnership, [priority], None)
    return PriorityPlan(priority.pk, priority.title, priority.description, priority.years,
                        tuple(objectives[priority.pk]), tuple(ratings[priority.pk]))


def rateable_quarters(priority, today=None) -> list[periods.Period]:
    """The quarters a rating can be recorded for, newest first: started, in the priority's years, and not yet rated;
    at most the last three financial years."""
    today = today or clock.today()
    this_year = financial_year_of(today)
    rated = set(Progress.objects.filter(priority=priority).values_list("quarter", flat=True))
    found = []
    for year in range(this_year, this_year - 3, -1):
        if not priority.applies_in(year):
            continue
        found += [q for q in reversed(quarters_of_year(year)) if q.start <= today and q.code not in rated]
    return found


def plan_for_period(partnership, starts_on: datetime.date, ends_on: datetime.date) -> list[PriorityPlan]:
    """What the yearly report reads for "Progress against our priorities": each priority standing in the period's
    financial years, its objectives with their evidence as at the period's end (the dataset read as at its last
    quarter; actions overdue at its last day), and its ratings for the quarters ending within the period. Every
    review and activity is included (the report is the business team's to edit). Empty when nothing stands."""
    quarters = quarters_in(starts_on, ends_on)
    years = sorted({financial_year_of(starts_on), financial_year_of(ends_on), *(q.financial_year for q in quarters)})
    priorities = priorities_in(partnership, range(years[0], years[-1] + 1))
    as_at = min(ends_on, clock.today())
    objectives = _objectives(priorities, today=as_at, up_to=periods.quarter_of(as_at), may_see=None)
    ratings = _ratings(partnership, priorities, quarters)
    return [PriorityPlan(p.pk, p.title, p.description, p.years, tuple(objectives[p.pk]), tuple(ratings[p.pk]))
            for p in priorities]


def slow_progress(partnership, starts_on: datetime.date, ends_on: datetime.date) -> list[tuple[PriorityPlan, Rating]]:
    """The priorities whose latest rating in the period is amber (some concerns) or red (off track), with that
    rating (its narrative says why), in the partnership's order. Reads only priorities and ratings."""
    quarters = quarters_in(starts_on, ends_on)
    priorities = list(Priority.objects.filter(partnership=partnership).order_by("position", "title", "pk"))
    ratings = _ratings(partnership, priorities, quarters)
    found = []
    for p in priorities:
        latest = ratings[p.pk][-1] if ratings[p.pk] else None
        if latest is not None and latest.slow:
            found.append((PriorityPlan(p.pk, p.title, p.description, p.years, (), tuple(ratings[p.pk])), latest))
    return found
