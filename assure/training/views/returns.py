"""Single-agency training returns: the year's list and totals (everyone), adding, changing and removing one and the
download (the business team adds and changes). Thin views: check access, read through access.py and queries.py,
bind the form, call one service, render."""
from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.dates import financial_year_label, financial_year_of
from assure.core.forms import VersionedForm, call_service
from assure.core.pages import bytes_download, confirm_page, form_page
from assure.documents import tables

from .. import access, impact, queries, services
from ..forms import EditReturnForm, ReturnForm, YearForm
from ..models import Level


def _list_url(request, start_year=None) -> str:
    url = reverse("training:return-list", args=[request.partnership.slug])
    return f"{url}?year={start_year}" if start_year else url


def _year(request):
    form = YearForm(request.GET, years=queries.return_years(request.partnership))
    return form, form.chosen(financial_year_of(clock.today()))


def _lines(training_return) -> list[impact.ReturnLineRow]:
    return [impact.ReturnLineRow(training_return.organisation.name, line.level, line.get_level_display(),
                                 line.staff_trained, line.staff_in_scope) for line in training_return.lines.all()]


@partnership_view(READ)
def return_list(request):
    form, start_year = _year(request)
    returns = queries.returns_of_year(request.partnership, start_year)
    rows = [(r, _lines(r)) for r in returns]
    return render(request, "training/return_list.html", {
        "form": form, "start_year": start_year, "year_label": financial_year_label(start_year), "rows": rows,
        "totals": impact.level_totals([line for _, lines in rows for line in lines], Level.choices),
    })


HEADINGS = ["Organisation", "Financial year", "Level", "Staff trained", "Staff in scope", "Trained of in scope (%)",
            "Date received", "Notes"]


@partnership_view(READ)
def return_download(request):
    _, start_year = _year(request)
    returns = queries.returns_of_year(request.partnership, start_year)
    label = financial_year_label(start_year)
    rows = [HEADINGS]
    for r in returns:
        for row in _lines(r):
            rows.append([r.organisation.name, label, row.level_label, row.trained,
                         "" if row.in_scope is None else row.in_scope, row.rate.percent if row.rate else "",
                         r.received_on.isoformat() if r.received_on else "", r.notes])
    name = f"training-returns-{request.partnership.slug}-{start_year}-{(start_year + 1) % 100:02d}"
    if request.GET.get("format") == "xlsx":
        return bytes_download(tables.write_table(rows, "xlsx", sheet=f"Returns {label.replace('/', '-')}"),
                              name + ".xlsx", tables.CONTENT_TYPES["xlsx"])
    return bytes_download(tables.write_table(rows, "csv"), name + ".csv", tables.CONTENT_TYPES["csv"])


def _return_years(start_year=None) -> list[int]:
    current = financial_year_of(clock.today())
    years = set(range(current - 3, current + 1)) | ({start_year} if start_year else set())
    return sorted(years, reverse=True)


@partnership_view(MANAGE)
def return_add(request):
    current = financial_year_of(clock.today())
    form = ReturnForm(request.POST or None, partnership=request.partnership, years=_return_years(),
                      initial={"start_year": request.GET.get("year") or current})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.save_return, partnership=request.partnership, by=request.user,
                               **form.service_fields())
        if outcome:
            saved = outcome.result
            messages.success(request, f"Training return of {saved.organisation} for {saved.year_label} added.")
            return redirect(_list_url(request, saved.start_year))
    return form_page(request, form, title="Add a training return", submit="Add return", caption="Training returns",
                     back_url=_list_url(request))


@partnership_view(MANAGE)
def return_edit(request, return_id):
    found = access.get_return_or_404(request, return_id)
    form = EditReturnForm(request.POST or None, partnership=request.partnership,
                          years=_return_years(found.start_year),
                          initial=ReturnForm.initial_for(found) | VersionedForm.version_of(found))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.save_return, partnership=request.partnership, by=request.user,
                        training_return=found, expected_version=form.expected_version, **form.service_fields()):
            messages.success(request, f"Training return of {found.organisation} for {found.year_label} saved.")
            return redirect(_list_url(request, form.cleaned_data["start_year"]))
    return form_page(request, form, title=f"Change the training return of {found.organisation}",
                     caption=f"Training returns {found.year_label}", back_url=_list_url(request, found.start_year))


@partnership_view(MANAGE)
def return_remove(request, return_id):
    found = access.get_return_or_404(request, return_id)
    form = forms.Form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_return, found, by=request.user):
            messages.success(request, f"Training return of {found.organisation} for {found.year_label} removed.")
            return redirect(_list_url(request, found.start_year))
    return confirm_page(request, title=f"Remove the training return of {found.organisation} for {found.year_label}?",
                        button="Remove return", cancel_url=_list_url(request, found.start_year), form=form,
                        paragraphs=["Its counts of staff trained at each level will be removed with it. The change "
                                    "history keeps a record."])
