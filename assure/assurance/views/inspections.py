"""Inspections' pages: the list, an inspection (judgements, report, action plan, preparation tasks) and the forms.

Thin views: check access (`partnership_view`, then access.get_inspection_or_404), bind the form, call one service.
"""
from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.history import history_rows
from assure.core.pages import confirm_page, file_download, form_page

from .. import access, queries, services
from ..forms import (
    EditInspectionForm,
    FollowUpActionForm,
    InspectionForm,
    JudgementForm,
    ReportForm,
)
from ..models import InspectionJudgement

FIELDS = ("inspection_type", "theme", "title", "status", "start_date", "end_date", "agencies", "reporting_body",
          "owner_body", "lead", "planned_report", "reported_on", "scope")


def _url(request, inspection, anchor="") -> str:
    url = reverse("assurance:inspection-detail", args=[request.partnership.slug, inspection.activity_id])
    return f"{url}#{anchor}" if anchor else url


@partnership_view(READ)
def inspection_list(request):
    return render(request, "assurance/inspections/list.html", {
        "inspections": queries.inspections(access.visible_activities(request))})


@partnership_view(READ)
def inspection_detail(request, activity_id):
    inspection = access.get_inspection_or_404(request, activity_id)
    activity = inspection.activity
    return render(request, "assurance/inspections/detail.html", {
        "inspection": inspection, "activity": activity, "agencies": activity.agencies.order_by("name"),
        "judgements": inspection.judgements.all(), "recommendations": queries.recommendations(activity),
        "preparation": queries.linked_actions(inspection.preparation_links.all()),
        "history": history_rows(activity, partnership=request.partnership), "today": clock.today(),
    })


@partnership_view(MANAGE)
def inspection_add(request):
    form = InspectionForm(request.POST or None, partnership=request.partnership, initial={"status": "planned"})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_inspection, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"{outcome.result.activity.title} added to the assurance programme.")
            return redirect(_url(request, outcome.result))
    return form_page(request, form, title="Add an inspection",
                     back_url=reverse("assurance:inspection-list", args=[request.partnership.slug]),
                     submit="Add inspection", intro="An inspection expected but not yet held is planned: add its "
                                                    "preparation tasks once it is saved.")


@partnership_view(MANAGE)
def inspection_edit(request, activity_id):
    inspection = access.get_inspection_or_404(request, activity_id)
    activity = inspection.activity
    initial = {name: getattr(activity, name) for name in ("theme", "title", "status", "reporting_body", "owner_body",
                                                          "lead", "planned_report", "reported_on", "scope")}
    initial |= {"inspection_type": inspection.inspection_type, "start_date": inspection.start_date,
                "end_date": inspection.end_date, "agencies": list(activity.agencies.all()),
                **VersionedForm.version_of(activity)}
    form = EditInspectionForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in FIELDS}
        if call_service(form, services.edit_inspection, inspection, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, "Inspection saved.")
            return redirect(_url(request, inspection))
    return form_page(request, form, title="Change the inspection", caption=activity.title,
                     back_url=_url(request, inspection), submit="Save inspection")


@partnership_view(MANAGE)
def judgement_add(request, activity_id):
    inspection = access.get_inspection_or_404(request, activity_id)
    form = JudgementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_judgement, inspection, by=request.user, **form.cleaned_data):
            messages.success(request, "Judgement added.")
            return redirect(_url(request, inspection, "judgements"))
    return form_page(request, form, title="Add a judgement", caption=inspection.activity.title,
                     back_url=_url(request, inspection), submit="Add judgement")


@partnership_view(MANAGE)
def judgement_remove(request, activity_id, judgement_id):
    inspection = access.get_inspection_or_404(request, activity_id)
    judgement = get_object_or_404(InspectionJudgement, pk=judgement_id, inspection=inspection)
    form = forms.Form(request.POST or None)
    if request.method == "POST" and form.is_valid() and call_service(form, services.remove_judgement, judgement,
                                                                     by=request.user):
        messages.success(request, "Judgement removed.")
        return redirect(_url(request, inspection, "judgements"))
    return confirm_page(request, title="Remove this judgement?", button="Remove judgement", form=form,
                        cancel_url=_url(request, inspection), caption=inspection.activity.title,
                        quote=str(judgement), paragraphs=["It stays in the inspection's history."])


@partnership_view(MANAGE)
def report_upload(request, activity_id):
    inspection = access.get_inspection_or_404(request, activity_id)
    form = ReportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.upload_report, inspection, by=request.user, file=form.cleaned_data["file"]):
            messages.success(request, "Published report uploaded.")
            return redirect(_url(request, inspection, "report"))
    intro = "The file is checked before it is kept. It replaces the report uploaded before, if any."
    return form_page(request, form, title="Upload the published report", caption=inspection.activity.title,
                     back_url=_url(request, inspection), submit="Upload report", multipart=True, intro=intro)


@partnership_view(READ)
def report_download(request, activity_id):
    inspection = access.get_inspection_or_404(request, activity_id)
    return file_download(inspection.report_file, inspection.report_filename or "report")


@partnership_view(MANAGE)
def preparation_add(request, activity_id):
    inspection = access.get_inspection_or_404(request, activity_id)
    form = FollowUpActionForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_preparation_task, inspection, by=request.user, **form.cleaned_data):
            messages.success(request, "Preparation task added to the action log.")
            return redirect(_url(request, inspection, "preparation"))
    return form_page(request, form, title="Add a preparation task", caption=inspection.activity.title,
                     back_url=_url(request, inspection), submit="Add task",
                     intro="A task to get ready for the inspection, followed up in the action log.")
