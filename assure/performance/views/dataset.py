"""The dataset as the board reads it: every live indicator with its latest figure, and one indicator's page.

Thin views: check access (`partnership_view`), read, render. The rows, groups and counts are built in reading.py.
"""
from django.shortcuts import render

from assure.core import clock
from assure.core.access import READ, partnership_view
from assure.core.history import history_rows
from assure.jobs import exports
from assure.partnerships.models import Person

from .. import access, charts, periods, queries, reading
from ..filters import DatasetFilter
from ..models import Figure
from ..series import dataset_series, indicator_series

# Three years of a quarterly indicator on its own page; the dataset page needs only the latest two.
DETAIL_PERIODS = 12


# The dataset's columns in a download (jobs.exports, ADR 0148): a row per indicator, as the page shows it.
COLUMNS = [
    ("Code", "indicator.code"), ("Indicator", "indicator.name"), ("Priority", "indicator.priority"),
    ("Owner", "indicator.owner.full_name"), ("Latest period", "latest.period.label"),
    ("Latest figure", "latest.value"), ("As shown", "latest_text"),
    ("Not yet approved", "draft"), ("Rating", "rating.label"), ("Direction", "direction.label"),
    ("Target", "target_text"),
]


@partnership_view(READ)
def dataset(request):
    partnership = request.partnership
    quarters = queries.quarters_with_figures(partnership)
    listed = DatasetFilter.from_request(request, queries.live_indicators(partnership), quarters=quarters)
    as_at = listed.quarter(queries.default_quarter(quarters))
    indicators = list(listed.qs)
    approved = queries.approved_quarters(partnership)
    rows = reading.rows(indicators, dataset_series(partnership, indicators, up_to=as_at), approved)
    # The counts are of the indicators the other filters keep, so "3 red" leads to the 3.
    counts = reading.counts(rows)
    chosen = listed.chosen("rag")
    shown = [row for row in rows if row.rating.code == chosen] if chosen else rows
    if exports.wanted(request):
        return exports.download(request, shown, COLUMNS, "dataset", sheet="Dataset")
    # The signed-in person's own indicators, a click away: where an owner finds what to write commentary on.
    me = Person.objects.filter(partnership=partnership, user=request.user).first()
    owned = queries.live_indicators(partnership).filter(owner=me).count() if me else 0
    return render(request, "performance/dataset.html", {
        "me": me, "owned": owned, "showing_mine": me is not None and listed.chosen("owner") == me,
        "form": listed.form, "filtered": listed.narrows, "as_at": as_at,
        "as_at_draft": as_at is not None and as_at.start not in approved,
        "counts": counts, "groups": reading.groups(shown), "shown": len(shown), "total": len(rows),
    })


@partnership_view(READ)
def indicator_detail(request, indicator_id):
    indicator = access.get_indicator_or_404(request, indicator_id)
    series = indicator_series(indicator, count=DETAIL_PERIODS)
    approved = queries.approved_quarters(request.partnership)
    row = reading.rows([indicator], {indicator.pk: series}, approved)[0]
    headings, table = reading.figure_table(series, approved)
    comment_quarter = series.latest.period.quarter if series.latest else periods.quarter_of(clock.today())
    return render(request, "performance/indicator_detail.html", {
        "indicator": indicator, "series": series, "row": row, "chart": charts.trend_chart(series, width=5.2, height=3.4, heading=False),
        "headings": headings, "table": table,
        "thresholds": reading.thresholds_in_words(indicator),
        "comparators": reading.comparators_in_words(indicator),
        # The indicator's changes and its own figures' (who entered or changed which figure, and when).
        "history": history_rows(indicator, partnership=request.partnership,
                                related=[Figure.history.filter(indicator_id=indicator.pk)]),
        # Offered while the quarter of the latest figure (the one the board reads next) is a draft.
        "may_comment": access.may_write_commentary(request, indicator) and comment_quarter.start not in approved,
        "commentaries": indicator.commentaries.select_related("updated_by")[:4],
        "comment_quarter": comment_quarter,
    })
