"""Reads for the self-assessment pages: the returns grid, the return rate, who is outstanding and the chase list."""
from dataclasses import dataclass

from .models import Activity, Recommendation, SelfAssessmentRound


@dataclass
class GridRow:
    organisation_return: object
    ratings: list          # one StandardRating or None per standard, in the standards' order


@dataclass
class StandardTotals:
    standard: object
    red: int
    amber: int
    green: int


def rounds(partnership, activities):
    """The rounds among `activities` (those the user may read), newest year first, with their return counts."""
    return (SelfAssessmentRound.objects.filter(activity__in=activities.filter(kind=Activity.Kind.SELF_ASSESSMENT))
            .select_related("activity").prefetch_related("returns")
            .order_by("-activity__year", "-deadline", "activity__title"))


def return_rate(returned: int, asked: int) -> int:
    """Whole per cent, rounded down so 99.6% never shows as everyone."""
    return returned * 100 // asked if asked else 0


def chase_lines(outstanding) -> dict:
    """What to paste into an email to chase the outstanding returns: the addresses for the To line, and a line per
    organisation naming its nominated contact (or saying there is none, or no email address)."""
    addresses, lines = [], []
    for organisation_return in outstanding:
        contact, organisation = organisation_return.contact, organisation_return.organisation
        if contact is None:
            lines.append(f"{organisation}: no nominated contact")
        elif contact.email:
            addresses.append(f"{contact.full_name} <{contact.email}>")
            lines.append(f"{contact.full_name} <{contact.email}>, {organisation}")
        else:
            lines.append(f"{contact.full_name}, {organisation} (no email address recorded)")
    return {"to": "; ".join(addresses), "lines": "\n".join(lines)}


def round_overview(self_assessment, today) -> dict:
    standards = list(self_assessment.standards.all())
    returns = list(self_assessment.returns.select_related("organisation", "contact").prefetch_related("ratings"))
    grid = []
    for organisation_return in returns:
        by_standard = {rating.standard_id: rating for rating in organisation_return.ratings.all()}
        grid.append(GridRow(organisation_return, [by_standard.get(standard.pk) for standard in standards]))
    totals = []
    for index, standard in enumerate(standards):
        given = [row.ratings[index].rating for row in grid if row.ratings[index] is not None]
        totals.append(StandardTotals(standard, given.count("red"), given.count("amber"), given.count("green")))
    outstanding = [r for r in returns if not r.is_returned]
    returned = len(returns) - len(outstanding)
    return {"standards": standards, "grid": grid, "totals": totals, "asked": len(returns), "returned": returned,
            "rate": return_rate(returned, len(returns)), "outstanding": outstanding,
            "past_deadline": today > self_assessment.deadline, "chase": chase_lines(outstanding),
            "late": sum(1 for r in returns if r.is_late)}


def action_plan(organisation_return):
    """The organisation's single-agency recommendations from this round, with their actions in the shared log."""
    return (Recommendation.objects.filter(activity=organisation_return.round.activity,
                                          organisation=organisation_return.organisation)
            .prefetch_related("action_links__action").order_by("number"))
