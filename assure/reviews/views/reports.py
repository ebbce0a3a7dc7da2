"""Figures for any date range: notifications and referrals, rapid reviews, cases going to a full review."""
import datetime

from django.shortcuts import render

from assure.core import clock
from assure.core.access import READ, partnership_view

from ..forms import DateRangeForm
from ..queries import year_figures


def _default_year(today):
    """The last complete April-to-March reporting year."""
    end_year = today.year if today.month >= 4 else today.year - 1
    return datetime.date(end_year - 1, 4, 1), datetime.date(end_year, 3, 31)


@partnership_view(READ)
def year_report(request):
    start, end = _default_year(clock.today())
    form = DateRangeForm(request.GET or None, initial={"start": start, "end": end})
    figures = None
    if not request.GET:
        figures = year_figures(request.partnership, start, end)
    elif form.is_valid():
        figures = year_figures(request.partnership, form.cleaned_data["start"], form.cleaned_data["end"])
    return render(request, "reviews/year_report.html", {"form": form, "figures": figures})
