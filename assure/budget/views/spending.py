"""A year's spending: the list with its filters and totals, entering, changing and removing spending, and the
review costs page. Thin views: check access, bind the form, call one service, render."""
from decimal import Decimal

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock, money
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.pages import confirm_page, form_page
from assure.core.pagination import paginate
from assure.jobs import exports

from .. import access, queries, services
from ..filters import SpendingFilter
from ..forms import EditSpendingForm, SpendingForm


def _list_url(request, year) -> str:
    return reverse("budget:spending-list", args=[request.partnership.slug, year.start_year])


def _closed(request, year):
    """A page that changes spending, opened on a closed year: back to the list, saying why."""
    if year.is_open:
        return None
    messages.error(request, f"{year.label} is closed, so its spending cannot change: reopen the year first.")
    return redirect(_list_url(request, year))


def spending_columns(visible_reviews: set[int]) -> list:
    """The spending list's columns in a download (jobs.exports, ADR 0148): money in pounds, a review named only
    for those who may see it."""
    def review(item):
        if item.review_id is None:
            return ""
        return str(item.review) if item.review_id in visible_reviews else "a review"
    return [
        ("Date", "spent_on"), ("Budget line", "line.name"), ("Description", "description"), ("Supplier", "supplier"),
        ("Amount (£)", lambda item: Decimal(item.amount_pence).scaleb(-2)), ("Review", review),
        ("Finance reference", "finance_reference"), ("Source", "get_source_display"),
    ]


@partnership_view(READ)
def spending_list(request, start_year):
    year = access.get_year_or_404(request, start_year)
    reviews = access.reviews(request)
    chosen = SpendingFilter.from_request(request, queries.spending_of(year), year=year, reviews=reviews)
    if exports.wanted(request):
        visible = set(reviews.values_list("pk", flat=True))
        return exports.download(request, chosen.qs, spending_columns(visible), f"spending-{year.start_year}",
                                sheet=f"Spending {year.label.replace('/', '-')}")
    page = paginate(request, chosen.qs)
    visible = set(reviews.values_list("pk", flat=True))
    return render(request, "budget/spending_list.html", {
        "year": year, "form": chosen.form, "page": page, "spending": page.object_list, "visible_reviews": visible,
        "filtered": chosen.is_filtering, "total": queries.spending_total(chosen.qs),
    })


@partnership_view(MANAGE)
def spending_add(request, start_year):
    year = access.get_year_or_404(request, start_year)
    if refused := _closed(request, year):
        return refused
    today = clock.today()
    form = SpendingForm(request.POST or None, partnership=request.partnership, year=year,
                        reviews=access.reviews(request), initial={"spent_on": today})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.record_spending, year, by=request.user, **form.service_fields())
        if outcome:
            messages.success(request, f"{money.pounds(outcome.result.amount_pence)} of spending recorded.")
            return redirect(_list_url(request, year))
    return form_page(request, form, title="Record spending", caption=f"Budget {year.label}",
                     back_url=_list_url(request, year), submit="Record spending",
                     intro=f"Money spent from a line of {year.label} (1 April {year.start_year} to 31 March "
                           f"{year.start_year + 1}).")


@partnership_view(MANAGE)
def spending_edit(request, start_year, spending_id):
    year = access.get_year_or_404(request, start_year)
    spending = access.get_spending_or_404(request, year, spending_id)
    if refused := _closed(request, year):
        return refused
    initial = {"line": spending.line, "spent_on": spending.spent_on, "description": spending.description,
               "supplier": spending.supplier, "amount": money.pounds(spending.amount_pence).replace("£", ""),
               "review": spending.review} | VersionedForm.version_of(spending)
    form = EditSpendingForm(request.POST or None, partnership=request.partnership, year=year,
                            reviews=access.reviews(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.update_spending, spending, by=request.user,
                        expected_version=form.expected_version, **form.service_fields()):
            messages.success(request, "Spending saved.")
            return redirect(_list_url(request, year))
    return form_page(request, form, title="Change spending", caption=spending.description,
                     back_url=_list_url(request, year), submit="Save spending")


@partnership_view(MANAGE)
def spending_remove(request, start_year, spending_id):
    year = access.get_year_or_404(request, start_year)
    spending = access.get_spending_or_404(request, year, spending_id)
    if refused := _closed(request, year):
        return refused
    form = forms.Form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_spending, spending, by=request.user):
            messages.success(request, f"Spending removed: {spending.description}.")
            return redirect(_list_url(request, year))
    return confirm_page(request, title="Remove this spending?", button="Remove spending",
                        cancel_url=_list_url(request, year), form=form, caption=f"Budget {year.label}",
                        quote=f"{spending.description}: {money.pounds(spending.amount_pence)} on "
                              f"{spending.spent_on:%-d %B %Y}",
                        paragraphs=[f"It will no longer count against {spending.line.name}. Its history is kept."])


@partnership_view(READ)
def review_costs(request):
    costs = queries.review_costs(request.partnership, access.reviews(request))
    return render(request, "budget/review_costs.html", {"costs": costs,
                                                         "total": sum(c["total"] for c in costs)})
