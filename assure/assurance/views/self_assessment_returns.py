"""An organisation's return: reading it, filling it in (its nominated contact or the business team), nominating
the contact, follow-up visits and challenge sessions, its action plan; and importing returns from a survey export.
"""
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, UPDATE, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.history import history_rows
from assure.core.pages import form_page

from .. import access, services
from .. import queries_self_assessment as queries
from ..forms_self_assessment import (
    ContactForm,
    FollowUpForm,
    ImportForm,
    PlanActionForm,
    PlanRecommendationForm,
    ReturnForm,
)
from ..models import Recommendation, ReturnImport
from .self_assessment import round_url


def _return_url(request, organisation_return) -> str:
    return reverse("assurance:sa-return-detail", args=[request.partnership.slug,
                                                        organisation_return.round.activity_id, organisation_return.pk])


@partnership_view(READ)
def return_detail(request, activity_id, return_id):
    organisation_return = access.get_return_or_404(request, activity_id, return_id)
    standards = list(organisation_return.round.standards.all())
    ratings = {rating.standard_id: rating for rating in organisation_return.ratings.all()}
    return render(request, "assurance/self_assessment/return_detail.html", {
        "return": organisation_return, "round": organisation_return.round,
        "activity": organisation_return.round.activity,
        "rows": [(standard, ratings.get(standard.pk)) for standard in standards],
        "may_fill": access.may_fill_return(request, organisation_return),
        "sees_round": access.visible_activities(request).filter(pk=activity_id).exists(),
        "follow_ups": organisation_return.follow_ups.all(), "plan": queries.action_plan(organisation_return),
        "history": history_rows(organisation_return, partnership=request.partnership),
        "today": clock.today(),
    })


@partnership_view(UPDATE)
def return_edit(request, activity_id, return_id):
    organisation_return = access.get_return_or_404(request, activity_id, return_id)
    if not access.may_fill_return(request, organisation_return):
        raise PermissionDenied("Only the organisation's nominated contact or the business team fill in this return")
    standards = organisation_return.round.standards.all()
    form = ReturnForm(request.POST or None, standards=standards, initial=ReturnForm.initial_for(organisation_return))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.submit_return, organisation_return, by=request.user,
                        expected_version=form.expected_version, ratings=form.ratings()):
            messages.success(request, f"Return for {organisation_return.organisation} saved.")
            return redirect(_return_url(request, organisation_return))
    round_ = organisation_return.round
    return form_page(request, form, title=f"Return for {organisation_return.organisation}",
                     caption=str(round_.activity), back_url=_return_url(request, organisation_return),
                     submit="Submit return",
                     intro=f"Rate each standard red, amber or green and give the evidence for it. Returns are due by "
                           f"{round_.deadline.day} {round_.deadline:%B %Y}.")


@partnership_view(MANAGE)
def return_contact(request, activity_id, return_id):
    organisation_return = access.get_return_or_404(request, activity_id, return_id)
    form = ContactForm(request.POST or None, organisation=organisation_return.organisation,
                       initial={"contact": organisation_return.contact,
                                **VersionedForm.version_of(organisation_return)})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.nominate_contact, organisation_return, by=request.user,
                        expected_version=form.expected_version, contact=form.cleaned_data["contact"]):
            messages.success(request, "Nominated contact saved.")
            return redirect(_return_url(request, organisation_return))
    return form_page(request, form, title=f"Nominated contact for {organisation_return.organisation}",
                     caption=str(organisation_return.round.activity), back_url=_return_url(request, organisation_return),
                     submit="Save contact",
                     intro="Only people recorded for this organisation can be chosen. To sign in and fill in the "
                           "return, they need a member's sign-in.")


