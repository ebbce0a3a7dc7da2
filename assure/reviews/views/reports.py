"""Figures for any date range: notifications and referrals, rapid reviews, cases going to a full review."""
import datetime

from django.shortcuts import render

from assure.core import clock
from assure.core.access import READ, partnership_view
from assure.core.filters import sent
from assure.jobs import exports

from ..filters import YearFiguresFilter
from ..models import Case
from ..queries import year_figures


def _default_year(today):
    """The last complete April-to-March reporting year."""
    end_year = today.year if today.month >= 4 else today.year - 1
    return datetime.date(end_year - 1, 4, 1), datetime.date(end_year, 3, 31)


# The figures' columns in a download (jobs.exports, ADR 0148): the page's table, counts as numbers.
COLUMNS = [("Figure", lambda row: row[0]), ("Child", lambda row: row[1]), ("Adult", lambda row: row[2]),
           ("Joint", lambda row: row[3]), ("Total", lambda row: row[4])]


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
    if figures is not None and exports.wanted(request):
        start, end = cases.span
        return exports.download(request, figures.table(), COLUMNS, f"figures-{start:%Y-%m-%d}-to-{end:%Y-%m-%d}",
                                sheet="Figures")
    return render(request, "reviews/year_report.html", {"form": cases.form, "figures": figures})
