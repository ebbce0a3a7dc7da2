"""Escalations' pages: the log (filters, recurring issues by agency and theme, those past their stage's clock), an
escalation with its stages, the forms that record, move on and resolve one, and the partnership's stages.

Thin views: check access (`partnership_view`, then access.get_escalation_or_404), bind the form, call one service.
"""
from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.history import history_rows
from assure.core.pages import confirm_page, form_page
from assure.core.pagination import paginate
from assure.core.templatetags.govuk import status_tag
from assure.jobs import exports

from .. import access, queries, rows, services
from ..filters import EscalationFilter
from ..forms import EditEscalationForm, EditStageForm, EscalateForm, NewEscalationForm, ResolveEscalationForm, StageForm
from ..models import EscalationStage

FIELDS = ("kind", "raised_on", "raised_by_organisation", "raised_by_role", "about_organisation", "case_reference",
          "summary", "learning_theme")


def _url(request, escalation) -> str:
    return reverse("assurance:escalation-detail", args=[request.partnership.slug, escalation.pk])


def _log_url(request) -> str:
    return reverse("assurance:escalation-list", args=[request.partnership.slug])


def _stages_url(request) -> str:
    return reverse("assurance:escalation-stages", args=[request.partnership.slug])


def _stage(escalation):
    step = escalation.current_step()
    return step.stage.name if step else ""


# The escalation log's columns in a download (jobs.exports, ADR 0148).
COLUMNS = [
    ("Reference", "reference"), ("Kind", "get_kind_display"), ("Raised on", "raised_on"),
    ("Raised by (role)", "raised_by_role"), ("Raised by", "raised_by_organisation.name"),
    ("About", "about_organisation.name"), ("Case reference", "case_reference"), ("What it is about", "summary"),
    ("Learning theme", "learning_theme"), ("Stage reached", _stage),
    ("Status", lambda e: "Open" if e.is_open else "Resolved"), ("Outcome", "get_outcome_display"),
    ("Resolved on", "resolved_on"),
]


@partnership_view(READ)
def escalation_list(request):
    today = clock.today()
    stages = queries.escalation_stages(request.partnership)
    visible = access.visible_escalations(request)
    log = EscalationFilter.from_request(request, queries.escalation_log(visible))
    if exports.wanted(request):
        return exports.download(request, log.qs, COLUMNS, "escalations")
    page = paginate(request, log.qs)
    slug = request.partnership.slug
    late = [e for e, _, _ in queries.past_their_clock(queries.escalation_log(visible), today)]
    return render(request, "assurance/escalations/list.html", {
        "form": log.form, "page": page, "rows": rows.escalation_rows(page.object_list, today, slug),
        "filtered": log.is_filtering, "stages": stages, "recurring": queries.recurring_issues(visible),
        "recurring_tag": status_tag("amber", "Recurring"), "late": rows.escalation_rows(late, today, slug),
        "sees_all": access.sees_all(request),
    })


@partnership_view(READ)
def escalation_detail(request, escalation_id):
    escalation = access.get_escalation_or_404(request, escalation_id)
    today = clock.today()
    steps = [(step, step.clock(today)) for step in escalation.steps.select_related("stage")]
    return render(request, "assurance/escalations/detail.html", {
        "escalation": escalation, "steps": steps,
        "history": history_rows(escalation, partnership=request.partnership),
    })


@partnership_view(MANAGE)
def escalation_add(request):
    stages = queries.escalation_stages(request.partnership)
    form = NewEscalationForm(request.POST or None, partnership=request.partnership,
                             initial={"kind": "escalation", "stage": stages[0], "raised_on": clock.today()})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.record_escalation, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"Escalation {outcome.result.reference} recorded.")
            return redirect(_url(request, outcome.result))
    return form_page(request, form, title="Record an escalation or disagreement", back_url=_log_url(request),
                     submit="Record escalation", intro="Name people by their role and organisation, and a child by a "
                                                       "pseudonym only: anything that looks like a name is refused.")


