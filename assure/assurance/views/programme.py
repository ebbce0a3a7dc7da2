"""The assurance programme's pages: the year's programme, an activity with what it found and the actions answering
its recommendations, the board's overview of evidence of impact, and the forms that add and change them.

Thin views: check access (`partnership_view` and access.py), bind the form, call one service, render.
"""
from django import forms
from django.contrib import messages
from django.db.models import F
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.dates import financial_year_label, financial_year_of
from assure.core.forms import VersionedForm, call_service
from assure.core.history import history_rows
from assure.core.pages import confirm_page, form_page
from assure.core.pagination import paginate
from assure.core.text import shorten
from assure.jobs import exports
from assure.performance.summary import dataset_summary

from .. import access, audit_queries, queries, services
from ..filters import ProgrammeFilter
from ..forms import (
    ActivityForm,
    EditActivityForm,
    EditFindingForm,
    EditRecommendationForm,
    FindingForm,
    FollowUpActionForm,
    RecommendationForm,
)
from .set_up import own_add_pages_hint

_FIELDS = ("title", "kind", "year", "theme", "scope", "owner_body", "reporting_body", "lead", "planned_start",
           "planned_report", "status", "reported_on")


def _activity_url(request, activity) -> str:
    """An activity's page: its own (a case audit's, thematic review's or inspection's: audit_queries.own_pages) once
    it has its details, else the programme's."""
    name = (audit_queries.own_pages(activity) or ("assurance:activity-detail",))[0]
    return reverse(name, args=[request.partnership.slug, activity.pk])


def _year(request) -> int:
    """The financial year asked for (?year=2025), or the current one; a year that is not a number is the current."""
    current = financial_year_of(clock.today())
    try:
        year = int(request.GET.get("year", current))
    except ValueError:
        return current
    return year if 2000 <= year <= 2100 else current


def _years(year: int) -> list[tuple[int, str]]:
    current = financial_year_of(clock.today())
    return [(y, financial_year_label(y)) for y in sorted({year, *range(current + 1, current - 5, -1)}, reverse=True)]


# The assurance programme's columns in a download (jobs.exports, ADR 0148).
COLUMNS = [
    ("Year", lambda activity: financial_year_label(activity.year)), ("Kind", "get_kind_display"),
    ("Activity", "title"), ("Theme", "theme"), ("Owned by", "owner_body.name"),
    ("Reported to", "reporting_body.name"), ("Lead", "lead.full_name"), ("Planned start", "planned_start"),
    ("Report due", "planned_report"), ("Status", "get_status_display"), ("Reported on", "reported_on"),
    ("Recommendations", "recommendation_count"), ("Live actions", "live_actions"), ("Done actions", "done_actions"),
]


@partnership_view(READ)
def programme(request):
    year = _year(request)
    listed = ProgrammeFilter.from_request(request, queries.programme(
        access.visible_activities(request).filter(year=year)))
    if exports.wanted(request):
        return exports.download(request, listed.qs, COLUMNS, f"assurance-programme-{year}",
                                sheet="Assurance programme")
    page = paginate(request, listed.qs, per_page=50)
    return render(request, "assurance/programme.html", {
        "form": listed.form, "filtered": listed.is_filtering, "page": page, "activities": page.object_list,
        "year": year, "year_label": financial_year_label(year), "years": _years(year),
    })


@partnership_view(READ)
def activity_detail(request, activity_id):
    activity = access.get_activity_or_404(request, activity_id)
    if audit_queries.own_pages(activity):   # a case audit, thematic review or inspection opens on its own page
        return redirect(_activity_url(request, activity))
    return render(request, "assurance/activity_detail.html", {
        "activity": activity, "findings": queries.findings(activity),
        "recommendations": queries.recommendations(activity),
        "priorities": list(activity.priorities.all()), "agencies": list(activity.agencies.all()),
        "history": history_rows(activity, partnership=request.partnership),
        "set_up": audit_queries.set_up_for(activity),
    })


