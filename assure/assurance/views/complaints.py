"""Complaints' pages: the log with its overdue flags, a complaint, and the forms that record, acknowledge, answer
and correct one, and the partnership's timescales.

Thin views: check access (`partnership_view`, then access.get_complaint_or_404), bind the form, call one service.
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

from .. import access, queries, services
from ..filters import ComplaintFilter
from ..forms import AcknowledgeForm, ComplaintForm, EditComplaintForm, RespondForm, TimescalesForm

FIELDS = ("received_on", "complainant", "summary", "handled_by", "acknowledged_on", "responded_on", "outcome",
          "outcome_summary")


def _url(request, complaint) -> str:
    return reverse("assurance:complaint-detail", args=[request.partnership.slug, complaint.pk])


def _log_url(request) -> str:
    return reverse("assurance:complaint-list", args=[request.partnership.slug])


# The complaints log's columns in a download (jobs.exports, ADR 0148).
COLUMNS = [
    ("Reference", "reference"), ("From", "get_complainant_display"), ("Received", "received_on"),
    ("About", "summary"), ("Handled by", "handled_by.full_name"),
    ("Acknowledge by", lambda c: c.acknowledgement(clock.today()).due_on), ("Acknowledged", "acknowledged_on"),
    ("Respond by", lambda c: c.response(clock.today()).due_on), ("Responded", "responded_on"),
    ("Response", lambda c: c.response(clock.today()).state), ("Outcome", "get_outcome_display"),
    ("What was decided and learnt", "outcome_summary"),
]


@partnership_view(READ)
def complaint_list(request):
    today = clock.today()
    log = ComplaintFilter.from_request(request, access.visible_complaints(request).select_related("handled_by"))
    if exports.wanted(request):
        return exports.download(request, log.qs, COLUMNS, "complaints")
    page = paginate(request, log.qs)
    rows = [(c, c.acknowledgement(today), c.response(today)) for c in page.object_list]
    return render(request, "assurance/complaints/list.html", {
        "form": log.form, "page": page, "rows": rows, "filtered": log.is_filtering,
        "timescales": queries.timescales_for(request.partnership), "sees_all": access.sees_all(request),
    })


@partnership_view(READ)
def complaint_detail(request, complaint_id):
    complaint = access.get_complaint_or_404(request, complaint_id)
    today = clock.today()
    return render(request, "assurance/complaints/detail.html", {
        "complaint": complaint, "acknowledgement": complaint.acknowledgement(today),
        "response": complaint.response(today), "history": history_rows(complaint, partnership=request.partnership),
    })


@partnership_view(MANAGE)
def complaint_add(request):
    form = ComplaintForm(request.POST or None, partnership=request.partnership,
                         initial={"received_on": clock.today()})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.record_complaint, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"Complaint {outcome.result.reference} recorded.")
            return redirect(_url(request, outcome.result))
    timescales = queries.timescales_for(request.partnership)
    return form_page(request, form, title="Record a complaint", back_url=_log_url(request), submit="Record complaint",
                     intro=f"It must be acknowledged within {timescales.acknowledge_working_days} working days and "
                           f"answered within {timescales.respond_working_days}.")


@partnership_view(MANAGE)
def complaint_edit(request, complaint_id):
    complaint = access.get_complaint_or_404(request, complaint_id)
    initial = {name: getattr(complaint, name) for name in FIELDS} | VersionedForm.version_of(complaint)
    form = EditComplaintForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in FIELDS}
        if call_service(form, services.edit_complaint, complaint, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, f"Complaint {complaint.reference} saved.")
            return redirect(_url(request, complaint))
    return form_page(request, form, title=f"Change complaint {complaint.reference}", back_url=_url(request, complaint),
                     submit="Save complaint")


@partnership_view(MANAGE)
def complaint_acknowledge(request, complaint_id):
    complaint = access.get_complaint_or_404(request, complaint_id)
    form = AcknowledgeForm(request.POST or None, initial={"acknowledged_on": clock.today(),
                                                          **VersionedForm.version_of(complaint)})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.acknowledge_complaint, complaint, by=request.user,
                        expected_version=form.expected_version, acknowledged_on=form.cleaned_data["acknowledged_on"]):
            messages.success(request, f"Complaint {complaint.reference} acknowledged.")
            return redirect(_url(request, complaint))
    return form_page(request, form, title="Record the acknowledgement", caption=str(complaint),
                     back_url=_url(request, complaint), submit="Save")


@partnership_view(MANAGE)
def complaint_respond(request, complaint_id):
    complaint = access.get_complaint_or_404(request, complaint_id)
    form = RespondForm(request.POST or None, initial={"responded_on": clock.today(),
                                                      **VersionedForm.version_of(complaint)})
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in ("responded_on", "outcome", "outcome_summary")}
        if call_service(form, services.respond_to_complaint, complaint, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, f"Response to complaint {complaint.reference} recorded.")
            return redirect(_url(request, complaint))
    return form_page(request, form, title="Record the response", caption=str(complaint),
                     back_url=_url(request, complaint), submit="Save response")


@partnership_view(MANAGE)
def timescales_edit(request):
    timescales = queries.timescales_for(request.partnership)
    form = TimescalesForm(request.POST or None, initial={
        "acknowledge_working_days": timescales.acknowledge_working_days,
        "respond_working_days": timescales.respond_working_days, **VersionedForm.version_of(timescales)})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.update_complaint_timescales, timescales, by=request.user,
                        expected_version=form.expected_version,
                        acknowledge_working_days=form.cleaned_data["acknowledge_working_days"],
                        respond_working_days=form.cleaned_data["respond_working_days"]):
            messages.success(request, "Complaint timescales saved.")
            return redirect(_log_url(request))
    return form_page(request, form, title="Complaint timescales", back_url=_log_url(request), submit="Save timescales",
                     intro="New timescales apply to complaints received from now on; earlier complaints keep the "
                           "timescales they came in with.")
