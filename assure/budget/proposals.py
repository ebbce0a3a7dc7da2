"""Proposing partners' contributions: a total to raise, split among chosen partners equally, by agreed
percentages or in proportion to a measure (population, staff). Pure: the parts come from `money.split`, so they add
up exactly to the total."""
from dataclasses import dataclass
from decimal import Decimal

from assure.core import money

EQUAL, PERCENTAGE, MEASURE = "equal", "percentage", "measure"
METHODS = [(EQUAL, "Equal shares among the chosen partners"),
           (PERCENTAGE, "Agreed percentages (they must add up to 100)"),
           (MEASURE, "In proportion to a measure you enter for each partner, for example population")]


class ProposalRefused(ValueError):
    """The shares cannot be used; the message says why in words a person can act on."""


@dataclass(frozen=True)
class Proposed:
    partner: object
    share: Decimal | None
    pence: int
    detail: str


def _number(value) -> str:
    return f"{value.normalize():,f}" if value == value.to_integral() else f"{value:,f}".rstrip("0")


def propose(total_pence: int, method: str, shares: list[tuple]) -> list[Proposed]:
    """`shares` is [(partner, share)]: the share is ignored for equal shares, a percentage or a measure otherwise."""
    if total_pence <= 0:
        raise ProposalRefused("The total to raise must be more than £0.00.")
    if not shares:
        raise ProposalRefused("Choose at least one partner.")
    if method == EQUAL:
        weights = [Decimal(1)] * len(shares)
        details = [f"1 of {len(shares)} equal shares"] * len(shares)
    else:
        weights = [share for _, share in shares]
        if any(w is None for w in weights):
            raise ProposalRefused("Enter a share for each chosen partner.")
        if any(w <= 0 for w in weights):
            raise ProposalRefused("Each chosen partner's share must be more than 0.")
        if method == PERCENTAGE:
            whole = sum(weights)
            if whole != 100:
                off = abs(whole - 100)
                raise ProposalRefused(f"The percentages add up to {_number(whole)}, {_number(off)} "
                                      f"{'short of' if whole < 100 else 'over'} 100: change them so they add up "
                                      "to 100.")
            details = [f"{_number(w)}%" for w in weights]
        elif method == MEASURE:
            details = [f"measure {_number(w)} of {_number(sum(weights))}" for w in weights]
        else:
            raise ProposalRefused("Choose how the contributions are worked out.")
    parts = money.split(total_pence, weights)
    return [Proposed(partner, None if method == EQUAL else w, pence, detail)
            for (partner, _), w, pence, detail in zip(shares, weights, parts, details, strict=True)]