@partnership_view(MANAGE)
def follow_up_add(request, activity_id, return_id):
    organisation_return = access.get_return_or_404(request, activity_id, return_id)
    form = FollowUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.record_follow_up, organisation_return, by=request.user, **form.cleaned_data):
            messages.success(request, "Follow-up recorded.")
            return redirect(_return_url(request, organisation_return))
    return form_page(request, form, title="Record a follow-up visit or challenge session",
                     caption=str(organisation_return.organisation), back_url=_return_url(request, organisation_return),
                     submit="Record follow-up")


@partnership_view(MANAGE)
def plan_recommendation_add(request, activity_id, return_id):
    organisation_return = access.get_return_or_404(request, activity_id, return_id)
    form = PlanRecommendationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_recommendation, organisation_return.round.activity, by=request.user,
                        text=form.cleaned_data["text"], scope=Recommendation.Scope.SINGLE_AGENCY,
                        organisation=organisation_return.organisation):
            messages.success(request, "Recommendation added to the action plan.")
            return redirect(_return_url(request, organisation_return))
    return form_page(request, form, title="Add a recommendation to the action plan",
                     caption=str(organisation_return.organisation), back_url=_return_url(request, organisation_return),
                     submit="Add recommendation",
                     intro=f"A single-agency recommendation for {organisation_return.organisation}.")


@partnership_view(MANAGE)
def plan_action_add(request, activity_id, return_id, recommendation_id):
    organisation_return = access.get_return_or_404(request, activity_id, return_id)
    recommendation = get_object_or_404(Recommendation, pk=recommendation_id,
                                       activity=organisation_return.round.activity,
                                       organisation=organisation_return.organisation)
    form = PlanActionForm(request.POST or None, partnership=request.partnership,
                          initial={"owner": organisation_return.contact})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_recommendation_action, recommendation, by=request.user,
                        owner_organisation=organisation_return.organisation, **form.cleaned_data):
            messages.success(request, "Action added to the action plan and the action log.")
            return redirect(_return_url(request, organisation_return))
    return form_page(request, form, title="Add an action", caption=f"Recommendation {recommendation.number}",
                     back_url=_return_url(request, organisation_return), submit="Add action",
                     intro=f"Owned by {organisation_return.organisation}; it goes in the shared action log.")


@partnership_view(MANAGE)
def import_upload(request, activity_id):
    self_assessment = access.get_round_or_404(request, activity_id)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > settings.IMPORT_MAX_BYTES:
            form.add_error("file", "The file is too large: survey exports are far smaller. Check it is the export.")
        else:
            outcome = call_service(form, services.start_return_import, self_assessment, by=request.user,
                                   file_name=upload.name, data=upload.read(), max_bytes=settings.IMPORT_MAX_BYTES)
            if outcome:
                return redirect(reverse("assurance:sa-import-preview",
                                        args=[request.partnership.slug, activity_id, outcome.result.pk]))
    standards = ", ".join(f"{s.number} ({s.title})" for s in self_assessment.standards.all())
    return form_page(request, form, title="Import returns from a survey export", caption=str(self_assessment),
                     back_url=round_url(request, activity_id), submit="Check the file", multipart=True,
                     intro=f"Nothing is imported until you have seen which rows will be and confirmed. Standards: "
                           f"{standards}. Ratings are red, amber or green.")


@partnership_view(MANAGE)
def import_preview(request, activity_id, import_id):
    self_assessment = access.get_round_or_404(request, activity_id)
    pending = get_object_or_404(ReturnImport, pk=import_id, round=self_assessment)
    form = ImportConfirm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.confirm_return_import, pending, by=request.user)
        if outcome:
            messages.success(request, f"{len(outcome.result)} returns imported from {pending.file_name}.")
            return redirect(round_url(request, activity_id))
    return render(request, "assurance/self_assessment/import_preview.html", {
        "round": self_assessment, "activity": self_assessment.activity, "pending": pending, "form": form,
        "back_url": round_url(request, activity_id),
    })


class ImportConfirm(forms.Form):
    """Nothing to fill in: the button confirms; a refusal from the service shows in the error summary."""