@partnership_view(MANAGE)
def activity_add(request):
    kind = request.POST.get("kind") or request.GET.get("kind", "")
    form = ActivityForm(request.POST or None, partnership=request.partnership,
                        initial={"year": _year(request), "kind": kind})
    form.fields["kind"].help_text = own_add_pages_hint(request, kind)   # beside the choice: the kind's own add page
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_activity, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"'{outcome.result.title}' added to the {outcome.result.year_label} programme.")
            return redirect(_activity_url(request, outcome.result))
    return form_page(request, form, title="Add to the assurance programme", submit="Add to the programme",
                     back_url=reverse("assurance:programme", args=[request.partnership.slug]),
                     intro="When a board receives the report and the report date is known, the report is booked on "
                           "that board's forward plan.")


@partnership_view(MANAGE)
def activity_edit(request, activity_id):
    activity = access.get_activity_or_404(request, activity_id)
    pages = audit_queries.own_pages(activity)
    if pages:   # changed with its own details (dates in order, domains or key areas in use), on its own form
        return redirect(reverse(pages[1], args=[request.partnership.slug, activity.pk]))
    initial = {name: getattr(activity, name) for name in _FIELDS} | VersionedForm.version_of(activity) | {
        "priorities": list(activity.priorities.all()), "agencies": list(activity.agencies.all())}
    form = EditActivityForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("version")
        if call_service(form, services.edit_activity, activity, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, f"'{activity.title}' saved.")
            return redirect(_activity_url(request, activity))
    return form_page(request, form, title="Change the activity", caption=activity.title,
                     back_url=_activity_url(request, activity), submit="Save")


@partnership_view(MANAGE)
def finding_add(request, activity_id):
    activity = access.get_activity_or_404(request, activity_id)
    form = FindingForm(request.POST or None, partnership=request.partnership, areas=audit_queries.areas_of(activity))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_finding, activity, by=request.user, **form.cleaned_data):
            messages.success(request, "Finding added.")
            return redirect(_activity_url(request, activity) + "#findings")
    return form_page(request, form, title="Add a finding", caption=activity.title,
                     back_url=_activity_url(request, activity), submit="Add finding")


@partnership_view(MANAGE)
def recommendation_add(request, activity_id):
    activity = access.get_activity_or_404(request, activity_id)
    form = RecommendationForm(request.POST or None, activity=activity)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_recommendation, activity, by=request.user, **form.cleaned_data)
        if outcome:
            messages.success(request, f"Recommendation {outcome.result.number} added. Add the actions that answer it.")
            return redirect(_activity_url(request, activity) + f"#recommendation-{outcome.result.number}")
    return form_page(request, form, title="Add a recommendation", caption=activity.title,
                     back_url=_activity_url(request, activity), submit="Add recommendation")


@partnership_view(MANAGE)
def finding_edit(request, finding_id):
    finding = access.get_finding_or_404(request, finding_id)
    activity = finding.activity
    initial = {"kind": finding.kind, "text": finding.text, "area": finding.area,
               "organisation": finding.organisation} | VersionedForm.version_of(finding)
    form = EditFindingForm(request.POST or None, initial=initial, partnership=request.partnership,
                           areas=audit_queries.areas_of(activity))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("version")
        if call_service(form, services.edit_finding, finding, by=request.user, expected_version=form.expected_version,
                        **data):
            messages.success(request, "Finding saved.")
            return redirect(_activity_url(request, activity) + "#findings")
    return form_page(request, form, title="Change the finding", caption=activity.title,
                     back_url=_activity_url(request, activity), submit="Save")


