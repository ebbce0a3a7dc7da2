"""The year's position (issue 11 point 8), computed without the database from what `queries.year_position` read.

Per line: planned, actual (spent so far), forecast outturn (the line's forecast, or the planned amount when it has
none) and the variance (outturn less planned: more than nothing is an overspend). Income is what the partners
agreed, what they have paid and what is outstanding, plus what the previous year brought forward. The balance is
income and brought forward less the forecast outturn of every line: below nothing a shortfall, above it a surplus,
split among the contributions that underwrite it by their weights with `money.split`, so the parts add up exactly.
The ring-fenced lines (reviews) count in the outturn like any other but are shown on their own: their overrun is
the Executive's to meet, their underspend is not spent elsewhere.
"""
from collections import OrderedDict
from dataclasses import dataclass, field

from assure.core import money


@dataclass(frozen=True)
class LinePosition:
    line: object
    planned: int
    actual: int
    outturn: int

    @property
    def variance(self) -> int:
        return self.outturn - self.planned

    @property
    def name(self) -> str:
        return self.line.name


@dataclass(frozen=True)
class Totals:
    planned: int = 0
    actual: int = 0
    outturn: int = 0

    @property
    def variance(self) -> int:
        return self.outturn - self.planned

    @classmethod
    def of(cls, lines) -> "Totals":
        return cls(sum(p.planned for p in lines), sum(p.actual for p in lines), sum(p.outturn for p in lines))


@dataclass(frozen=True)
class Income:
    contribution: object
    agreed: int
    paid: int

    @property
    def outstanding(self) -> int:
        return max(self.agreed - self.paid, 0)

    @property
    def name(self) -> str:
        return str(self.contribution.organisation)


@dataclass(frozen=True)
class Share:
    contribution: object
    amount: int

    @property
    def name(self) -> str:
        return str(self.contribution.organisation)


@dataclass
class Position:
    lines: list[LinePosition]            # the ordinary lines
    ring_fenced: list[LinePosition]      # shown separately
    income: list[Income]
    brought_forward: int
    shares: list[Share] = field(default_factory=list)

    @property
    def all_lines(self) -> list[LinePosition]:
        return self.lines + self.ring_fenced

    @property
    def ordinary_totals(self) -> Totals:
        return Totals.of(self.lines)

    @property
    def ring_fenced_totals(self) -> Totals:
        return Totals.of(self.ring_fenced)

    @property
    def totals(self) -> Totals:
        return Totals.of(self.all_lines)

    @property
    def ring_fenced_overrun(self) -> int:
        """What the ring-fenced lines will spend beyond their plan (nothing if within it): the Executive's to meet."""
        return max(self.ring_fenced_totals.variance, 0)

    @property
    def agreed(self) -> int:
        return sum(i.agreed for i in self.income)

    @property
    def paid(self) -> int:
        return sum(i.paid for i in self.income)

    @property
    def outstanding(self) -> int:
        return sum(i.outstanding for i in self.income)

    @property
    def available(self) -> int:
        """The year's money: the partners' agreed contributions and what the previous year brought forward."""
        return self.agreed + self.brought_forward

    @property
    def balance(self) -> int:
        """Available less the forecast outturn: negative is a shortfall, positive a surplus (carried forward)."""
        return self.available - self.totals.outturn

    @property
    def shortfall(self) -> int:
        return max(-self.balance, 0)

    @property
    def surplus(self) -> int:
        return max(self.balance, 0)

    @property
    def carried_forward(self) -> int:
        """What the year would carry into the next: a surplus; nothing when the underwriters meet a shortfall; a
        shortfall nobody underwrites carries forward as a negative."""
        if self.balance < 0 and self.shares:
            return 0
        return self.balance

    @property
    def underwriters(self) -> list:
        return [i.contribution for i in self.income if i.contribution.underwrites]

    def by_category(self) -> list[tuple[str, int, int]]:
        """(category label, planned, actual) per category, in the order the lines come, for the chart and appendix."""
        groups = OrderedDict()
        for line in self.all_lines:
            label = line.line.get_category_display()
            planned, actual = groups.get(label, (0, 0))
            groups[label] = (planned + line.planned, actual + line.actual)
        return [(label, planned, actual) for label, (planned, actual) in groups.items()]

    def in_words(self) -> str:
        """The result as a sentence: "A shortfall of £21,649.00 against the forecast outturn, shared by ..."."""
        if self.balance == 0:
            return "The forecast outturn matches the money available exactly: no shortfall and no surplus."
        kind = "shortfall" if self.balance < 0 else "surplus"
        sentence = f"A {kind} of {money.pounds(abs(self.balance))} against the forecast outturn"
        if not self.shares:
            return sentence + (", with no partner named to underwrite it." if kind == "shortfall"
                               else ", to carry forward into the next year.")
        parts = [f"{s.name} {money.pounds(abs(s.amount))}" for s in self.shares]
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        if kind == "shortfall":
            return f"{sentence}, shared by {listed}."
        return f"{sentence}, to carry forward into the next year (if the Executive hands it back instead: {listed})."


def year_position(*, lines, spent: dict, contributions, paid: dict, brought_forward: int) -> Position:
    """`spent` is pence by line id, `paid` pence by contribution id; lines and contributions in display order."""
    ordinary, ring_fenced = [], []
    for line in lines:
        outturn = line.planned_pence if line.forecast_pence is None else line.forecast_pence
        entry = LinePosition(line, line.planned_pence, spent.get(line.pk, 0) or 0, outturn)
        (ring_fenced if line.ring_fenced else ordinary).append(entry)
    income = [Income(c, c.agreed_pence, paid.get(c.pk, 0) or 0) for c in contributions]
    position = Position(ordinary, ring_fenced, income, brought_forward or 0)
    position.shares = _shares(position)
    return position


def _shares(position: Position) -> list[Share]:
    """The shortfall (positive parts) or surplus (negative parts: handed back) split among the underwriters."""
    underwriters = [c for c in position.underwriters if c.underwriting_weight > 0]
    if not underwriters or position.balance == 0:
        return []
    parts = money.split(-position.balance, [c.underwriting_weight for c in underwriters])
    return [Share(c, amount) for c, amount in zip(underwriters, parts)]
