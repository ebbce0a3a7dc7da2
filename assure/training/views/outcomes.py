"""A course's learning outcomes (add, change, remove, move up or down) and retiring or reinstating the course.
Business team only."""
from django.contrib import messages
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect

from assure.core import clock
from assure.core.access import MANAGE, partnership_view
from assure.core.forms import VersionedForm, call_service, call_service_for_button
from assure.core.pages import confirm_page, form_page
from assure.core.text import shorten

from .. import access, services
from ..forms import EditOutcomeForm, OutcomeForm
from ..models import Course
from .courses import course_url


def _outcome_or_404(course, outcome_id):
    outcome = course.outcomes.filter(pk=outcome_id).first()
    if outcome is None:
        raise Http404("No such learning outcome")
    return outcome


def _outcomes_url(request, course) -> str:
    return course_url(request, course) + "#outcomes"


@partnership_view(MANAGE)
def outcome_add(request, course_id):
    course = access.get_course_or_404(request, course_id)
    form = OutcomeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_outcome, course, by=request.user, text=form.cleaned_data["text"]):
            messages.success(request, "Learning outcome added.")
            return redirect(_outcomes_url(request, course))
    return form_page(request, form, title="Add a learning outcome", caption=course.title, submit="Add outcome",
                     back_url=course_url(request, course))


@partnership_view(MANAGE)
def outcome_edit(request, course_id, outcome_id):
    course = access.get_course_or_404(request, course_id)
    outcome = _outcome_or_404(course, outcome_id)
    form = EditOutcomeForm(request.POST or None, initial={"text": outcome.text} | VersionedForm.version_of(outcome))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.update_outcome, outcome, by=request.user,
                        expected_version=form.expected_version, text=form.cleaned_data["text"]):
            messages.success(request, "Learning outcome saved.")
            return redirect(_outcomes_url(request, course))
    return form_page(request, form, title="Change the learning outcome", caption=course.title,
                     back_url=course_url(request, course))


@partnership_view(MANAGE)
def outcome_remove(request, course_id, outcome_id):
    course = access.get_course_or_404(request, course_id)
    outcome = _outcome_or_404(course, outcome_id)
    form = VersionedForm(request.POST or None, initial=VersionedForm.version_of(outcome))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_outcome, outcome, by=request.user):
            messages.success(request, f"'{shorten(outcome.text)}' removed.")
            return redirect(_outcomes_url(request, course))
    return confirm_page(request, form=form, title="Remove this learning outcome?", caption=course.title,
                        quote=outcome.text, button="Remove outcome", cancel_url=course_url(request, course),
                        refusal=services.removal_refusal(outcome) if request.method != "POST" else "",
                        paragraphs=["Evaluations will no longer ask about it."])


@partnership_view(MANAGE)
def outcome_move(request, course_id, outcome_id):
    course = access.get_course_or_404(request, course_id)
    outcome = _outcome_or_404(course, outcome_id)
    if request.method != "POST":   # after the lookup: another partnership's id is a 404, not a 405
        return HttpResponseNotAllowed(["POST"])
    call_service_for_button(request, services.move_outcome, outcome, by=request.user,
                            direction=request.POST.get("direction", ""))
    return redirect(_outcomes_url(request, course))


@partnership_view(MANAGE)
def course_retire(request, course_id):
    course = access.get_course_or_404(request, course_id)
    form = VersionedForm(request.POST or None, initial=VersionedForm.version_of(course))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.retire_course, course, by=request.user,
                        expected_version=form.expected_version):
            messages.success(request, f"{course.title} is no longer offered.")
            return redirect(course_url(request, course))
    upcoming = course.events.filter(status="scheduled", starts_at__gte=clock.now()).count()
    return confirm_page(
        request, form=form, title=f"Stop offering {course.title}?", caption="Training", button="Stop offering it",
        cancel_url=course_url(request, course),
        refusal=f"{course.title} is already no longer offered." if course.status == Course.Status.RETIRED else "",
        paragraphs=["No new events can be added to it. Its events, bookings and evaluations stay on record, and you "
                    "can offer it again later."],
        warning=(f"Its {upcoming} upcoming event{'s' if upcoming != 1 else ''} still go ahead: cancel them on their "
                 "own pages if they should not.") if upcoming else "")


@partnership_view(MANAGE)
def course_reinstate(request, course_id):
    course = access.get_course_or_404(request, course_id)
    form = VersionedForm(request.POST or None, initial=VersionedForm.version_of(course))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.reinstate_course, course, by=request.user,
                        expected_version=form.expected_version):
            messages.success(request, f"{course.title} is offered again.")
            return redirect(course_url(request, course))
    return confirm_page(
        request, form=form, title=f"Offer {course.title} again?", caption="Training", button="Offer it again",
        cancel_url=course_url(request, course), destructive=False,
        refusal=f"{course.title} is already offered." if course.status == Course.Status.ACTIVE else "",
        paragraphs=["Events can then be added to it again."])
