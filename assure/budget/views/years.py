"""The budget's years and their lines: the list, a year's page, adding and changing them, closing and reopening.
Thin views: check access, read through access.py, bind the form, call one service, render."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import money
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.history import history_rows
from assure.core.pages import bytes_download, confirm_page, form_page

from .. import access, appendix, charts, queries, services, word
from ..forms import EditLineForm, EditYearForm, LineForm, YearForm


def year_url(request, year) -> str:
    return reverse("budget:year-detail", args=[request.partnership.slug, year.start_year])


def as_typed(pence) -> str:
    """Pence as a person would type them back into a form ("1250.50"), or "" for none."""
    if pence is None:
        return ""
    return money.pounds(pence).replace("£", "").replace(",", "").replace("−", "-")


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


@partnership_view(MANAGE)
def year_add(request):
    form = YearForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_year, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"{outcome.result.label} added to the budget.")
            return redirect(year_url(request, outcome.result))
    return form_page(request, form, title="Add a financial year", submit="Add year",
                     back_url=reverse("budget:year-list", args=[request.partnership.slug]))


@partnership_view(MANAGE)
def year_edit(request, start_year):
    year = access.get_year_or_404(request, start_year)
    initial = {"brought_forward_pence": as_typed(year.brought_forward_pence), "notes": year.notes}
    form = EditYearForm(request.POST or None, initial=initial | VersionedForm.version_of(year))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.update_year, year, by=request.user, expected_version=form.expected_version,
                        brought_forward_pence=form.cleaned_data["brought_forward_pence"],
                        notes=form.cleaned_data["notes"]):
            messages.success(request, f"{year.label} saved.")
            return redirect(year_url(request, year))
    return form_page(request, form, title=f"Change {year.label}", caption="Budget", back_url=year_url(request, year))


def _confirm_status(request, start_year, *, service, title, button, paragraphs, done):
    year = access.get_year_or_404(request, start_year)
    form = VersionedForm(request.POST or None, initial=VersionedForm.version_of(year))
    if request.method == "POST" and form.is_valid():
        if call_service(form, service, year, by=request.user, expected_version=form.expected_version):
            messages.success(request, done.format(year=year.label))
            return redirect(year_url(request, year))
    return confirm_page(request, title=title.format(year=year.label), button=button, form=form, caption="Budget",
                        cancel_url=year_url(request, year), paragraphs=paragraphs, destructive=False)


@partnership_view(MANAGE)
def year_close(request, start_year):
    return _confirm_status(request, start_year, service=services.close_year, title="Close {year}?",
                           button="Close the year", done="{year} closed.",
                           paragraphs=["Close the year once its account is final. Nothing in it (lines, "
                                       "contributions, invoices, payments, spending) can change until the business "
                                       "team reopens it."])


@partnership_view(MANAGE)
def year_reopen(request, start_year):
    return _confirm_status(request, start_year, service=services.reopen_year, title="Reopen {year}?",
                           button="Reopen the year", done="{year} reopened.",
                           paragraphs=["Reopen the year to correct its account. Close it again when it is final."])


@partnership_view(MANAGE)
def line_add(request, start_year):
    year = access.get_year_or_404(request, start_year)
    form = LineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_line, year, by=request.user, **form.cleaned_data)
        if outcome:
            messages.success(request, f"{outcome.result.name} added to {year.label}.")
            return redirect(year_url(request, year))
    return form_page(request, form, title="Add a budget line", caption=f"Budget {year.label}", submit="Add line",
                     back_url=year_url(request, year))


@partnership_view(MANAGE)
def line_edit(request, start_year, line_id):
    year = access.get_year_or_404(request, start_year)
    line = access.get_line_or_404(request, year, line_id)
    initial = {"category": line.category, "name": line.name, "planned_pence": as_typed(line.planned_pence),
               "forecast_pence": as_typed(line.forecast_pence), "ring_fenced": line.ring_fenced}
    form = EditLineForm(request.POST or None, initial=initial | VersionedForm.version_of(line))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("version")
        if call_service(form, services.update_line, line, by=request.user, expected_version=form.expected_version,
                        **data):
            messages.success(request, f"{line.name} saved.")
            return redirect(year_url(request, year))
    return form_page(request, form, title=f"Change {line.name}", caption=f"Budget {year.label}",
                     back_url=year_url(request, year))



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
    return bytes_download(word.appendix_docx(data), data.file_name("docx"), appendix.DOCX_CONTENT_TYPE)
