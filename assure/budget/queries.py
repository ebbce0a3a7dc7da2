"""Reads of the budget for its pages."""
from django.db.models import Count, Sum

from . import position
from .models import Contribution, FinancialYear, Payment, Spending


def year_list(partnership):
    return (FinancialYear.objects.filter(partnership=partnership)
            .annotate(planned=Sum("lines__planned_pence"), line_count=Count("lines", distinct=True))
            .order_by("-start_year"))


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
