"""The dataset as the board reads it: every live indicator with its latest figure, and one indicator's page.

Thin views: check access (`partnership_view`), read, render.
"""
from django.shortcuts import render

from assure.core import clock
from assure.core.access import READ, partnership_view
from assure.core.history import history_rows

from .. import access, charts, periods, queries
from ..series import dataset_series, indicator_series


@partnership_view(READ)
def dataset(request):
    indicators = list(queries.live_indicators(request.partnership))
    series = dataset_series(request.partnership, indicators)
    return render(request, "performance/dataset.html", {
        "rows": [(indicator, series[indicator.pk]) for indicator in indicators],
    })


@partnership_view(READ)
def indicator_detail(request, indicator_id):
    indicator = access.get_indicator_or_404(request, indicator_id)
    series = indicator_series(indicator)
    headings, table = series.table()
    return render(request, "performance/indicator_detail.html", {
        "indicator": indicator, "series": series, "chart": charts.trend_chart(series), "headings": headings,
        "table": table, "history": history_rows(indicator, partnership=request.partnership),
        "may_comment": access.may_write_commentary(request, indicator),
        "commentaries": indicator.commentaries.select_related("updated_by")[:4],
        # The quarter of the latest figure: the one the board will read next.
        "comment_quarter": series.latest.period.quarter if series.latest else periods.quarter_of(clock.today()),
    })
