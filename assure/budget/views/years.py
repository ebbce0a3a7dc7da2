"""The budget's years: the list, and a year's page. Thin views: check access, read, render."""
from django.shortcuts import render

from assure.core.access import READ, partnership_view
from assure.core.history import history_rows

from .. import access, queries


@partnership_view(READ)
def year_list(request):
    return render(request, "budget/year_list.html", {"years": queries.year_list(request.partnership)})


@partnership_view(READ)
def year_detail(request, start_year):
    year = access.get_year_or_404(request, start_year)
    return render(request, "budget/year_detail.html", {
        "year": year, "lines": year.lines.all(), "history": history_rows(year, partnership=request.partnership),
    })
