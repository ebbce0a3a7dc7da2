"""Thematic reviews' pages: the list, a review (key areas with each agency's self-evaluation and the findings about
each, the multi-agency and single-agency action plans, progress reported to the board), and the forms that add and
change a review, record a self-evaluation and report progress. Findings, recommendations and actions are added on
the programme's pages (views/programme.py), which come back here.
"""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.pages import form_page
from assure.core.pagination import paginate

from .. import access, audit_queries, queries, services
from ..forms import EditThematicReviewForm, ProgressReportForm, SelfEvaluationForm, ThematicReviewForm
from ..models import Activity, Recommendation
from .audits import activity_initial


def _review_url(request, review) -> str:
    return reverse("assurance:thematic-detail", args=[request.partnership.slug, review.activity_id])


@partnership_view(READ)
def thematic_list(request):
    page = paginate(request, audit_queries.thematic_list(access.visible_activities(request)))
    return render(request, "assurance/thematic/thematic_list.html", {"page": page, "reviews": page.object_list})


@partnership_view(READ)
def thematic_detail(request, activity_id):
    review = access.get_thematic_review_or_404(request, activity_id)
    activity = review.activity
    recommendations = queries.recommendations(activity)
    return render(request, "assurance/thematic/thematic_detail.html", {
        "review": review, "activity": activity, "agencies": list(activity.agencies.order_by("name")),
        "areas": audit_queries.evaluations_by_area(review),
        "outstanding": audit_queries.evaluations_outstanding(review),
        "general_findings": list(activity.findings.filter(area="").select_related("organisation")),
        "multi_agency": [r for r in recommendations if r.scope == Recommendation.Scope.MULTI_AGENCY],
        "single_agency": [r for r in recommendations if r.scope == Recommendation.Scope.SINGLE_AGENCY],
        "progress": list(review.progress_reports.select_related("body")),
    })


@partnership_view(MANAGE)
def thematic_add(request):
    form = ThematicReviewForm(request.POST or None, partnership=request.partnership, initial={
        "status": Activity.Status.PLANNED, "year": clock.today().year})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_thematic_review, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"Thematic review \u201c{outcome.result.activity.title}\u201d added to the "
                                      "programme.")
            return redirect(_review_url(request, outcome.result))
    return form_page(request, form, title="Add a thematic review", submit="Add thematic review",
                     back_url=reverse("assurance:thematic-list", args=[request.partnership.slug]))


@partnership_view(MANAGE)
def thematic_edit(request, activity_id):
    review = access.get_thematic_review_or_404(request, activity_id)
    activity = review.activity
    initial = activity_initial(activity) | VersionedForm.version_of(review) | {
        "key_areas": "\n".join(review.key_areas), "planned_start": activity.planned_start}
    form = EditThematicReviewForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("version")
        if call_service(form, services.edit_thematic_review, review, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, "Thematic review saved.")
            return redirect(_review_url(request, review))
    return form_page(request, form, title="Change the thematic review", caption=activity.title,
                     back_url=_review_url(request, review), submit="Save thematic review")


@partnership_view(MANAGE)
def self_evaluation_add(request, activity_id):
    review = access.get_thematic_review_or_404(request, activity_id)
    scale = audit_queries.grading_scale_for(request.partnership).grades
    form = SelfEvaluationForm(request.POST or None, partnership=request.partnership, review=review, scale=scale,
                              initial={"organisation": request.GET.get("organisation"), "area": request.GET.get("area")})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.record_self_evaluation, review, by=request.user, **form.cleaned_data)
        if outcome:
            messages.success(request, f"Self-evaluation of {outcome.result.area} by {outcome.result.organisation} "
                                      "recorded.")
            return redirect(_review_url(request, review))
    return form_page(request, form, title="Record a self-evaluation", caption=review.activity.title,
                     back_url=_review_url(request, review), submit="Save self-evaluation",
                     intro="A second self-evaluation of the same key area by the same agency replaces the first.")


@partnership_view(MANAGE)
def progress_add(request, activity_id):
    review = access.get_thematic_review_or_404(request, activity_id)
    form = ProgressReportForm(request.POST or None, initial={"reported_on": clock.today()})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_progress_report, review, by=request.user, **form.cleaned_data):
            messages.success(request, "Progress report recorded.")
            return redirect(_review_url(request, review))
    body = review.activity.reporting_body
    return form_page(request, form, title="Record progress reported", caption=review.activity.title,
                     back_url=_review_url(request, review), submit="Save progress report",
                     intro=f"Progress on the action plans, reported to {body}." if body else
                     "Choose the board that receives this review (Change the review) before reporting to it.")
