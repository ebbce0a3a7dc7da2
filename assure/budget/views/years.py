"""The budget's years: the list, a year's page with its position and chart, and the finance appendix (a page and a
Word file). Thin views: check access, read, render."""
from django.http import HttpResponse
from django.shortcuts import render

from assure.core.access import READ, partnership_view
from assure.core.history import history_rows

from .. import access, appendix, charts, queries, word


@partnership_view(READ)
def year_list(request):
    return render(request, "budget/year_list.html", {"years": queries.year_list(request.partnership)})


@partnership_view(READ)
def year_detail(request, start_year):
    year = access.get_year_or_404(request, start_year)
    position = queries.year_position(year)
    return render(request, "budget/year_detail.html", {
        "year": year, "position": position, "categories": position.by_category(),
        "chart": charts.spending_chart(year, position.by_category()),
        "history": history_rows(year, partnership=request.partnership),
    })


@partnership_view(READ)
def finance_appendix(request, start_year):
    data = appendix.finance_appendix(access.get_year_or_404(request, start_year))
    return render(request, "budget/finance_appendix.html", {
        "appendix": data, "year": data.year, "position": data.position, "categories": data.categories,
        "chart": charts.spending_chart(data.year, data.categories),
    })


@partnership_view(READ)
def finance_appendix_docx(request, start_year):
    data = appendix.finance_appendix(access.get_year_or_404(request, start_year))
    # Made on request, not stored, so core.pages.file_download (for stored files) does not fit.
    response = HttpResponse(word.appendix_docx(data), content_type=appendix.DOCX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{data.file_name("docx")}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
