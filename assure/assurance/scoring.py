"""Pure: a risk's 5 x 5 score, its rating band, its direction of travel and the checks on its three scores.

No database. The scale and bands are the NHS National Patient Safety Agency's 5 x 5 risk matrix, used across the
English public sector (ADR 0120): score = likelihood x impact, 1-3 low, 4-6 moderate, 8-12 high, 15-25 extreme.
"""
from dataclasses import dataclass

LOWEST, HIGHEST = 1, 5

LIKELIHOOD = {1: "Rare", 2: "Unlikely", 3: "Possible", 4: "Likely", 5: "Almost certain"}
IMPACT = {1: "Negligible", 2: "Minor", 3: "Moderate", 4: "Major", 5: "Catastrophic"}


@dataclass(frozen=True)
class Band:
    key: str
    label: str
    lowest: int
    highest: int

    def __contains__(self, score: int) -> bool:
        return self.lowest <= score <= self.highest


# The NPSA's bands. No product of two numbers from 1 to 5 is 7, 13 or 14, so they leave no score out.
BANDS = (
    Band("low", "Low", 1, 3),
    Band("moderate", "Moderate", 4, 6),
    Band("high", "High", 8, 12),
    Band("extreme", "Extreme", 15, 25),
)
BAND_CHOICES = [(b.key, f"{b.label} ({b.lowest} to {b.highest})") for b in BANDS]
BY_KEY = {b.key: b for b in BANDS}


def in_scale(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and LOWEST <= value <= HIGHEST


def score(likelihood: int, impact: int) -> int:
    """Likelihood x impact, each 1 to 5; ValueError for anything off the scale."""
    if not (in_scale(likelihood) and in_scale(impact)):
        raise ValueError(f"likelihood and impact must be whole numbers from 1 to 5, not {likelihood!r}, {impact!r}")
    return likelihood * impact


def band(value: int) -> Band:
    """The rating band of a score (a product of two numbers from 1 to 5)."""
    for candidate in BANDS:
        if value in candidate:
            return candidate
    raise ValueError(f"{value!r} is not a score on the 5 x 5 scale")


RISING, FALLING, STEADY = "rising", "falling", "steady"
DIRECTION_LABELS = {RISING: "Rising", FALLING: "Falling", STEADY: "No change"}


def previous_score(current: int, earlier_scores) -> int | None:
    """The score before the latest change: the first of `earlier_scores` (newest first) that differs from
    `current`, or None if the score has never been different."""
    for earlier in earlier_scores:
        if earlier != current:
            return earlier
    return None


def direction(current: int, previous: int) -> str:
    """Direction of travel of the current score against the previous one (or the inherent score)."""
    if current > previous:
        return RISING
    if current < previous:
        return FALLING
    return STEADY


def warnings(inherent: int, current: int, target: int) -> list[str]:
    """What looks wrong with the three scores but may be true for a while (a risk that grew since it was raised).

    The one combination refused outright (a target worse than the inherent score) is `target_refusal`.
    """
    found = []
    if current > inherent:
        found.append(f"The current score ({current}) is higher than the inherent score ({inherent}): the controls "
                     "in place should not make the risk worse. Check the inherent score or the controls.")
    if target > current:
        found.append(f"The target score ({target}) is higher than the current score ({current}): the risk is "
                     "already below its target. Consider lowering the target or closing the risk.")
    return found


def target_refusal(inherent: int, target: int) -> str:
    """Why the target cannot be accepted, or "" (a target is where the risk should end up, never above where it began)."""
    if target > inherent:
        return (f"The target score ({target}) is higher than the inherent score ({inherent}). The target is where "
                "the risk should be once the further actions are done, so it cannot be worse than the risk with no "
                "controls.")
    return ""
