"""Partners' contributions to a year: the list, proposing them from a total, adding, changing and removing one,
and its invoices and payments. Thin views: check access, read through access.py, bind, call one service, render."""
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import money
from assure.core.access import MANAGE, READ, UPDATE, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.pages import confirm_page, form_page

from .. import access, queries, services
from ..forms import ContributionForm, EditContributionForm, InvoiceForm, PaymentForm, ProposeForm
from .years import as_typed


def list_url(request, year) -> str:
    return reverse("budget:contribution-list", args=[request.partnership.slug, year.start_year])


def detail_url(request, contribution) -> str:
    return reverse("budget:contribution-detail", args=[request.partnership.slug, contribution.pk])


@partnership_view(READ)
def contribution_list(request, start_year):
    year = access.get_year_or_404(request, start_year)
    rows, totals = queries.contributions(year)
    return render(request, "budget/contribution_list.html", {"year": year, "rows": rows, "totals": totals})


@partnership_view(READ)
def contribution_detail(request, contribution_id):
    contribution = access.get_contribution_or_404(request, contribution_id)
    return render(request, "budget/contribution_detail.html", {
        "contribution": contribution, "year": contribution.year, "figures": queries.contribution_figures(contribution),
        "invoices": contribution.invoices.all(), "payments": contribution.payments.select_related("recorded_by"),
        "may_record_payments": access.may_record_payments(request, contribution),
    })


@partnership_view(MANAGE)
def contribution_add(request, start_year):
    year = access.get_year_or_404(request, start_year)
    form = ContributionForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_contribution, year, by=request.user, **form.cleaned_data)
        if outcome:
            messages.success(request, f"{outcome.result.organisation}'s contribution added to {year.label}.")
            return redirect(list_url(request, year))
    return form_page(request, form, title="Add a partner's contribution", caption=f"Budget {year.label}",
                     submit="Add contribution", back_url=list_url(request, year))


@partnership_view(MANAGE)
def contribution_edit(request, contribution_id):
    contribution = access.get_contribution_or_404(request, contribution_id)
    initial = {"organisation": contribution.organisation_id, "agreed_pence": as_typed(contribution.agreed_pence),
               "basis": contribution.basis, "basis_detail": contribution.basis_detail,
               "underwrites": contribution.underwrites,
               "underwriting_weight": f"{contribution.underwriting_weight.normalize():f}",
               "finance_contact": contribution.finance_contact_id}
    form = EditContributionForm(request.POST or None, partnership=request.partnership,
                                initial=initial | VersionedForm.version_of(contribution))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("version")
        if call_service(form, services.update_contribution, contribution, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, f"{contribution.organisation}'s contribution saved.")
            return redirect(detail_url(request, contribution))
    return form_page(request, form, title=f"Change {contribution.organisation}'s contribution",
                     caption=f"Budget {contribution.year.label}", back_url=detail_url(request, contribution))


@partnership_view(MANAGE)
def contribution_remove(request, contribution_id):
    contribution = access.get_contribution_or_404(request, contribution_id)
    year = contribution.year
    form = VersionedForm(request.POST or None, initial=VersionedForm.version_of(contribution))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_contribution, contribution, by=request.user,
                        expected_version=form.expected_version):
            messages.success(request, f"{contribution.organisation}'s contribution removed from {year.label}.")
            return redirect(list_url(request, year))
    refusal = ""
    if contribution.invoices.exists() or contribution.payments.exists():
        refusal = "It has invoices or payments, so it stays: change the agreed amount instead."
    return confirm_page(request, title=f"Remove {contribution.organisation}'s contribution?", caption=year.label,
                        button="Remove contribution", cancel_url=detail_url(request, contribution), form=form,
                        refusal=refusal, paragraphs=["Remove a contribution entered by mistake."])


@partnership_view(MANAGE)
def contributions_propose(request, start_year):
    """Work out the partners' contributions from a total; "Save" stores them all at once (all or nothing)."""
    year = access.get_year_or_404(request, start_year)
    form = ProposeForm(request.POST or None, partnership=request.partnership)
    proposed = None
    if request.method == "POST" and form.is_valid():
        proposed = form.cleaned_data["proposed"]
        if "save" in request.POST:
            outcome = call_service(form, services.set_contributions, year, by=request.user,
                                   basis=form.cleaned_data["method"],
                                   amounts=[(p.partner, p.pence) for p in proposed],
                                   details={p.partner.pk: p.detail for p in proposed})
            if outcome:
                messages.success(request, f"{len(proposed)} contributions saved for {year.label}.")
                return redirect(list_url(request, year))
    return render(request, "budget/contributions_propose.html", {
        "year": year, "form": form, "proposed": proposed,
        "proposed_total": sum(p.pence for p in proposed) if proposed else 0,
    })


@partnership_view(MANAGE)
def invoice_add(request, contribution_id):
    contribution = access.get_contribution_or_404(request, contribution_id)
    form = InvoiceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.raise_invoice, contribution, by=request.user, **form.cleaned_data)
        if outcome:
            messages.success(request, f"Invoice {outcome.result.number} added.")
            return redirect(detail_url(request, contribution))
    return form_page(request, form, title=f"Add an invoice to {contribution.organisation}",
                     caption=f"Budget {contribution.year.label}", submit="Add invoice",
                     back_url=detail_url(request, contribution))


@partnership_view(UPDATE)
def payment_add(request, contribution_id):
    contribution = access.get_contribution_or_404(request, contribution_id)
    if not access.may_record_payments(request, contribution):
        raise PermissionDenied("Only the business team or the partner's finance contact records its payments.")
    form = PaymentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.record_payment, contribution, by=request.user, **form.cleaned_data)
        if outcome:
            messages.success(request, f"Payment of {money.pounds(outcome.result.amount_pence)} recorded.")
            return redirect(detail_url(request, contribution))
    return form_page(request, form, title=f"Record a payment from {contribution.organisation}",
                     caption=f"Budget {contribution.year.label}", submit="Record payment",
                     back_url=detail_url(request, contribution))
