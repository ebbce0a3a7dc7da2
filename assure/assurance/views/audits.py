"""Case audits' pages: the list, an audit (sample, grid of grades, returns outstanding, findings, recommendations and
their actions), and the forms that add and change an audit, its sample and the agencies' returns; the partnership's
grading scale. Findings, recommendations and their actions are added on the programme's pages
(views/programme.py), which come back to the audit's page.

Thin views: check access (`partnership_view`), fetch through access.py, bind the form, call one service, render.
"""
from django.contrib import messages
from django.forms import Form
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.pages import confirm_page, form_page
from assure.core.pagination import paginate

from .. import access, audit_queries, queries, rows, services
from ..forms import AgencyReturnForm, CaseAuditForm, EditCaseAuditForm, GradingScaleForm, SampleCaseForm
from ..models import DEFAULT_DOMAINS, Activity

ACTIVITY_FIELDS = ("title", "theme", "scope", "year", "owner_body", "reporting_body", "lead", "planned_report",
                   "status", "reported_on")


def activity_initial(activity: Activity) -> dict:
    return {name: getattr(activity, name) for name in ACTIVITY_FIELDS} | {"agencies": list(activity.agencies.all())}


def _audit_url(request, audit) -> str:
    return reverse("assurance:audit-detail", args=[request.partnership.slug, audit.activity_id])


@partnership_view(READ)
def audit_list(request):
    page = paginate(request, audit_queries.audit_list(access.visible_activities(request)))
    return render(request, "assurance/audits/audit_list.html", {
        "page": page, "audits": rows.audit_rows(page.object_list, request.partnership.slug)})


@partnership_view(READ)
def audit_detail(request, activity_id):
    audit = access.get_case_audit_or_404(request, activity_id)
    activity = audit.activity
    return render(request, "assurance/audits/audit_detail.html", {
        "audit": audit, "activity": activity, "agencies": list(activity.agencies.order_by("name")),
        "grid": audit_queries.grade_grid(audit), "outstanding": audit_queries.returns_outstanding(audit),
        "findings": list(activity.findings.select_related("organisation")),
        "recommendations": queries.recommendations(activity),
        "scale": audit_queries.grading_scale_for(request.partnership),
    })


@partnership_view(MANAGE)
def audit_add(request):
    form = CaseAuditForm(request.POST or None, partnership=request.partnership, initial={
        "kind": Activity.Kind.CASE_AUDIT, "status": Activity.Status.PLANNED, "year": clock.today().year,
        "domains": "\n".join(DEFAULT_DOMAINS)})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_case_audit, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"Audit \u201c{outcome.result.activity.title}\u201d added to the programme.")
            return redirect(_audit_url(request, outcome.result))
    return form_page(request, form, title="Add a case audit", submit="Add audit",
                     back_url=reverse("assurance:audit-list", args=[request.partnership.slug]),
                     intro="Cases in the sample are added on the audit's page, by pseudonymous reference only.")


@partnership_view(MANAGE)
def audit_edit(request, activity_id):
    audit = access.get_case_audit_or_404(request, activity_id)
    activity = audit.activity
    initial = activity_initial(activity) | VersionedForm.version_of(audit) | {
        "kind": activity.kind, "period_start": audit.period_start, "period_end": audit.period_end,
        "domains": "\n".join(audit.domains), "moderation_on": audit.moderation_on, "reaudit_on": audit.reaudit_on}
    form = EditCaseAuditForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("version")
        if call_service(form, services.edit_case_audit, audit, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, "Audit saved.")
            return redirect(_audit_url(request, audit))
    return form_page(request, form, title="Change the audit", caption=activity.title,
                     back_url=_audit_url(request, audit), submit="Save audit")


@partnership_view(MANAGE)
def audit_case_add(request, activity_id):
    audit = access.get_case_audit_or_404(request, activity_id)
    form = SampleCaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_sample_case, audit, by=request.user, **form.cleaned_data)
        if outcome:
            messages.success(request, f"{outcome.result.reference} added to the sample.")
            return redirect(_audit_url(request, audit))
    return form_page(request, form, title="Add a case to the sample", caption=audit.activity.title,
                     back_url=_audit_url(request, audit), submit="Add case",
                     intro="Use the pseudonymous reference the audit uses, such as \u201cChild A\u201d. Never a "
                           "name: a reference that looks like a name is refused.")


@partnership_view(MANAGE)
def audit_case_remove(request, activity_id, case_id):
    audit = access.get_case_audit_or_404(request, activity_id)
    case = access.get_audit_case_or_404(audit, case_id)
    form = Form(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_sample_case, case, by=request.user):
            messages.success(request, f"{case.reference} taken out of the sample.")
            return redirect(_audit_url(request, audit))
    refusal = f"{case.reference} has agency returns, so it stays in the sample." if case.returns.exists() else ""
    return confirm_page(request, form=form, title=f"Take {case.reference} out of the sample?", button="Remove case",
                        caption=audit.activity.title, cancel_url=_audit_url(request, audit), refusal=refusal)


@partnership_view(MANAGE)
def audit_return_add(request, activity_id):
    audit = access.get_case_audit_or_404(request, activity_id)
    scale = audit_queries.grading_scale_for(request.partnership).grades
    initial = {"returned_on": clock.today(), "case": request.GET.get("case"),
               "organisation": request.GET.get("organisation")}
    form = AgencyReturnForm(request.POST or None, initial=initial, partnership=request.partnership, audit=audit,
                            scale=scale)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, services.record_agency_return, data["case"], by=request.user,
                               organisation=data["organisation"], grades=form.grades(),
                               returned_on=data["returned_on"], good_practice=data["good_practice"],
                               areas_for_development=data["areas_for_development"])
        if outcome:
            messages.success(request, f"Return from {data['organisation']} on {data['case']} recorded.")
            return redirect(_audit_url(request, audit))
    return form_page(request, form, title="Record an agency's return", caption=audit.activity.title,
                     back_url=_audit_url(request, audit), submit="Save return",
                     intro=f"Grade each domain on the partnership's scale ({', '.join(scale)}), or leave it not "
                           "graded. A second return from the same agency on the same case replaces the first.")


@partnership_view(MANAGE)
def grading_scale(request):
    scale = audit_queries.grading_scale_for(request.partnership)
    form = GradingScaleForm(request.POST or None,
                            initial={"grades": "\n".join(scale.grades)} | VersionedForm.version_of(scale))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.edit_grading_scale, scale, by=request.user,
                        expected_version=form.expected_version, grades=form.cleaned_data["grades"]):
            messages.success(request, "Grading scale saved.")
            return redirect(reverse("assurance:audit-list", args=[request.partnership.slug]))
    return form_page(request, form, title="Grading scale", submit="Save grading scale",
                     back_url=reverse("assurance:audit-list", args=[request.partnership.slug]),
                     intro="The grades agencies give in case audit returns and thematic review self-evaluations. "
                           "A grade already given cannot be removed.")
