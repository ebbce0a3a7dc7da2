"""Recommendations, their action plans and quarterly updates; the six-monthly report to the Executive Board."""
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service, call_service_for_button
from assure.core.history import history_rows
from assure.core.pages import confirm_page, form_page
from assure.jobs import queries as job_queries

from .. import access, learning, queries
from ..forms import (
    DeleteRecommendationForm,
    EditRecommendationForm,
    ProgressUpdateForm,
    RecommendationActionForm,
    RecommendationDecisionForm,
    RecommendationForm,
)


def _rec_url(request, rec):
    return reverse("reviews:recommendation-detail", args=[request.partnership.slug, rec.pk])


@partnership_view(MANAGE)
def recommendation_add(request, review_id):
    review = access.get_review_or_404(request, review_id)
    form = RecommendationForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, learning.add_recommendation, review, by=request.user, **form.cleaned_data)
        if outcome:
            rec = outcome.result
            messages.success(request, f"Recommendation {rec.number} added.")
            return redirect(_rec_url(request, rec))
    return form_page(request, form, title="Add a recommendation", caption=str(review),
                     back_url=reverse("reviews:review-detail", args=[request.partnership.slug, review.pk]), submit="Add recommendation")


@partnership_view(READ)
def recommendation_detail(request, recommendation_id):
    rec = access.get_recommendation_or_404(request, recommendation_id)
    actions = [link.action for link in rec.plan_links.select_related("action", "action__owner_organisation")
               .prefetch_related("action__owners__person")]
    return render(request, "reviews/recommendation_detail.html", {
        "rec": rec, "review": rec.review, "actions": actions, "updates": rec.progress_updates.all(),
        # Who decided is the history row's own "by".
        "history": history_rows(rec, partnership=request.partnership, exclude=("decided_by",))})


@partnership_view(MANAGE)
def recommendation_edit(request, recommendation_id):
    rec = access.get_recommendation_or_404(request, recommendation_id)
    initial = {"text": rec.text, "scope": rec.scope, "lead_organisation": rec.lead_organisation,
               "version": rec.version}
    form = EditRecommendationForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        if call_service(form, learning.edit_recommendation, rec, by=request.user, expected_version=version,
                                                              **data):
            messages.success(request, f"Recommendation {rec.number} saved.")
            return redirect(_rec_url(request, rec))
    return form_page(request, form, title=f"Change recommendation {rec.number}", caption=str(rec.review),
                     back_url=_rec_url(request, rec), submit="Save recommendation",
                     intro="Its number and its action plan stay as they are. Earlier wording is kept in its history.")


@partnership_view(MANAGE)
def recommendation_decide(request, recommendation_id):
    """Record or change the partnership's decision on the recommendation (accepted, or not accepted with why)."""
    rec = access.get_recommendation_or_404(request, recommendation_id)
    initial = {"decision": rec.decision, "reason": rec.decision_reason, "decided_on": rec.decided_on or clock.today(),
               "version": rec.version}
    form = RecommendationDecisionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        outcome = call_service(form, learning.decide_recommendation, rec, by=request.user, expected_version=version,
                               **data)
        if outcome:
            messages.success(request, f"Decision on recommendation {rec.number} recorded: "
                                      f"{outcome.result.get_decision_display().lower()}.")
            return redirect(_rec_url(request, rec))
    return form_page(request, form, title=f"Decision on recommendation {rec.number}", caption=str(rec.review),
                     back_url=_rec_url(request, rec), submit="Save decision",
                     intro=("Record whether the partnership accepted this recommendation. If it decided not to "
                            "implement it, give the reason: the yearly report must say why. Close or supersede any "
                            "open actions of its plan first."))


def _delete_form(rec, live, data=None):
    return DeleteRecommendationForm(data, initial={"version": rec.version, "actions": ",".join(str(a.pk) for a in live)})


