"""Reads of assurance: the programme (the year's activities with their counts, one activity's findings and
recommendations with their actions, the board's overview of what was learnt, done and still open) and the risk
register (the list with its scores, the heat map, the top and overdue risks, score history)."""
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote

from django.db import transaction
from django.db.models import Count, F, OuterRef, Prefetch, Q, Subquery

from assure.actions.models import Action
from assure.core.history import NOT_RECORDED

from . import scoring
from .models import (
    DEFAULT_STAGES,
    Activity,
    ComplaintTimescales,
    EscalationStage,
    EscalationStep,
    Finding,
    Inspection,
    Recommendation,
    RecommendationAction,
    Risk,
    RiskAction,
)

TOP = 5   # how many of the highest current scores the heat map page lists


def register(partnership):
    """The partnership's risks with `score` (the current score) for sorting and filtering by band."""
    return (Risk.objects.filter(partnership=partnership)
            .select_related("owner", "owner_organisation", "body")
            .annotate(score=F("current_likelihood") * F("current_impact"))
            .order_by("number"))


def open_risks(partnership):
    return register(partnership).filter(status=Risk.Status.OPEN)


@dataclass(frozen=True)
class Cell:
    likelihood: int
    impact: int
    count: int

    @property
    def score(self) -> int:
        return scoring.score(self.likelihood, self.impact)

    @property
    def band(self) -> scoring.Band:
        return scoring.band(self.score)


@dataclass(frozen=True)
class HeatMapRow:
    likelihood: int
    label: str
    cells: list


def heat_map(partnership) -> list[HeatMapRow]:
    """Open risks counted by current likelihood (rows, 5 at the top) and current impact (columns, 1 to 5)."""
    counts = {(row["current_likelihood"], row["current_impact"]): row["n"] for row in
              open_risks(partnership).order_by().values("current_likelihood", "current_impact").annotate(n=Count("id"))}
    return [HeatMapRow(likelihood, scoring.LIKELIHOOD[likelihood],
                       [Cell(likelihood, impact, counts.get((likelihood, impact), 0)) for impact in scoring.IMPACT])
            for likelihood in sorted(scoring.LIKELIHOOD, reverse=True)]


def top_risks(partnership, limit: int = TOP) -> list[Risk]:
    """The open risks with the highest current scores (then the higher impact, then the older reference)."""
    return list(open_risks(partnership).order_by("-score", "-current_impact", "number")[:limit])


def overdue_reviews(partnership, today) -> list[Risk]:
    return list(open_risks(partnership).filter(review_date__lt=today).order_by("review_date", "number"))


def further_actions(risk: Risk) -> list[Action]:
    """The risk's further actions from the shared action log, soonest due first, with their owners."""
    links = (RiskAction.objects.filter(risk=risk).select_related("action", "action__owner_organisation")
             .prefetch_related(Prefetch("action__owners")).order_by("action__due_date", "action__id"))
    return [link.action for link in links]


@dataclass(frozen=True)
class Scoring:
    """The three scores as they stood after one saved change."""

    when: datetime
    who: str
    inherent: int
    current: int
    target: int
    note: str = ""


def score_history(risk: Risk, names: dict | None = None) -> list[Scoring]:
    """Newest first: each saved version of the risk whose scores differ from the version before it."""
    names = names or {}
    records = sorted(risk.history.select_related("history_user"), key=lambda r: (r.history_date, r.history_id))
    rows, last = [], None
    for record in records:
        scores = (scoring.score(record.inherent_likelihood, record.inherent_impact),
                  scoring.score(record.current_likelihood, record.current_impact),
                  scoring.score(record.target_likelihood, record.target_impact))
        if scores != last:
            user = record.history_user
            who = (names.get(user.pk) or user.get_full_name() or user.get_username()) if user else NOT_RECORDED
            rows.append(Scoring(record.history_date, who, *scores, note=record.history_change_reason or ""))
            last = scores
    rows.reverse()
    return rows


def direction_of_travel(risk: Risk, history: list[Scoring]) -> str:
    """The current score against the one before its latest change, or against the inherent score if never changed."""
    previous = scoring.previous_score(risk.current_score, [row.current for row in history])
    return scoring.direction(risk.current_score, risk.inherent_score if previous is None else previous)


# --- The programme ---------------------------------------------------------------------------------------------------

_LIVE = Q(recommendations__action_links__action__status__in=Action.LIVE)
_DONE = Q(recommendations__action_links__action__status=Action.Status.COMPLETED)


def programme(activities):
    """Activities (already limited to what the user may see) with counts for the programme list."""
    return (activities.select_related("owner_body", "reporting_body", "lead")
            .annotate(recommendation_count=Count("recommendations", distinct=True),
                      live_actions=Count("recommendations__action_links", filter=_LIVE, distinct=True),
                      done_actions=Count("recommendations__action_links", filter=_DONE, distinct=True))
            .order_by("-year", F("planned_report").asc(nulls_first=True), F("planned_start").asc(nulls_first=True),
                      "title", "id"))


def _actions():
    return Prefetch("action_links", queryset=RecommendationAction.objects.select_related(
        "action", "action__owner_organisation").prefetch_related("action__owners__person").order_by("action__due_date"))


