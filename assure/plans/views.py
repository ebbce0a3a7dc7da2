"""The business plan's pages: the plan for a year with its quarterly RAG matrix, a priority's plan, and the business
team's changes (objectives, their evidence, each quarter's rating). Views check access, bind a form, call one
service and render."""
from django.contrib import messages
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.dates import financial_year_of
from assure.core.forms import VersionedForm, call_service, call_service_for_button
from assure.core.pages import confirm_page, form_page
from assure.core.text import shorten
from assure.performance import periods

from . import access, queries, services
from .forms import EditObjectiveForm, EditProgressForm, EvidenceForm, NewProgressForm, ObjectiveForm, PlanYearForm


def plan_url(request, year=None) -> str:
    url = reverse("plans:plan", args=[request.partnership.slug])
    return f"{url}?year={year}" if year is not None else url


def priority_url(request, priority, anchor="") -> str:
    url = reverse("plans:priority-detail", args=[request.partnership.slug, priority.pk])
    return f"{url}#{anchor}" if anchor else url


@partnership_view(READ)
def plan(request):
    """`?year=2026` (this financial year when none is asked for, or one not understood: the page says so)."""
    this_year = financial_year_of(clock.today())
    years = queries.plan_years(request.partnership)
    form = PlanYearForm(request.GET if "year" in request.GET else None, initial={"year": this_year}, years=years)
    year = form.cleaned_data["year"] if form.is_bound and form.is_valid() else this_year
    return render(request, "plans/plan.html", {
        "form": form if form.is_bound else None, "year_form": form,
        "plan": queries.year_plan(request.partnership, year, may_see=access.may_see(request)),
        "this_year": this_year,
    })


@partnership_view(READ)
def priority_detail(request, priority_id):
    priority = access.get_priority_or_404(request, priority_id)
    plan = queries.priority_plan(priority, may_see=access.may_see(request))
    return render(request, "plans/priority_detail.html", {
        "priority": priority, "plan": plan, "history": list(reversed(plan.ratings)),
        "rateable": bool(queries.rateable_quarters(priority)),
    })


# --- Objectives ------------------------------------------------------------------------------------------------

@partnership_view(MANAGE)
def objective_add(request, priority_id):
    priority = access.get_priority_or_404(request, priority_id)
    form = ObjectiveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_objective, priority, by=request.user, text=form.cleaned_data["text"])
        if outcome:
            messages.success(request, "Objective added. Choose the evidence that shows whether it is being met.")
            return redirect(priority_url(request, priority, f"objective-{outcome.result.pk}"))
    return form_page(request, form, title="Add an objective", caption=priority.title, submit="Add objective",
                     back_url=priority_url(request, priority))


@partnership_view(MANAGE)
def objective_edit(request, priority_id, objective_id):
    priority = access.get_priority_or_404(request, priority_id)
    objective = access.get_objective_or_404(request, priority, objective_id)
    form = EditObjectiveForm(request.POST or None, initial={"text": objective.text} | VersionedForm.version_of(objective))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.update_objective, objective, by=request.user,
                        expected_version=form.expected_version, text=form.cleaned_data["text"]):
            messages.success(request, "Objective saved.")
            return redirect(priority_url(request, priority, f"objective-{objective.pk}"))
    return form_page(request, form, title="Change the objective", caption=priority.title,
                     back_url=priority_url(request, priority))


@partnership_view(MANAGE)
def objective_remove(request, priority_id, objective_id):
    priority = access.get_priority_or_404(request, priority_id)
    objective = access.get_objective_or_404(request, priority, objective_id)
    form = VersionedForm(request.POST or None, initial=VersionedForm.version_of(objective))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_objective, objective, by=request.user,
                        expected_version=form.expected_version):
            messages.success(request, f"'{shorten(objective.text)}' removed from the plan.")
            return redirect(priority_url(request, priority))
    return confirm_page(request, form=form, title="Remove this objective?", caption=priority.title,
                        quote=objective.text, button="Remove objective", cancel_url=priority_url(request, priority),
                        paragraphs=["It will no longer be in the plan or the yearly report. The actions, indicators, "
                                    "assurance and reviews it points to stay as they are."])