@partnership_view(MANAGE)
def recommendation_delete(request, recommendation_id):
    """GET: what deleting would do (or why it is refused). POST: delete, superseding the open plan actions."""
    rec = access.get_recommendation_or_404(request, recommendation_id)
    live = learning.live_plan_actions(rec)
    form = _delete_form(rec, live, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = call_service(form, learning.delete_recommendation, rec, by=request.user, expected_version=data["version"], confirmed_action_ids=data["actions"])
        if outcome:
            superseded = outcome.result
            done = f"Recommendation {rec.number} deleted."
            if superseded:
                done += f" {_actions(len(superseded))} marked superseded in the action log."
            messages.success(request, done)
            return redirect("reviews:review-detail", request.partnership.slug, rec.review_id)
    if form.errors:
        # Show the refusal with the plan as it is now, so that confirming again uses fresh values.
        errors = form.errors
        rec = access.get_recommendation_or_404(request, recommendation_id)
        live = learning.live_plan_actions(rec)
        form = _delete_form(rec, live)
        form._errors = errors
    refusal = learning.deletion_refusal(rec)
    if live:
        what = (f"Its {_actions(len(live), 'open')} in the action log will be marked superseded, with a note "
                "saying why. They stay in the log with their history.")
        button = f"Delete and supersede {_actions(len(live))}"
    else:
        what, button = "It has no open actions in the action log.", "Delete recommendation"
    return confirm_page(
        request, form=form, title=f"Delete recommendation {rec.number}?", caption=str(rec.review),
        cancel_url=_rec_url(request, rec), quote=rec.text, refusal=refusal,
        paragraphs=[what, "The deletion is kept in the review's history."],
        consequences=[f"{a.text} – {a.owner_organisation or 'no owner organisation'}"
               + (f", due {a.due_date:%-d %b %Y}" if a.due_date else "") for a in live],
        consequences_heading="Open actions to be superseded", button=button)


def _actions(n, adjective=""):
    return f"{n} {adjective + ' ' if adjective else ''}action{'s' if n != 1 else ''}"


@partnership_view(MANAGE)
def plan_action_add(request, recommendation_id):
    rec = access.get_recommendation_or_404(request, recommendation_id)
    form = RecommendationActionForm(request.POST or None, partnership=request.partnership,
                                    initial={"owner_organisation": rec.lead_organisation})
    if request.method == "POST" and form.is_valid():
        if call_service(form, learning.add_plan_action, rec, by=request.user, **form.cleaned_data):
            messages.success(request, "Action added to the plan and the action log.")
            return redirect(_rec_url(request, rec))
    return form_page(request, form, title="Add an action to the plan", caption=str(rec), back_url=_rec_url(request, rec),
                     submit="Add action to the plan")


@partnership_view(MANAGE)
def progress_add(request, recommendation_id):
    rec = access.get_recommendation_or_404(request, recommendation_id)
    form = ProgressUpdateForm(request.POST or None, initial={"quarter_ending": clock.today()})
    if request.method == "POST" and form.is_valid():
        if call_service(form, learning.add_progress_update, rec, by=request.user, **form.cleaned_data):
            messages.success(request, "Quarterly update recorded.")
            return redirect(_rec_url(request, rec))
    return form_page(request, form, title="Record the quarterly update", caption=str(rec), back_url=_rec_url(request, rec),
                     submit="Save quarterly update")


def _learning_report_url(request):
    return reverse("reviews:learning-report", args=[request.partnership.slug])


@partnership_view(READ)
def learning_report(request):
    if not access.can_see_learning_report(request):
        raise Http404("No such page")
    return render(request, "reviews/learning_report.html", {
        **queries.learning_report(request.partnership, clock.today()),
        "word_jobs": job_queries.recent(request.partnership, learning.LEARNING_REPORT, request.user)})


@partnership_view(READ)
def learning_report_docx(request):
    """The Word file is made by a job (ADR 0159): POST starts it and shows its page, where the file is downloaded;
    GET (an old link or bookmark) asks first."""
    if not access.can_see_learning_report(request):
        raise Http404("No such page")
    back = _learning_report_url(request)
    if request.method == "POST":
        started = call_service_for_button(request, learning.start_learning_report, request.partnership,
                                          by=request.user, return_url=back)
        if started:
            return redirect("jobs:job-detail", slug=request.partnership.slug, job_id=started.result.pk)
        return redirect(back)
    return confirm_page(request, title="Make the learning report as a Word file?", button="Make the Word file",
                        destructive=False, cancel_url=back, caption="Six-monthly learning report",
                        paragraphs=["Assure writes the open action plans and this six months' decisions into a Word "
                                    "file. It takes a few seconds; its page shows when it is ready to download."])
