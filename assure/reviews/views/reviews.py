"""A review: its reviewer, panel, terms of reference, stages, deferral and publication notice."""
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service
from assure.core.pages import confirm_page, form_page
from assure.core.pagination import paginate

from .. import access, services
from ..forms import ConfirmForm, DeferralForm, EditReviewForm, NoticeForm, PanelMemberForm, StageForm, StartReviewForm
from ..models import PanelMember
from ..queries import case_clocks, checks_under_way, clock_settings_for, review_history_rows


def _review_url(request, review):
    return reverse("reviews:review-detail", args=[request.partnership.slug, review.pk])


@partnership_view(MANAGE)
def review_start(request, case_id):
    case = access.get_case_or_404(request, case_id)
    form = StartReviewForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.start_review, case, by=request.user, **form.cleaned_data)
        if outcome:
            review = outcome.result
            messages.success(request, "Review started.")
            return redirect(_review_url(request, review))
    return form_page(request, form, title="Start the review", caption=case.pseudonym,
                     back_url=reverse("reviews:case-detail", args=[request.partnership.slug, case.pk]), submit="Start review")


@partnership_view(READ)
def review_detail(request, review_id):
    review = access.get_review_or_404(request, review_id)
    settings = clock_settings_for(request.partnership)
    full_access = access.is_business_team(request) or access.visible_cases(request).filter(pk=review.case_id).exists()
    return render(request, "reviews/review_detail.html", {
        "review": review, "case": review.case, "clocks": case_clocks(review.case, settings.rules()),
        "panel": review.panel_members.select_related("person", "person__organisation"),
        "recommendations": review.recommendations.select_related("lead_organisation"),
        "publications": review.publications.all(), "full_access": full_access,
        "checking": checks_under_way(review) if access.is_business_team(request) else [],
    })


@partnership_view(READ)
def review_history(request, review_id):
    """Who changed what on the review, its panel, recommendations and documents: its own page (as a meeting's), so
    the review page reads no history."""
    review = access.get_review_or_404(request, review_id)
    page = paginate(request, review_history_rows(review, request.partnership), per_page=50)
    return render(request, "reviews/review_history.html", {"review": review, "page": page,
                                                           "history": page.object_list})


@partnership_view(MANAGE)
def review_edit(request, review_id):
    review = access.get_review_or_404(request, review_id)
    initial = {"independent_reviewer": review.independent_reviewer, "terms_of_reference": review.terms_of_reference,
               "key_lines_of_enquiry": review.key_lines_of_enquiry, "findings": review.findings,
               "publication_planned_on": review.publication_planned_on, "version": review.version}
    form = EditReviewForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        if call_service(form, services.edit_review, review, by=request.user, expected_version=version,
                                                      **data):
            messages.success(request, "Review saved.")
            return redirect(_review_url(request, review))
    return form_page(request, form, title="Change the review", caption=str(review), back_url=_review_url(request, review),
                     submit="Save review")


@partnership_view(MANAGE)
def review_stage(request, review_id):
    review = access.get_review_or_404(request, review_id)
    form = StageForm(request.POST or None, initial={"stage": review.stage, "version": review.version})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.move_stage, review, by=request.user, expected_version=data["version"],
                                                     stage=data["stage"]):
            messages.success(request, "Stage changed.")
            return redirect(_review_url(request, review))
    return form_page(request, form, title="Move the review to another stage", caption=str(review),
                     back_url=_review_url(request, review), submit="Move to this stage")


@partnership_view(MANAGE)
def review_deferral(request, review_id):
    review = access.get_review_or_404(request, review_id)
    initial = {"deferred": review.publication_deferred, "reason": review.deferral_reason,
               "notes": review.deferral_notes, "review_on": review.deferral_review_on, "version": review.version}
    form = DeferralForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        if call_service(form, services.set_deferral, review, by=request.user, expected_version=version,
                                                       **data):
            messages.success(request, "Publication deferral saved.")
            return redirect(_review_url(request, review))
    return form_page(request, form, title="Defer publication", caption=str(review), back_url=_review_url(request, review),
                     intro="Publication may be deferred for an inquest or criminal proceedings. Set a date to look at "
                           "the deferral again.", submit="Save deferral")


@partnership_view(MANAGE)
def panel_add(request, review_id):
    review = access.get_review_or_404(request, review_id)
    form = PanelMemberForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_panel_member, review, by=request.user,
                                                           person=form.cleaned_data["person"]):
            messages.success(request, f"{form.cleaned_data['person']} added to the panel.")
            return redirect(_review_url(request, review))
    return form_page(request, form, title="Add a panel member", caption=str(review),
                     back_url=_review_url(request, review),
                     intro="Panel members can see this review and its case.", submit="Add to panel")


@partnership_view(MANAGE)
def panel_remove(request, review_id, member_id):
    """GET: confirm; POST: take the person off the panel (and so out of the review)."""
    review = access.get_review_or_404(request, review_id)
    member = get_object_or_404(PanelMember.objects.select_related("person"), pk=member_id, review=review)
    form = ConfirmForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_panel_member, member, by=request.user):
            messages.success(request, f"{member.person} removed from the panel.")
            return redirect(_review_url(request, review))
    return confirm_page(request, form=form, title=f"Remove {member.person} from the panel?", caption=str(review),
                        cancel_url=_review_url(request, review), button="Remove from panel",
                        paragraphs=["They will no longer see this review or its case, unless they are its independent "
                                    "reviewer. The change is kept in the review's history."])


@partnership_view(MANAGE)
def publication_notice(request, review_id):
    review = access.get_review_or_404(request, review_id)
    form = NoticeForm(request.POST or None, initial={"sent_on": review.notice_sent_on, "version": review.version})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.record_publication_notice, review, by=request.user, expected_version=data["version"], sent_on=data["sent_on"],
                late_reason=data["late_reason"]):
            messages.success(request, "Notice to the National Panel and Secretary of State recorded.")
            return redirect(_review_url(request, review))
    return form_page(request, form, title="Record the notice before publication", caption=str(review),
                     back_url=_review_url(request, review), submit="Save notice date")


