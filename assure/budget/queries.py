"""Reads of the budget for its pages."""
from django.db.models import Count, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from assure.core.dates import financial_year_label

from . import position
from .models import Contribution, FinancialYear, Invoice, Payment, Spending


def year_list(partnership):
    return (FinancialYear.objects.filter(partnership=partnership)
            .annotate(planned=Sum("lines__planned_pence"), line_count=Count("lines", distinct=True))
            .order_by("-start_year"))


def _figures(agreed: int, invoiced: int, paid: int) -> dict:
    # Outstanding is what the partner agreed and has not yet paid (never below nothing: an overpayment shows as paid).
    return {"agreed": agreed, "invoiced": invoiced, "paid": paid, "outstanding": max(agreed - paid, 0)}


def contributions(year):
    """Each partner's contribution with what was agreed, invoiced, paid and is outstanding, and the totals."""
    rows = (Contribution.objects.filter(year=year).select_related("organisation", "finance_contact")
            .annotate(invoiced=Coalesce(Subquery(
                Invoice.objects.filter(contribution=OuterRef("pk")).values("contribution")
                .annotate(t=Sum("amount_pence")).values("t")), 0),
                paid=Coalesce(Subquery(
                    Payment.objects.filter(contribution=OuterRef("pk")).values("contribution")
                    .annotate(t=Sum("amount_pence")).values("t")), 0))
            .order_by("organisation__name"))
    result = [(row, _figures(row.agreed_pence, row.invoiced, row.paid)) for row in rows]
    totals = {key: sum(figures[key] for _, figures in result) for key in ("agreed", "invoiced", "paid", "outstanding")}
    return result, totals


def contribution_figures(contribution) -> dict:
    invoiced = contribution.invoices.aggregate(t=Sum("amount_pence"))["t"] or 0
    paid = contribution.payments.aggregate(t=Sum("amount_pence"))["t"] or 0
    return _figures(contribution.agreed_pence, invoiced, paid)
def spending_of(year):
    return year.spending.select_related("line", "review", "review__case").order_by("-spent_on", "-id")


def spending_total(spending) -> int:
    return spending.aggregate(total=Sum("amount_pence"))["total"] or 0


def review_costs(partnership, reviews):
    """Each review (of those given: the ones the person may see) with spending linked to it: its total across years
    and the lines it came from, most costly first."""
    rows = (Spending.objects.filter(year__partnership=partnership, review__in=reviews)
            .values("review_id", "year__start_year", "line__name")
            .annotate(total=Sum("amount_pence"), items=Count("id")).order_by("review_id", "year__start_year"))
    by_review: dict[int, dict] = {}
    for row in rows:
        entry = by_review.setdefault(row["review_id"], {"total": 0, "items": 0, "lines": []})
        entry["total"] += row["total"]
        entry["items"] += row["items"]
        entry["lines"].append({"year": financial_year_label(row["year__start_year"]), "line": row["line__name"],
                               "total": row["total"]})
    found = {review.pk: review for review in reviews.filter(pk__in=by_review).select_related("case")}
    costs = [{"review": found[pk], **entry} for pk, entry in by_review.items() if pk in found]
    return sorted(costs, key=lambda c: (-c["total"], c["review"].pk))


def year_position(year: FinancialYear) -> position.Position:
    """The year's position, read in four queries whatever the number of lines, partners or payments (lines, spending
    by line, contributions, payments by contribution)."""
    lines = list(year.lines.all())
    spent = dict(Spending.objects.filter(year=year).values_list("line").annotate(total=Sum("amount_pence"))
                 .order_by())
    contributions = list(Contribution.objects.filter(year=year).select_related("organisation"))
    paid = dict(Payment.objects.filter(contribution__year=year).values_list("contribution")
                .annotate(total=Sum("amount_pence")).order_by())
    return position.year_position(lines=lines, spent=spent, contributions=contributions, paid=paid,
                                  brought_forward=year.brought_forward_pence)
