"""Reads of the budget for its pages."""
from django.db.models import Count, Sum

from .models import FinancialYear


def year_list(partnership):
    return (FinancialYear.objects.filter(partnership=partnership)
            .annotate(planned=Sum("lines__planned_pence"), line_count=Count("lines", distinct=True))
            .order_by("-start_year"))
