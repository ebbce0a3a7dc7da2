"""The dashboard, clock settings, cases and their rapid reviews."""
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service
from assure.core.history import history_rows
from assure.core.pages import confirm_page, form_page
from assure.core.pagination import paginate

from .. import access, services
from ..forms import (
    BreachReasonForm,
    ClockSettingsForm,
    ConfirmForm,
    EditCaseForm,
    InformationRequestForm,
    InformationReturnForm,
    NewCaseForm,
    NotificationForm,
    RapidReviewForm,
)
from ..models import BreachReason, InformationRequest, RapidReview
from ..queries import case_clocks, clock_settings_for, dashboard_rows


def _case_url(request, case):
    return reverse("reviews:case-detail", args=[request.partnership.slug, case.pk])


@partnership_view(READ)
def dashboard(request):
    rules = clock_settings_for(request.partnership).rules()
    rows = dashboard_rows(access.visible_cases(request), rules)
    sign_off = []
    if not access.is_business_team(request):
        # Board members asked to sign off a review see it here too (not its case).
        visible_case_ids = {row.case.pk for row in rows}
        sign_off = [r for r in access.visible_reviews(request).select_related("case")
                    if r.case_id not in visible_case_ids]
    closed = paginate(request, access.visible_cases(request).filter(closed_on__isnull=False)
                      .select_related("rapid_review").order_by("-closed_on", "-id"), param="closed")
    return render(request, "reviews/dashboard.html", {
        "rows": rows, "sign_off": sign_off, "closed": closed,
        "can_see_learning_report": access.can_see_learning_report(request)})


@partnership_view(READ)
def clock_settings(request):
    settings = clock_settings_for(request.partnership)
    return render(request, "reviews/clock_settings.html", {"settings": settings, "rules": settings.rules()})


@partnership_view(MANAGE)
def clock_settings_edit(request):
    settings = clock_settings_for(request.partnership)
    fields = ["notification_working_days", "rapid_review_working_days", "publication_months",
              "publication_notice_working_days", "sar_target_months"]
    initial = {name: getattr(settings, name) for name in fields} | {"version": settings.version}
    form = ClockSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.update_clock_settings, settings, by=request.user, expected_version=data["version"],
                **{name: data[name] for name in fields}):
            messages.success(request, "Clock settings saved. Every due date now uses them.")
            return redirect("reviews:settings", request.partnership.slug)
    return form_page(request, form, title="Change the clock settings",
                     back_url=reverse("reviews:settings", args=[request.partnership.slug]),
                     intro="Working days skip weekends and England and Wales bank holidays.", submit="Save clock settings")


@partnership_view(MANAGE)
def case_create(request):
    form = NewCaseForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.register_case, partnership=request.partnership, by=request.user,
                                                            **form.cleaned_data)
        if outcome:
            case = outcome.result
            messages.success(request, f"{case.pseudonym} registered.")
            return redirect(_case_url(request, case))
    return form_page(request, form, title="Register a notification or referral",
                     back_url=reverse("reviews:dashboard", args=[request.partnership.slug]),
                     intro="This record holds no identifying details: use a pseudonym, never a name, address or "
                           "date of birth.", submit="Register")


@partnership_view(READ)
def case_detail(request, case_id):
    case = access.get_case_or_404(request, case_id)
    settings = clock_settings_for(request.partnership)
    rr = case.rapid_review
    review = getattr(case, "review", None) if hasattr(case, "review") else None
    return render(request, "reviews/case_detail.html", {
        "case": case, "rr": rr, "review": review, "clocks": case_clocks(case, settings.rules()),
        "requests": rr.information_requests.select_related("organisation"),
        "history": history_rows(case, partnership=request.partnership, related=[
            RapidReview.history.filter(id=rr.pk), InformationRequest.history.filter(rapid_review_id=rr.pk),
            BreachReason.history.filter(case_id=case.pk)]),
    })


@partnership_view(MANAGE)
def case_edit(request, case_id):
    case = access.get_case_or_404(request, case_id)
    initial = {"pseudonym": case.pseudonym, "subject": case.subject, "date_aware": case.date_aware,
               "referring_agency": case.referring_agency, "criteria_considered": case.criteria_considered,
               "version": case.version}
    form = EditCaseForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        if call_service(form, services.edit_case, case, by=request.user, expected_version=version,
                                                    **data):
            messages.success(request, "Case saved.")
            return redirect(_case_url(request, case))
    return form_page(request, form, title=f"Change {case.pseudonym}", back_url=_case_url(request, case), submit="Save case")


