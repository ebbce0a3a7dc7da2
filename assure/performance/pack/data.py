"""Everything a quarter's pack (and the quarter page) shows, read once: the live indicators with their series up to
the quarter, their commentary for it, and whether the quarter is approved. Six queries whatever the number of
indicators (indicators, area, neighbours, figures, comparators, commentary; approval)."""
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from assure.core import clock

from .. import periods, queries, rating
from ..models import Commentary, QuarterApproval
from ..series import Series, dataset_series

# Page one lists the worst first.
RATING_ORDER = [rating.RED, rating.AMBER, rating.GREEN, rating.NOT_RATED]
NO_PRIORITY = "Not linked to a priority"


@dataclass
class Entry:
    indicator: object
    series: Series
    commentary: Commentary | None

    @property
    def rating(self) -> rating.Rating:
        return self.series.rating

    @property
    def is_red(self) -> bool:
        return self.series.rating.code == rating.RED


@dataclass
class Pack:
    partnership: object
    quarter: periods.Period
    area_name: str
    approval: QuarterApproval | None
    entries: list[Entry]
    prepared_on: datetime.date = field(default_factory=clock.today)

    @property
    def is_draft(self) -> bool:
        return self.approval is None

    @property
    def title(self) -> str:
        return f"{self.area_name} performance dataset {self.quarter.label}"

    def counts(self) -> list[tuple[rating.Rating, int]]:
        return [(rating.RATINGS[code], sum(e.rating.code == code for e in self.entries)) for code in RATING_ORDER]

    def by_priority(self) -> list[tuple[str, list[Entry]]]:
        """The indicators under each priority (in the priorities' order; those with none last), worst rating first."""
        groups, order = defaultdict(list), {}
        for entry in self.entries:
            priority = entry.indicator.priority
            key = NO_PRIORITY if priority is None else priority.title
            order.setdefault(key, (1, 0, "") if priority is None else (0, priority.position, priority.title))
            groups[key].append(entry)
        return [(key, sorted(groups[key], key=lambda e: RATING_ORDER.index(e.rating.code)))
                for key in sorted(groups, key=lambda k: order[k])]

    @property
    def red_without_commentary(self) -> list[Entry]:
        return red_without_commentary(self.entries)


def red_without_commentary(entries) -> list[Entry]:
    return [entry for entry in entries if entry.is_red and entry.commentary is None]


def assemble(partnership, quarter: periods.Period) -> Pack:
    indicators = list(queries.live_indicators(partnership))
    series = dataset_series(partnership, indicators, up_to=quarter)
    commentary = {c.indicator_id: c for c in Commentary.objects.filter(
        indicator__partnership=partnership, quarter_start=quarter.start).select_related("updated_by")}
    approval = QuarterApproval.objects.filter(partnership=partnership, quarter_start=quarter.start).first()
    area = series[indicators[0].pk].local.name if indicators else partnership.name
    return Pack(partnership=partnership, quarter=quarter, area_name=area, approval=approval,
                entries=[Entry(i, series[i.pk], commentary.get(i.pk)) for i in indicators])


def file_name(pack: Pack, extension: str) -> str:
    """"Marshcombe dataset Q2 2026-27.docx": no slash, so every system keeps it as written."""
    return f"{pack.area_name} dataset {pack.quarter.label.replace('/', '-')}.{extension}"


def item_title(quarter: periods.Period) -> str:
    """The agenda item the pack goes on when the business team adds a new one."""
    return f"Performance dataset {quarter.label}"


def refusal(pack: Pack) -> str:
    """Why the pack cannot go to the board yet (exception reporting), or ""."""
    missing = pack.red_without_commentary
    if not missing:
        return ""
    names = "; ".join(f"{e.indicator.code} {e.indicator.name}" for e in missing)
    return (f"Every red indicator needs a commentary for {pack.quarter.label} before the pack can be made. "
            f"Missing: {names}.")
