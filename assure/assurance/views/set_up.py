"""Set-up pages: an activity already on the programme (added there, or planned ahead) of a kind with details of its
own is given them here, keeping the same activity; afterwards it opens on its kind's own page. Which page sets up
which kind, and what the programme's add form says about the kinds' own add pages: audit_queries.SET_UP.

Thin views: check access (`partnership_view`, then access.get_activity_or_404), bind the form, call one service.
"""
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from assure.core.access import MANAGE, partnership_view
from assure.core.forms import call_service
from assure.core.pages import form_page

from .. import access, audit_queries, services
from ..forms_set_up import SetUpCaseAuditForm, SetUpInspectionForm, SetUpThematicReviewForm
from ..models import DEFAULT_DOMAINS, Activity


def _activity_or_404(request, activity_id, kinds) -> Activity:
    activity = access.get_activity_or_404(request, activity_id)
    if activity.kind not in kinds:
        raise Http404("No such activity to set up")
    return activity


def _set_up_page(request, activity, form, service, *, intro: str, done: str):
    """The set-up form of `activity`; once its details exist (set up here or before), its own page."""
    pages = audit_queries.own_pages(activity)
    if pages:
        return redirect(reverse(pages[0], args=[request.partnership.slug, activity.pk]))
    if request.method == "POST" and form.is_valid():
        if call_service(form, service, activity, by=request.user, **form.cleaned_data):
            messages.success(request, done)
            activity.refresh_from_db()
            return redirect(reverse(audit_queries.own_pages(activity)[0], args=[request.partnership.slug, activity.pk]))
    set_up = audit_queries.SET_UP[activity.kind]
    return form_page(request, form, title=set_up.link.split(":")[0], caption=activity.title, intro=intro,
                     back_url=reverse("assurance:activity-detail", args=[request.partnership.slug, activity.pk]),
                     submit=set_up.link.split(":")[0])


@partnership_view(MANAGE)
def audit_set_up(request, activity_id):
    activity = _activity_or_404(request, activity_id, (Activity.Kind.CASE_AUDIT, Activity.Kind.SINGLE_AGENCY_AUDIT))
    form = SetUpCaseAuditForm(request.POST or None, partnership=request.partnership, initial={
        "domains": "\n".join(DEFAULT_DOMAINS), "agencies": list(activity.agencies.all()),
        "period_start": activity.planned_start})
    return _set_up_page(request, activity, form, services.set_up_case_audit, done="Audit set up. Add the cases in "
                        "its sample, by pseudonymous reference.",
                        intro="Its title, year, boards and report date stay as planned on the programme. The cases "
                              "in the sample are added on the audit's page, by pseudonymous reference only.")


@partnership_view(MANAGE)
def thematic_set_up(request, activity_id):
    activity = _activity_or_404(request, activity_id, (Activity.Kind.THEMATIC_REVIEW,))
    form = SetUpThematicReviewForm(request.POST or None, partnership=request.partnership,
                                   initial={"agencies": list(activity.agencies.all())})
    return _set_up_page(request, activity, form, services.set_up_thematic_review,
                        done="Thematic review set up. Record each agency's self-evaluation against its key areas.",
                        intro="Its title, year, boards and report date stay as planned on the programme.")


@partnership_view(MANAGE)
def inspection_set_up(request, activity_id):
    activity = _activity_or_404(request, activity_id, (Activity.Kind.INSPECTION,))
    form = SetUpInspectionForm(request.POST or None, initial={"theme": activity.theme,
                                                              "start_date": activity.planned_start})
    return _set_up_page(request, activity, form, services.set_up_inspection,
                        done="Inspection set up. Record its judgements and upload its report once published.",
                        intro="Its title, status, boards and report date stay as planned on the programme.")


def own_add_pages_hint(request, kind: str = ""):
    """Beside the programme's choice of kind: the kinds with details have an add page of their own that takes them
    too (the chosen kind's named first, when there is one)."""
    slug = request.partnership.slug
    chosen = audit_queries.SET_UP.get(kind)
    if chosen:
        return format_html('{} has its own add page, which takes its details too: <a class="govuk-link" href="{}">{}'
                           "</a>. Added here, it is set up from its page afterwards.",
                           Activity.Kind(kind).label, reverse(chosen.add_url_name, args=[slug]), chosen.add_link)
    pages = {s.add_url_name: s.add_link for s in audit_queries.SET_UP.values()}
    links = format_html_join(", ", '<a class="govuk-link" href="{}">{}</a>',
                             ((reverse(name, args=[slug]), text) for name, text in pages.items()))
    return format_html("Audits, thematic reviews, self-assessments and inspections have their own add pages, which "
                       "take their details too: {}. Added here, they are set up from their page afterwards.", links)
