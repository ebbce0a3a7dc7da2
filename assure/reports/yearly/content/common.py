"""What every section's reader shares: the period a report covers, what a reader gives back, and small helpers for
dates, financial years, numbers and charts."""
import datetime
import re
from dataclasses import dataclass

from assure.core.dates import financial_year_label, financial_year_of
from assure.documents.compose import Paragraph, Section


@dataclass(frozen=True)
class Period:
    partnership: object
    kind: str  # "children", "adults" or "joint"
    starts_on: datetime.date
    ends_on: datetime.date

    @property
    def words(self) -> str:
        return f"{self.starts_on:%-d %B %Y} to {self.ends_on:%-d %B %Y}"

    @property
    def between(self) -> str:
        return f"between {self.starts_on:%-d %B %Y} and {self.ends_on:%-d %B %Y}"

    @property
    def financial_years(self) -> list[int]:
        """The financial years the period overlaps, first years (2025 for 2025/26), oldest first."""
        return list(range(financial_year_of(self.starts_on), financial_year_of(self.ends_on) + 1))

    @property
    def years_words(self) -> str:
        labels = [financial_year_label(year) for year in self.financial_years]
        return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]

    def holds(self, day: datetime.date | None) -> bool:
        return day is not None and self.starts_on <= day <= self.ends_on


@dataclass(frozen=True)
class Live:
    blocks: tuple = ()
    has_data: bool = False
    children: tuple[Section, ...] = ()


def nothing(what: str) -> Live:
    return Live((Paragraph(what, "empty"),), False)


def empty(what: str) -> Paragraph:
    return Paragraph(what, "empty")


def day(value: datetime.date | None) -> str:
    return f"{value:%-d %B %Y}" if value else ""


def month(value: datetime.date | None) -> str:
    return f"{value:%B %Y}" if value else ""


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else (many or one + 's')}"


def percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


def percent_text(value) -> str:
    return "–" if value is None else f"{value}%"


def listed(words: list[str]) -> str:
    words = [w for w in words if w]
    if not words:
        return ""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


_KEY = re.compile(r'aria-labelledby="([^"]+)-title ')


def steady_svg(svg: str, key: str) -> str:
    """An SVG from `performance.charts.accessible_svg` with its random id suffix replaced by `key`, so drafting the
    same report twice draws the same files."""
    found = _KEY.search(svg)
    return svg.replace(found.group(1), key) if found else svg
