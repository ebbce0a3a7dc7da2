"""Every change to the business plan: objectives under a priority, the evidence each points to, and each quarter's
RAG progress rating. Each a named, atomic @service taking the acting user as `by`; a refusal is a ValidationError
a person can act on and writes nothing; an edit takes the version the person opened and refuses a stale one."""
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from simple_history.utils import bulk_update_with_history

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import EditConflict, claim_version
from assure.core.dates import financial_year_label
from assure.core.ordering import move_in_order, number_in_order
from assure.core.text import shorten
from assure.partnerships.models import Priority
from assure.performance import periods

from .models import Objective, Progress

MAX_OBJECTIVE = 1000
MAX_NARRATIVE = 4000
# The evidence an objective points to: field, what one is called in a message.
EVIDENCE = {"actions": "action", "indicators": "indicator", "activities": "assurance activity", "reviews": "review"}


def _objective_text(text) -> str:
    text = " ".join((text or "").split())
    if not text:
        raise ValidationError({"text": "Enter the objective: what will be different, for example 'Neglect is "
                                       "recognised before a child needs a plan'."})
    if len(text) > MAX_OBJECTIVE:
        raise ValidationError({"text": f"The objective must be {MAX_OBJECTIVE:,} characters or fewer."})
    return text


def _check_unique(priority, text, objective=None):
    same = [other for other in priority.objectives.all() if other.text.casefold() == text.casefold()
            and (objective is None or other.pk != objective.pk)]
    if same:
        raise ValidationError({"text": f"{priority} already has the objective '{shorten(text)}'."})


@service
@transaction.atomic
def add_objective(priority: Priority, *, by, text: str) -> Objective:
    """An objective at the end of the priority's list."""
    text = _objective_text(text)
    _check_unique(priority, text)
    last = priority.objectives.aggregate(last=Max("position"))["last"] or 0
    return Objective.objects.create(priority=priority, text=text, position=last + 1)


@service
@transaction.atomic
def update_objective(objective: Objective, *, by, expected_version: int, text: str) -> Objective:
    text = _objective_text(text)
    _check_unique(objective.priority, text, objective)
    claim_version(Objective, objective.pk, expected_version)
    objective.refresh_from_db()
    objective.text = text
    objective.save()
    return objective


@service
@transaction.atomic
def remove_objective(objective: Objective, *, by, expected_version: int) -> None:
    """Remove an objective (its links to evidence go with it; the actions, indicators, activities and reviews
    stay); the rest are numbered 1, 2, 3 again."""
    claim_version(Objective, objective.pk, expected_version)
    priority_id = objective.priority_id
    Objective.objects.get(pk=objective.pk).delete()
    rest = list(Objective.objects.filter(priority_id=priority_id).order_by("position", "pk"))
    moved = number_in_order(rest)
    if moved:
        bulk_update_with_history(moved, Objective, ["position"])


@service
@transaction.atomic
def move_objective(objective: Objective, *, by, direction: str) -> None:
    """Swap an objective with its neighbour in the priority's list: direction is "up" or "down". A move keeps the
    objective's version (an edit opened meanwhile still saves: only the order changed)."""
    if direction not in ("up", "down"):
        raise ValidationError("Choose whether to move the objective up or down.")
    ordered = list(Objective.objects.select_for_update().filter(priority_id=objective.priority_id)
                   .order_by("position", "pk"))
    if not any(other.pk == objective.pk for other in ordered):
        raise ValidationError("This objective has been removed. Reload the page.")
    moved = move_in_order(ordered, objective, direction)
    if moved is None:
        raise ValidationError(f"'{shorten(objective.text)}' is already {'first' if direction == 'up' else 'last'}.")
    bulk_update_with_history(moved, Objective, ["position"])


def _check_evidence(partnership, field: str, records) -> list:
    records = list(records or [])
    other = [record for record in records if record.partnership_id != partnership.pk]
    if other:
        what = EVIDENCE[field]
        raise ValidationError({field: f"Choose only records of {partnership}: the {what} "
                                      f"'{shorten(str(other[0]))}' belongs to another partnership."})
    return records