@partnership_view(MANAGE)
def objective_move(request, priority_id, objective_id):
    priority = access.get_priority_or_404(request, priority_id)
    objective = access.get_objective_or_404(request, priority, objective_id)
    if request.method != "POST":   # after the lookup: another partnership's id is a 404, not a 405
        return HttpResponseNotAllowed(["POST"])
    call_service_for_button(request, services.move_objective, objective, by=request.user,
                            direction=request.POST.get("direction", ""))
    return redirect(priority_url(request, priority, f"objective-{objective.pk}"))


@partnership_view(MANAGE)
def evidence_edit(request, priority_id, objective_id):
    priority = access.get_priority_or_404(request, priority_id)
    objective = access.get_objective_or_404(request, priority, objective_id)
    initial = {kind: list(getattr(objective, kind).values_list("pk", flat=True))
               for kind in ("actions", "indicators", "activities", "reviews")}
    form = EvidenceForm(request.POST or None, partnership=request.partnership, objective=objective,
                        initial=initial | VersionedForm.version_of(objective))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.set_evidence, objective, by=request.user,
                        expected_version=form.expected_version, actions=data["actions"],
                        indicators=data["indicators"], activities=data["activities"], reviews=data["reviews"]):
            messages.success(request, "Evidence saved.")
            return redirect(priority_url(request, priority, f"objective-{objective.pk}"))
    return form_page(request, form, title="Choose the evidence", caption=shorten(objective.text, 120),
                     intro="Tick what delivers this objective and what shows whether it is being met. Each list "
                           "has only this partnership's records.",
                     back_url=priority_url(request, priority), submit="Save evidence")


# --- Quarterly progress ----------------------------------------------------------------------------------------

@partnership_view(MANAGE)
def progress_add(request, priority_id):
    """`?quarter=2026-Q2` chooses the quarter (from the matrix's "Rate" links)."""
    priority = access.get_priority_or_404(request, priority_id)
    quarters = queries.rateable_quarters(priority)
    if not quarters:
        messages.error(request, f"Every quarter of {priority} that has started already has a rating: change one from "
                                "the ratings below.")
        return redirect(priority_url(request, priority, "ratings"))
    asked = request.GET.get("quarter", "")
    initial = {"quarter": asked if asked in {q.code for q in quarters} else quarters[0].code}
    form = NewProgressForm(request.POST or None, quarters=quarters, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, services.record_progress, priority, by=request.user, quarter=data["quarter"],
                               rating=data["rating"], narrative=data["narrative"])
        if outcome:
            progress = outcome.result
            messages.success(request, f"{periods.parse_period(progress.quarter).label} rated "
                                      f"{progress.get_rating_display().lower()}.")
            return redirect(priority_url(request, priority, "ratings"))
    return form_page(request, form, title="Rate progress", caption=priority.title, submit="Save rating",
                     back_url=priority_url(request, priority))


@partnership_view(MANAGE)
def progress_edit(request, priority_id, quarter):
    priority = access.get_priority_or_404(request, priority_id)
    try:
        period = periods.parse_period(quarter)
    except periods.PeriodError:
        raise Http404("No such quarter") from None
    progress = access.get_progress_or_404(request, priority, period.code)
    form = EditProgressForm(request.POST or None, initial={"rating": progress.rating, "narrative": progress.narrative}
                            | VersionedForm.version_of(progress))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.record_progress, priority, by=request.user, quarter=period.code,
                        rating=data["rating"], narrative=data["narrative"], expected_version=form.expected_version):
            messages.success(request, f"The rating for {period.label} saved.")
            return redirect(priority_url(request, priority, "ratings"))
    return form_page(request, form, title=f"Change the rating for {period.long_label}", caption=priority.title,
                     back_url=priority_url(request, priority, "ratings"))
