"""The risk register's pages: the register, a risk, the heat map, and the forms that add, change, close and reopen.

Thin views: check access (`partnership_view`), bind the form, call one service, render.
"""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.history import history_rows
from assure.core.pages import form_page
from assure.core.pagination import paginate
from assure.jobs import exports
from assure.partnerships.models import Person

from .. import access, queries, rows, scoring, services
from ..filters import RiskFilter
from ..forms import CloseRiskForm, EditRiskForm, ReopenRiskForm, RiskActionForm, RiskForm
from ..models import SCORE_FIELDS


def _risk_url(request, risk) -> str:
    return reverse("assurance:risk-detail", args=[request.partnership.slug, risk.pk])


def _not_while(request, risk, is_open: bool):
    """A page for open risks opened on a closed one (or the other way round): back to the risk, saying why."""
    if risk.is_open == is_open:
        return None
    messages.error(request, f"Risk {risk.reference} is {'closed: reopen it first' if is_open else 'already open'}.")
    return redirect(_risk_url(request, risk))


def _register_url(request) -> str:
    return reverse("assurance:risk-list", args=[request.partnership.slug])


# The risk register's columns in a download (jobs.exports, ADR 0148).
COLUMNS = [
    ("Reference", "reference"), ("Risk", "title"), ("Category", "get_category_display"), ("Held by", "body.name"),
    ("Owner", "owner.full_name"), ("Owner organisation", "owner_organisation.name"),
    ("Inherent score", "inherent_score"), ("Current score", "current_score"), ("Current rating", "current_band.label"),
    ("Target score", "target_score"), ("Controls in place", "controls"), ("Date raised", "raised_on"),
    ("Review date", "review_date"), ("Review overdue", "review_overdue"), ("Status", "get_status_display"),
    ("Closed on", "closed_on"),
]


@partnership_view(READ)
def risk_list(request):
    register = RiskFilter.from_request(request, queries.register(request.partnership))
    if exports.wanted(request):
        return exports.download(request, register.qs, COLUMNS, "risks", sheet="Risk register")
    page = paginate(request, register.qs)
    return render(request, "assurance/risk_list.html", {
        "form": register.form, "page": page, "filtered": register.narrows,
        "risks": rows.risk_rows(page.object_list, clock.today(), request.partnership.slug),
        "sorted_by_score": register.chosen("sort") == "score",
    })


@partnership_view(READ)
def heat_map(request):
    today = clock.today()
    return render(request, "assurance/heat_map.html", {
        "rows": queries.heat_map(request.partnership), "impacts": scoring.IMPACT, "bands": scoring.BANDS,
        "top": queries.top_risks(request.partnership), "overdue": queries.overdue_reviews(request.partnership, today),
        "today": today,
    })


def _names(partnership) -> dict:
    return dict(Person.objects.filter(partnership=partnership, user__isnull=False).values_list("user_id", "full_name"))


@partnership_view(READ)
def risk_detail(request, risk_id):
    risk = access.get_risk_or_404(request, risk_id)
    today = clock.today()
    scores = queries.score_history(risk, _names(request.partnership))
    actions = queries.further_actions(risk)
    return render(request, "assurance/risk_detail.html", {
        "risk": risk, "actions": actions, "scores": scores,
        "direction": scoring.DIRECTION_LABELS[queries.direction_of_travel(risk, scores)],
        "warnings": risk.score_warnings(), "overdue": risk.review_overdue(today),
        "history": history_rows(risk, partnership=request.partnership),
    })


@partnership_view(MANAGE)
def risk_add(request):
    form = RiskForm(request.POST or None, partnership=request.partnership, initial={"raised_on": clock.today()})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_risk, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"Risk {outcome.result.reference} added to the register.")
            return redirect(_risk_url(request, outcome.result))
    return form_page(request, form, title="Add a risk", back_url=_register_url(request), submit="Add risk",
                     intro="Score each of likelihood and impact from 1 (lowest) to 5 (highest). The score is "
                           "likelihood times impact.")


_FIELDS = ("title", "cause", "consequence", "category", "owner", "owner_organisation", "body", "controls",
           "raised_on", "review_date", *SCORE_FIELDS)


@partnership_view(MANAGE)
def risk_edit(request, risk_id):
    risk = access.get_risk_or_404(request, risk_id)
    if refused := _not_while(request, risk, is_open=True):
        return refused
    initial = {name: getattr(risk, name) for name in _FIELDS} | VersionedForm.version_of(risk)
    form = EditRiskForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("version")
        if call_service(form, services.edit_risk, risk, by=request.user, expected_version=form.expected_version,
                        **data):
            messages.success(request, f"Risk {risk.reference} saved.")
            return redirect(_risk_url(request, risk))
    return form_page(request, form, title=f"Change risk {risk.reference}", caption=risk.title,
                     back_url=_risk_url(request, risk), submit="Save risk",
                     intro="Earlier scores and wording are kept in the risk's history.")


@partnership_view(MANAGE)
def risk_action_add(request, risk_id):
    risk = access.get_risk_or_404(request, risk_id)
    if refused := _not_while(request, risk, is_open=True):
        return refused
    form = RiskActionForm(request.POST or None, partnership=request.partnership,
                          initial={"owner_organisation": risk.owner_organisation, "owner": risk.owner})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_risk_action, risk, by=request.user, **form.cleaned_data):
            messages.success(request, "Further action added to the risk and the action log.")
            return redirect(_risk_url(request, risk))
    return form_page(request, form, title="Add a further action", caption=str(risk), back_url=_risk_url(request, risk),
                     submit="Add action", intro=f"The action goes in the action log, held by {risk.body}.")


@partnership_view(MANAGE)
def risk_close(request, risk_id):
    risk = access.get_risk_or_404(request, risk_id)
    if refused := _not_while(request, risk, is_open=True):
        return refused
    form = CloseRiskForm(request.POST or None, initial={"closed_on": clock.today(), **VersionedForm.version_of(risk)})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.close_risk, risk, by=request.user, expected_version=form.expected_version,
                        closed_on=form.cleaned_data["closed_on"], reason=form.cleaned_data["reason"]):
            messages.success(request, f"Risk {risk.reference} closed.")
            return redirect(_risk_url(request, risk))
    open_actions = sum(1 for action in queries.further_actions(risk) if action.is_live)
    intro = "The risk stays on the register, closed, with its history."
    if open_actions:
        intro += (f" Its {open_actions} open further action{'s' if open_actions != 1 else ''} stay"
                  f"{'s' if open_actions == 1 else ''} in the action log: close or supersede them there.")
    return form_page(request, form, title=f"Close risk {risk.reference}", caption=risk.title,
                     back_url=_risk_url(request, risk), submit="Close risk", intro=intro)


@partnership_view(MANAGE)
def risk_reopen(request, risk_id):
    risk = access.get_risk_or_404(request, risk_id)
    if refused := _not_while(request, risk, is_open=False):
        return refused
    form = ReopenRiskForm(request.POST or None, initial=VersionedForm.version_of(risk))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.reopen_risk, risk, by=request.user, expected_version=form.expected_version,
                        reason=form.cleaned_data["reason"]):
            messages.success(request, f"Risk {risk.reference} reopened.")
            return redirect(_risk_url(request, risk))
    return form_page(request, form, title=f"Reopen risk {risk.reference}", caption=risk.title,
                     back_url=_risk_url(request, risk), submit="Reopen risk",
                     intro="The risk goes back on the live register. When and why it was closed stay in its history.")

