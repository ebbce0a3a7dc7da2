"""Reads of the budget for its pages."""
from django.db.models import Count, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce

from .models import Contribution, FinancialYear, Invoice, Payment


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