def findings(activity) -> list[Finding]:
    return list(activity.findings.select_related("organisation"))


def recommendations(activity) -> list[Recommendation]:
    return list(activity.recommendations.select_related("organisation", "finding").prefetch_related(_actions()))


@dataclass
class Learnt:
    """One activity in the overview: what it found, what was done about it, what is still open."""

    activity: Activity
    findings: list = field(default_factory=list)
    done: list = field(default_factory=list)     # completed actions, with their evidence of impact
    open: list = field(default_factory=list)     # live actions

    @property
    def without_evidence(self) -> int:
        return sum(1 for action in self.done if not action.evidence_of_impact.strip())


def overview(activities) -> list[Learnt]:
    """Per activity (already filtered): findings, completed actions and live actions, in three queries."""
    activities = list(activities.select_related("reporting_body").prefetch_related(
        Prefetch("findings", queryset=Finding.objects.select_related("organisation")),
        Prefetch("recommendations", queryset=Recommendation.objects.prefetch_related(_actions()))))
    out = []
    for activity in activities:
        learnt = Learnt(activity, findings=list(activity.findings.all()))
        for recommendation in activity.recommendations.all():
            for link in recommendation.action_links.all():
                if link.action.status == Action.Status.COMPLETED:
                    learnt.done.append(link.action)
                elif link.action.status in Action.LIVE:
                    learnt.open.append(link.action)
        out.append(learnt)
    return out
# --- escalations and complaints: the partnership's settings, made with the defaults on first use

def escalation_stages(partnership) -> list[EscalationStage]:
    """The partnership's escalation stages in order; the common four (DEFAULT_STAGES) the first time it is asked."""
    stages = list(EscalationStage.objects.filter(partnership=partnership).order_by("number"))
    if not stages:
        with transaction.atomic():
            for number, (name, days) in enumerate(DEFAULT_STAGES, start=1):
                EscalationStage.objects.get_or_create(partnership=partnership, number=number,
                                                      defaults={"name": name, "working_days": days})
        stages = list(EscalationStage.objects.filter(partnership=partnership).order_by("number"))
    return stages


def timescales_for(partnership) -> ComplaintTimescales:
    """The partnership's complaint timescales, made with the defaults (3 and 20 working days) on first use."""
    timescales, _ = ComplaintTimescales.objects.get_or_create(partnership=partnership)
    return timescales


# --- inspections

def inspections(activities):
    """The inspections among `activities` (already limited to what the person may see), soonest first."""
    return (Inspection.objects.filter(activity__in=activities)
            .select_related("activity", "activity__reporting_body")
            .order_by("-activity__year", F("start_date").asc(nulls_first=True), "activity__title"))


def linked_actions(links) -> list[Action]:
    """The actions of link rows (`action`), soonest due first, with their owners."""
    links = links.select_related("action", "action__owner_organisation").prefetch_related("action__owners")
    return [link.action for link in links.order_by("action__due_date", "action__id")]


# --- escalations

def escalation_log(partnership_escalations):
    """Escalations with the stage each reached (`stage_reached`, the latest step's stage) for filtering."""
    latest = EscalationStep.objects.filter(escalation=OuterRef("pk")).order_by("-started_on", "-id")
    return (partnership_escalations
            .select_related("raised_by_organisation", "about_organisation")
            .prefetch_related(Prefetch("steps", queryset=EscalationStep.objects.select_related("stage")))
            .annotate(stage_reached=Subquery(latest.values("stage_id")[:1])))


NO_THEME = "No theme recorded"


@dataclass(frozen=True)
class Recurring:
    agency: str
    agency_id: int
    theme: str
    count: int
    open: int

    @property
    def link(self) -> str:
        """The log filtered to these escalations (its query string)."""
        theme = "" if self.theme == NO_THEME else f"&theme={quote(self.theme)}"
        return f"?about={self.agency_id}{theme}"


def recurring_issues(escalations) -> list[Recurring]:
    """Escalations counted by the agency they were about and their learning theme, most first: the recurring
    issues an escalation policy asks the partnership to look for."""
    rows = (escalations.order_by().values("about_organisation", "about_organisation__name", "learning_theme")
            .annotate(n=Count("id"), still_open=Count("id", filter=Q(resolved_on__isnull=True))))
    counted = {}
    for row in rows:   # themes typed with different capitals are one theme
        key = (row["about_organisation"], row["learning_theme"].strip().lower())
        agency, theme, n, still_open = counted.get(key, (row["about_organisation__name"], row["learning_theme"], 0, 0))
        counted[key] = (agency, theme, n + row["n"], still_open + row["still_open"])
    found = [Recurring(agency, agency_id, theme or NO_THEME, n, still_open)
             for (agency_id, _), (agency, theme, n, still_open) in counted.items()]
    return sorted(found, key=lambda r: (-r.count, r.agency, r.theme))


def past_their_clock(escalations, today) -> list:
    """Open escalations whose current stage has taken longer than its working days, longest over first."""
    late = []
    for escalation in escalations.filter(resolved_on__isnull=True):
        step = escalation.current_step()
        clock = step.clock(today) if step is not None else None
        if clock is not None and clock.past_clock:
            late.append((escalation, step, clock))
    return sorted(late, key=lambda row: (-row[2].days_over, row[0].number))