@partnership_view(MANAGE)
def finding_remove(request, finding_id):
    finding = access.get_finding_or_404(request, finding_id)
    activity = finding.activity
    answering = [f"Recommendation {r.number}" for r in finding.recommendations.order_by("number")]
    form = forms.Form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid() and call_service(form, services.remove_finding, finding,
                                                                     by=request.user):
        messages.success(request, "Finding removed.")
        return redirect(_activity_url(request, activity) + "#findings")
    return confirm_page(request, title="Remove this finding?", button="Remove finding", form=form,
                        cancel_url=_activity_url(request, activity), caption=activity.title,
                        quote=shorten(finding.text, 300), paragraphs=["It stays in the activity's history."],
                        consequences_heading="These recommendations answer it; they stay, no longer linked to it:",
                        consequences=answering)


@partnership_view(MANAGE)
def recommendation_edit(request, recommendation_id):
    recommendation = access.get_recommendation_or_404(request, recommendation_id)
    activity = recommendation.activity
    initial = {"text": recommendation.text, "scope": recommendation.scope,
               "organisation": recommendation.organisation,
               "finding": recommendation.finding} | VersionedForm.version_of(recommendation)
    form = EditRecommendationForm(request.POST or None, initial=initial, activity=activity)
    back = _activity_url(request, activity) + f"#recommendation-{recommendation.number}"
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("version")
        if call_service(form, services.edit_recommendation, recommendation, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, f"Recommendation {recommendation.number} saved.")
            return redirect(back)
    return form_page(request, form, title=f"Change recommendation {recommendation.number}", caption=activity.title,
                     back_url=back, submit="Save")


@partnership_view(MANAGE)
def recommendation_remove(request, recommendation_id):
    recommendation = access.get_recommendation_or_404(request, recommendation_id)
    activity = recommendation.activity
    form = forms.Form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid() and call_service(
            form, services.remove_recommendation, recommendation, by=request.user):
        messages.success(request, f"Recommendation {recommendation.number} removed.")
        return redirect(_activity_url(request, activity) + "#recommendations")
    return confirm_page(request, title=f"Remove recommendation {recommendation.number}?",
                        button="Remove recommendation", form=form, caption=activity.title,
                        cancel_url=_activity_url(request, activity) + f"#recommendation-{recommendation.number}",
                        quote=shorten(recommendation.text, 300), refusal=services.removal_refusal(recommendation),
                        paragraphs=["It stays in the activity's history. The other recommendations keep their "
                                    "numbers."])


@partnership_view(MANAGE)
def recommendation_action_add(request, recommendation_id):
    recommendation = access.get_recommendation_or_404(request, recommendation_id)
    activity = recommendation.activity
    form = FollowUpActionForm(request.POST or None, partnership=request.partnership,
                          initial={"owner_organisation": recommendation.organisation})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_recommendation_action, recommendation, by=request.user, **form.cleaned_data):
            messages.success(request, "Action added to the recommendation and the action log.")
            return redirect(_activity_url(request, activity) + f"#recommendation-{recommendation.number}")
    held = f", held by {activity.reporting_body}" if activity.reporting_body else ""
    return form_page(request, form, title=f"Add an action to recommendation {recommendation.number}",
                     caption=activity.title, back_url=_activity_url(request, activity), submit="Add action",
                     intro=f"The action goes in the action log{held}, where its owner updates it.")


@partnership_view(READ)
def overview(request):
    """For the board: this year's assurance, what was learnt, what was done (with evidence) and what is open."""
    year = _year(request)
    listed = ProgrammeFilter.from_request(request, access.visible_activities(request).filter(year=year))
    rows = queries.overview(listed.qs.order_by(F("planned_report").asc(nulls_first=True), "title", "id"))
    return render(request, "assurance/overview.html", {
        "form": listed.form, "filtered": listed.is_filtering, "rows": rows, "year": year,
        "year_label": financial_year_label(year), "years": _years(year),
        "totals": {"activities": len(rows), "findings": sum(len(r.findings) for r in rows),
                   "done": sum(len(r.done) for r in rows), "open": sum(len(r.open) for r in rows),
                   "without_evidence": sum(r.without_evidence for r in rows)},
        "performance": dataset_summary(request.partnership, financial_year=year, priority=listed.chosen("priority")),
    })
