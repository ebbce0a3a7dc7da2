"""How an indicator's figure is judged: its RAG rating, its direction of travel, and the neighbours' average (ADR
0124). Pure functions on numbers, tested with tables of cases.

**RAG.** With thresholds, the figure is green when it is at or better than the green threshold, red when it is worse
than the red threshold, amber between them ("better" follows the indicator's polarity). With a target and no
thresholds, green when the target is met and red when it is not: a target without a tolerance has no amber.
Without either, or for an indicator whose polarity is "neither" (context such as population or contacts received),
the figure is not rated. A figure that was not published is not rated.

**Direction of travel.** The latest figure against the one before it of the same kind of period: improving,
worsening or no change for an indicator with a polarity; up, down or no change for one without.
"""
from dataclasses import dataclass
from decimal import Decimal
from statistics import mean, median

HIGHER, LOWER, NEITHER = "higher", "lower", "neither"
GREEN, AMBER, RED, NOT_RATED = "green", "amber", "red", "not_rated"


@dataclass(frozen=True)
class Rating:
    code: str
    label: str
    # The GOV.UK tag colour (the word is always shown too: never colour alone).
    tag: str


RATINGS = {
    GREEN: Rating(GREEN, "Green", "govuk-tag--green"),
    AMBER: Rating(AMBER, "Amber", "govuk-tag--yellow"),
    RED: Rating(RED, "Red", "govuk-tag--red"),
    NOT_RATED: Rating(NOT_RATED, "Not rated", "govuk-tag--grey"),
}


def _better_or_equal(value: Decimal, than: Decimal, polarity: str) -> bool:
    return value >= than if polarity == HIGHER else value <= than


def rag(value, *, polarity: str, target=None, green_threshold=None, red_threshold=None) -> Rating:
    """The rating of one figure (see the module docstring)."""
    if value is None or polarity == NEITHER:
        return RATINGS[NOT_RATED]
    if green_threshold is not None and red_threshold is not None:
        if _better_or_equal(value, green_threshold, polarity):
            return RATINGS[GREEN]
        if _better_or_equal(value, red_threshold, polarity):
            return RATINGS[AMBER]
        return RATINGS[RED]
    if target is not None:
        return RATINGS[GREEN] if _better_or_equal(value, target, polarity) else RATINGS[RED]
    return RATINGS[NOT_RATED]


def thresholds_refusal(*, polarity: str, green_threshold=None, red_threshold=None) -> str:
    """Why a pair of thresholds cannot be used, or "" when they can."""
    if (green_threshold is None) != (red_threshold is None):
        return "Give both thresholds (green and red), or neither."
    if green_threshold is None:
        return ""
    if polarity == NEITHER:
        return "An indicator where neither higher nor lower is better is not rated: remove the thresholds."
    if polarity == HIGHER and green_threshold < red_threshold:
        return "Higher is better, so the green threshold must be at or above the red threshold."
    if polarity == LOWER and green_threshold > red_threshold:
        return "Lower is better, so the green threshold must be at or below the red threshold."
    return ""


@dataclass(frozen=True)
class Direction:
    code: str
    label: str
    # Which way the number moved, for sighted readers (a rise is ▲ whether or not it is good); the label, always in
    # the page's text, says whether that is better or worse.
    arrow: str


RISE, FALL = "▲", "▼"
IMPROVING = "improving"
WORSENING = "worsening"
UP = Direction("up", "Up", RISE)
DOWN = Direction("down", "Down", FALL)
NO_CHANGE = Direction("no_change", "No change", "▶")
NOT_KNOWN = Direction("not_known", "No earlier figure", "")


def direction(latest, previous, *, polarity: str) -> Direction:
    """The direction of travel from `previous` to `latest` (either may be None: not published or not held)."""
    if latest is None or previous is None:
        return NOT_KNOWN
    if latest == previous:
        return NO_CHANGE
    rose = latest > previous
    if polarity == NEITHER:
        return UP if rose else DOWN
    arrow = RISE if rose else FALL
    if rose == (polarity == HIGHER):
        return Direction(IMPROVING, "Improving", arrow)
    return Direction(WORSENING, "Worsening", arrow)


MEDIAN, MEAN = "median", "mean"


def neighbours_average(values, how: str = MEDIAN) -> Decimal | None:
    """The median (or mean) of the neighbours' published figures; None when none was published. Figures that were
    not published (None) are left out, never counted as zero."""
    published = [Decimal(v) for v in values if v is not None]
    if not published:
        return None
    result = median(published) if how == MEDIAN else mean(published)
    return Decimal(result).quantize(Decimal("0.01"))
