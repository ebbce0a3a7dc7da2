"""The finance appendix of the annual report (issue 11 point 8): income by partner, spending by category, planned
against actual, what is carried forward into the next year, and the shortfall or surplus with its split.

`finance_appendix(year)` reads it in five queries whatever the size of the budget (the position's four, and the next
year), so the yearly report (a later issue) can call it too; the page and the Word file read only what it returns.
"""
from dataclasses import dataclass

from . import queries
from .models import FinancialYear
from .position import Position

DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass
class FinanceAppendix:
    year: FinancialYear
    position: Position
    next_year: FinancialYear | None

    @property
    def title(self) -> str:
        return f"Finance appendix {self.year.label}"

    @property
    def categories(self) -> list[tuple[str, int, int]]:
        return self.position.by_category()

    @property
    def carried_forward(self) -> int:
        """Into the next year: what the Executive agreed for it once that year exists, else the year's balance."""
        return self.next_year.brought_forward_pence if self.next_year is not None else self.position.carried_forward

    @property
    def carried_forward_agreed(self) -> bool:
        return self.next_year is not None

    @property
    def next_label(self) -> str:
        start = self.year.start_year + 1
        return f"{start}/{(start + 1) % 100:02d}"

    def file_name(self, extension: str) -> str:
        return f"finance-appendix-{self.year.start_year}-{(self.year.start_year + 1) % 100:02d}.{extension}"


def finance_appendix(year: FinancialYear) -> FinanceAppendix:
    next_year = FinancialYear.objects.filter(partnership_id=year.partnership_id, start_year=year.start_year + 1).first()
    return FinanceAppendix(year=year, position=queries.year_position(year), next_year=next_year)
