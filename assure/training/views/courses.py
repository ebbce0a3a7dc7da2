"""Courses: the list, a course's page, adding and changing one.
Thin views: check access, read through access.py, bind the form, call one service, render."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.history import history_rows
from assure.core.pages import form_page
from assure.reviews.access import visible_reviews

from .. import access, queries, services
from ..forms import CourseForm, EditCourseForm
from ..models import Course


def _with_state(events) -> list:
    today = clock.today()
    events = list(events)
    for event in events:
        event.state = queries.event_state(event, event.booked, today)
    return events


def course_url(request, course) -> str:
    return reverse("training:course-detail", args=[request.partnership.slug, course.pk])


@partnership_view(READ)
def course_list(request):
    courses = access.courses(request).select_related("priority")
    return render(request, "training/course_list.html", {
        "offered": [c for c in courses if c.status == Course.Status.ACTIVE],
        "retired": [c for c in courses if c.status == Course.Status.RETIRED],
    })


@partnership_view(READ)
def course_detail(request, course_id):
    course = access.get_course_or_404(request, course_id)
    return render(request, "training/course_detail.html", {
        "course": course, "outcomes": course.outcomes.all(),
        "events": _with_state(queries.with_places(course.events.select_related("course").order_by("-starts_at"))),
        "history": history_rows(course, partnership=request.partnership),
    })


@partnership_view(MANAGE)
def course_add(request):
    form = CourseForm(request.POST or None, partnership=request.partnership, reviews=visible_reviews(request))
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_course, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"{outcome.result.title} added to the courses.")
            return redirect(course_url(request, outcome.result))
    return form_page(request, form, title="Add a course", submit="Add course", caption="Training",
                     back_url=reverse("training:course-list", args=[request.partnership.slug]))


@partnership_view(MANAGE)
def course_edit(request, course_id):
    course = access.get_course_or_404(request, course_id)
    initial = {"title": course.title, "level": course.level, "summary": course.summary, "audience": course.audience,
               "priority": course.priority_id, "review": course.review_id}
    form = EditCourseForm(request.POST or None, partnership=request.partnership, reviews=visible_reviews(request),
                          initial=initial | VersionedForm.version_of(course))
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        if call_service(form, services.update_course, course, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, f"{course.title} saved.")
            return redirect(course_url(request, course))
    return form_page(request, form, title=f"Change {course.title}", caption="Training",
                     back_url=course_url(request, course))
