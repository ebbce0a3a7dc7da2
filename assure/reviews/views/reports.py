"""Figures for any date range: notifications and referrals, rapid reviews, cases going to a full review."""
import datetime

from django.shortcuts import render

from assure.core import clock
from assure.core.access import READ, partnership_view
from assure.core.filters import sent

from ..filters import YearFiguresFilter
from ..models import Case
from ..queries import year_figures


def _default_year(today):
    """The last complete April-to-March reporting year."""
    end_year = today.year if today.month >= 4 else today.year - 1
    return datetime.date(end_year - 1, 4, 1), datetime.date(end_year, 3, 31)


@partnership_view(READ)
def year_report(request):
    data = request.GET
    if not sent(data, "start", "end"):
        start, end = _default_year(clock.today())
        data = data.copy()
        data.update({"start": start.isoformat(), "end": end.isoformat()})
    # Counts only, which every role may see (README, ADR 0051): over all of the partnership's cases.
    cases = YearFiguresFilter(data, queryset=Case.objects.filter(partnership=request.partnership), request=request)
    figures = year_figures(cases.qs, *cases.span) if cases.is_valid() else None
    return render(request, "reviews/year_report.html", {"form": cases.form, "figures": figures})