@partnership_view(MANAGE)
def case_notify(request, case_id):
    case = access.get_case_or_404(request, case_id)
    form = NotificationForm(request.POST or None, initial={"version": case.version,
                                                           "date_notified": case.date_notified})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.record_notification, case, by=request.user, expected_version=data["version"], date_notified=data["date_notified"],
                late_reason=data["late_reason"]):
            messages.success(request, "Notification date recorded.")
            return redirect(_case_url(request, case))
    return form_page(request, form, title="Record the notification to the National Panel", caption=case.pseudonym,
                     back_url=_case_url(request, case), submit="Save notification date")


@partnership_view(MANAGE)
def breach_reason(request, case_id):
    case = access.get_case_or_404(request, case_id)
    form = BreachReasonForm(request.POST or None, initial={"clock": request.GET.get("clock")})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.record_breach_reason, case, by=request.user, clock_key=data["clock"],
                                                               reason=data["reason"]):
            messages.success(request, "Reason recorded.")
            return redirect(_case_url(request, case))
    return form_page(request, form, title="Record why a clock was missed", caption=case.pseudonym,
                     back_url=_case_url(request, case), submit="Save reason")


@partnership_view(MANAGE)
def rapid_review(request, case_id):
    case = access.get_case_or_404(request, case_id)
    rr = case.rapid_review
    initial = {"held_on": rr.held_on, "decision": rr.decision, "other_process": rr.other_process,
               "reasons": rr.reasons, "decision_agreed_on": rr.decision_agreed_on, "version": rr.version}
    form = RapidReviewForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        if call_service(form, services.record_rapid_review, case, by=request.user, expected_version=version,
                                                              **data):
            messages.success(request, "Rapid review recorded.")
            return redirect(_case_url(request, case))
    return form_page(request, form, title="Record the rapid review", caption=case.pseudonym,
                     back_url=_case_url(request, case), submit="Save rapid review")


@partnership_view(MANAGE)
def information_request_add(request, case_id):
    case = access.get_case_or_404(request, case_id)
    form = InformationRequestForm(request.POST or None, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_information_request, case, by=request.user,
                                                                  **form.cleaned_data):
            messages.success(request, "Information request logged.")
            return redirect(_case_url(request, case))
    return form_page(request, form, title="Log a request for agency information", caption=case.pseudonym,
                     back_url=_case_url(request, case), submit="Log request")


@partnership_view(MANAGE)
def information_return(request, case_id, request_id):
    case = access.get_case_or_404(request, case_id)
    info = get_object_or_404(InformationRequest, pk=request_id, rapid_review__case=case)
    form = InformationReturnForm(request.POST or None, initial={"returned_on": info.returned_on, "notes": info.notes})
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.record_information_return, info, by=request.user,
                                                                    **form.cleaned_data):
            messages.success(request, f"Return from {info.organisation} recorded.")
            return redirect(_case_url(request, case))
    return form_page(request, form, title=f"Record the return from {info.organisation}", caption=case.pseudonym,
                     back_url=_case_url(request, case), submit="Save return")


@partnership_view(MANAGE)
def information_request_remove(request, case_id, request_id):
    """GET: confirm; POST: remove a request logged in error. The removal stays in the case's history."""
    case = access.get_case_or_404(request, case_id)
    info = get_object_or_404(InformationRequest.objects.select_related("organisation"), pk=request_id,
                             rapid_review__case=case)
    form = ConfirmForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_information_request, info, by=request.user):
            messages.success(request, f"Request to {info.organisation} removed.")
            return redirect(_case_url(request, case))
    paragraphs = [f"Requested on {info.requested_on:%-d %B %Y}"
                  + (f", due by {info.due_on:%-d %B %Y}" if info.due_on else "") + "."]
    if info.notes:
        paragraphs.append(f"Notes: {info.notes}")
    if info.returned_on:
        paragraphs.append(f"The agency's return on {info.returned_on:%-d %B %Y} is removed with it.")
    paragraphs.append("Remove a request only if it was logged in error. The removal is kept in the case's history.")
    return confirm_page(request, form=form, title=f"Remove the request to {info.organisation}?",
                        caption=f"{case.pseudonym}: rapid review", cancel_url=_case_url(request, case),
                        paragraphs=paragraphs, button="Remove request")