@partnership_view(MANAGE)
def escalation_edit(request, escalation_id):
    escalation = access.get_escalation_or_404(request, escalation_id)
    initial = {name: getattr(escalation, name) for name in FIELDS} | VersionedForm.version_of(escalation)
    form = EditEscalationForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in FIELDS}
        if call_service(form, services.edit_escalation, escalation, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, f"Escalation {escalation.reference} saved.")
            return redirect(_url(request, escalation))
    return form_page(request, form, title=f"Change escalation {escalation.reference}", back_url=_url(request, escalation),
                     submit="Save escalation")


@partnership_view(MANAGE)
def escalation_escalate(request, escalation_id):
    escalation = access.get_escalation_or_404(request, escalation_id)
    current = escalation.current_step()
    following = EscalationStage.objects.filter(partnership=request.partnership,
                                               number__gt=current.stage.number if current else 0).first()
    form = EscalateForm(request.POST or None, partnership=request.partnership,
                        initial={"stage": following, "moved_on": clock.today(), **VersionedForm.version_of(escalation)})
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in ("stage", "moved_on", "note")}
        if call_service(form, services.escalate, escalation, by=request.user, expected_version=form.expected_version,
                        **data):
            messages.success(request, f"Escalation {escalation.reference} moved to {data['stage']}.")
            return redirect(_url(request, escalation))
    intro = f"It is at {current.stage}." if current else ""
    return form_page(request, form, title="Move to a later stage", caption=str(escalation),
                     back_url=_url(request, escalation), submit="Move on", intro=intro)


@partnership_view(MANAGE)
def escalation_resolve(request, escalation_id):
    escalation = access.get_escalation_or_404(request, escalation_id)
    form = ResolveEscalationForm(request.POST or None, initial={
        "resolved_on": clock.today(), "learning_theme": escalation.learning_theme,
        **VersionedForm.version_of(escalation)})
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in ("resolved_on", "outcome", "outcome_summary",
                                                            "learning_theme")}
        if call_service(form, services.resolve_escalation, escalation, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, f"Escalation {escalation.reference} resolved.")
            return redirect(_url(request, escalation))
    return form_page(request, form, title="Record the outcome", caption=str(escalation),
                     back_url=_url(request, escalation), submit="Resolve escalation")


@partnership_view(READ)
def stage_list(request):
    return render(request, "assurance/escalations/stages.html", {
        "stages": queries.escalation_stages(request.partnership)})


@partnership_view(MANAGE)
def stage_add(request):
    form = StageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_escalation_stage, partnership=request.partnership, by=request.user,
                        **form.cleaned_data):
            messages.success(request, "Stage added.")
            return redirect(_stages_url(request))
    return form_page(request, form, title="Add an escalation stage", back_url=_stages_url(request),
                     submit="Add stage", intro="It comes after the partnership's last stage.")


@partnership_view(MANAGE)
def stage_edit(request, stage_id):
    stage = get_object_or_404(EscalationStage, pk=stage_id, partnership=request.partnership)
    form = EditStageForm(request.POST or None, initial={"name": stage.name, "working_days": stage.working_days,
                                                        **VersionedForm.version_of(stage)})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.edit_escalation_stage, stage, by=request.user,
                        expected_version=form.expected_version, name=form.cleaned_data["name"],
                        working_days=form.cleaned_data["working_days"]):
            messages.success(request, f"Stage {stage.number} saved.")
            return redirect(_stages_url(request))
    return form_page(request, form, title=f"Change stage {stage.number}", back_url=_stages_url(request),
                     submit="Save stage", intro="Escalations already at this stage keep the working days they "
                                                "started with.")


@partnership_view(MANAGE)
def stage_remove(request, stage_id):
    stage = get_object_or_404(EscalationStage, pk=stage_id, partnership=request.partnership)
    form = forms.Form(request.POST or None)
    if request.method == "POST" and form.is_valid() and call_service(form, services.remove_escalation_stage, stage,
                                                                     by=request.user):
        messages.success(request, "Stage removed.")
        return redirect(_stages_url(request))
    refusal = ("Escalations have reached this stage, so it cannot be removed: rename it instead."
               if stage.steps.exists() else "")
    return confirm_page(request, title=f"Remove stage {stage.number}?", button="Remove stage", form=form,
                        cancel_url=_stages_url(request), quote=stage.name, refusal=refusal,
                        paragraphs=["The later stages move up a number."])
