"""The finance appendix: for each financial year of the budget the period overlaps, the partners' contributions,
spending by category against plan, the result and what is carried forward, read through the budget app's own
`appendix.finance_appendix` (its position rules). Money is kept in pence and shown with `core.money.pounds`; the
JSON figures give pounds as numbers."""
import datetime

from assure.budget import appendix as budget_appendix
from assure.budget import charts as budget_charts
from assure.budget.models import FinancialYear
from assure.core import money
from assure.core.dates import financial_year_label
from assure.documents.compose import Chart, Paragraph, Section, Table

from .common import Live, Period, nothing, steady_svg


def appendices(period: Period) -> list[budget_appendix.FinanceAppendix]:
    years = FinancialYear.objects.filter(partnership=period.partnership, start_year__in=period.financial_years)
    return [budget_appendix.finance_appendix(year) for year in years.order_by("start_year")]


def _pounds(pence: int) -> float:
    return round(pence / 100, 2)


def main_year(period: Period) -> int:
    """The financial year most of the period falls in (the later on a tie): the year the summary's money describes,
    so that a period across two years (November to October) never adds up two years' budgets."""
    def overlap(year: int) -> int:
        first = max(period.starts_on, datetime.date(year, 4, 1))
        last = min(period.ends_on, datetime.date(year + 1, 3, 31))
        return (last - first).days + 1
    return max(period.financial_years, key=lambda year: (overlap(year), year))


def figures(period: Period) -> dict:
    """The summary's budget: the agreed income, actual spending and carry-forward of `main_year`, in pounds."""
    year = main_year(period)
    found = [a for a in appendices(period) if a.year.start_year == year]
    return {"year": financial_year_label(year),
            "income": _pounds(sum(a.position.agreed for a in found)),
            "expenditure": _pounds(sum(a.position.totals.actual for a in found)),
            "carried_forward": _pounds(found[-1].carried_forward) if found else None}


def finance(period: Period) -> Live:
    found = appendices(period)
    if not found:
        return nothing(f"The budget holds no financial year for {period.years_words}.")
    sections = tuple(_year(a) for a in found)
    if len(sections) == 1:
        return Live(sections[0].blocks, True, sections[0].children)
    return Live((Paragraph(f"The period overlaps {len(found)} financial years of the budget."),), True, sections)


def _year(appendix: budget_appendix.FinanceAppendix) -> Section:
    position, label = appendix.position, appendix.year.label
    income_rows = tuple((i.name, money.pounds(i.agreed), money.pounds(i.paid), money.pounds(i.outstanding))
                        for i in position.income)
    income_rows += (("Brought forward from the year before", money.pounds(position.brought_forward), "", ""),
                    ("Total", money.pounds(position.available), money.pounds(position.paid),
                     money.pounds(position.outstanding)))
    blocks = [Table(("Contributions", "Agreed", "Paid", "Outstanding"), income_rows,
                    caption=f"Income by partner, {label}", widths=(3, 1, 1, 1), numeric=(1, 2, 3), total_row=True)]
    categories = appendix.categories
    if categories:
        rows = tuple((name, money.pounds(planned), money.pounds(spent)) for name, planned, spent in categories)
        rows += (("Total", money.pounds(sum(p for _, p, _ in categories)), money.pounds(sum(s for _, _, s in categories))),)
        blocks.append(Table(("Spending by category", "Planned", "Spent"), rows,
                            caption=f"Spending by category, {label}", widths=(3, 1, 1), numeric=(1, 2),
                            total_row=True))
        blocks.append(Chart(title=f"Spending by category, {label}",
                            description=budget_charts.describe(appendix.year, categories),
                            svg=steady_svg(budget_charts.spending_chart(appendix.year, categories),
                                           f"report-budget-{appendix.year.start_year}"),
                            png=budget_charts.spending_chart_png(appendix.year, categories)))
    else:
        blocks.append(Paragraph(f"No budget line is recorded for {label}.", "empty"))
    blocks.append(Paragraph(position.in_words()))
    agreed = "as the Executive agreed it" if appendix.carried_forward_agreed else "forecast"
    blocks.append(Paragraph(f"Carried forward into {appendix.next_label}: {money.pounds(appendix.carried_forward)} "
                            f"({agreed})."))
    return Section(f"Finance {label}", tuple(blocks))