@service
@transaction.atomic
def set_evidence(objective: Objective, *, by, expected_version: int, actions=(), indicators=(), activities=(),
                 reviews=()) -> Objective:
    """What delivers and evidences the objective, replaced whole: actions in the shared log, dataset indicators,
    assurance activities and reviews, each of the priority's own partnership."""
    partnership = objective.priority.partnership
    chosen = {field: _check_evidence(partnership, field, records) for field, records in
              (("actions", actions), ("indicators", indicators), ("activities", activities), ("reviews", reviews))}
    claim_version(Objective, objective.pk, expected_version)
    objective.refresh_from_db()
    for field, records in chosen.items():
        getattr(objective, field).set(records)
    objective.save()   # a history row saying who changed the evidence (the links themselves keep none)
    return objective


# --- Quarterly progress ----------------------------------------------------------------------------------------

def quarter_refusal(priority: Priority, quarter: periods.Period, today) -> str:
    """Why the priority's progress cannot be rated for this quarter, or "" when it can. Pure."""
    if quarter.kind != periods.QUARTER:
        return f"Choose a quarter, for example {periods.quarter_of(today).code}, not {quarter.label}."
    if quarter.start > today:
        return (f"{quarter.label} has not started yet: its progress can be rated from "
                f"{quarter.start.day} {quarter.start:%B %Y}.")
    if not priority.applies_in(quarter.financial_year):
        years = priority.years if priority.years.startswith(("from", "until")) else f"for {priority.years}"
        return (f"{priority} is a priority {years}, so it has no rating for "
                f"{quarter.label} ({financial_year_label(quarter.financial_year)}).")
    return ""


def read_quarter(priority: Priority, quarter, today=None) -> periods.Period:
    """The quarter to rate, from its code ("2026-Q2") or a Period, or a ValidationError saying why not."""
    try:
        period = quarter if isinstance(quarter, periods.Period) else periods.parse_period(quarter)
    except periods.PeriodError as error:
        raise ValidationError({"quarter": f"Choose the quarter, for example 2026-Q2: {error}"}) from None
    refusal = quarter_refusal(priority, period, today or clock.today())
    if refusal:
        raise ValidationError({"quarter": refusal})
    return period


@service
@transaction.atomic
def record_progress(priority: Priority, *, by, quarter, rating: str, narrative: str,
                    expected_version: int | None = None) -> Progress:
    """The priority's RAG rating and narrative for a quarter. A quarter already rated changes only with the version
    the person opened (`expected_version`); without one the rating is new, and refused if someone rated the quarter
    meanwhile."""
    period = read_quarter(priority, quarter)
    if rating not in Progress.Rating.values:
        raise ValidationError({"rating": "Choose the rating: on track (green), some concerns (amber) or off track "
                                         "(red)."})
    narrative = (narrative or "").strip()
    if not narrative:
        raise ValidationError({"narrative": "Enter the narrative: what progress was made this quarter and, if it is "
                                            "not on track, why and what is being done."})
    if len(narrative) > MAX_NARRATIVE:
        raise ValidationError({"narrative": f"The narrative must be {MAX_NARRATIVE:,} characters or fewer."})
    existing = Progress.objects.select_for_update().filter(priority=priority, quarter=period.code).first()
    if existing is None:
        if expected_version is not None:
            raise EditConflict("The rating you were changing is no longer there. Reload the page to see the plan "
                               "as it is now.")
        return Progress.objects.create(priority=priority, quarter=period.code, rating=rating, narrative=narrative,
                                       recorded_by=by, recorded_at=clock.now())
    if expected_version is None:
        raise EditConflict(f"{period.label} already has a rating ({existing.get_rating_display()}), recorded "
                           f"meanwhile. Your rating has not been saved: reload the page and change that one instead.")
    claim_version(Progress, existing.pk, expected_version)
    existing.refresh_from_db()
    existing.rating, existing.narrative = rating, narrative
    existing.recorded_by, existing.recorded_at = by, clock.now()
    existing.save()
    return existing
