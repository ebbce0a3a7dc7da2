"""The impact of training: the year's (every course) and a course's, and choosing the quotes (the business team).
Members read the summaries; no delegate is named on them (quotes carry the sector and the stage only).
Thin views: check access, read through access.py and queries.py, call one service, render."""
from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, READ, partnership_view
from assure.core.dates import financial_year_label, financial_year_of
from assure.core.forms import call_service_for_button
from assure.core.pagination import paginate
from assure.core.text import shorten

from .. import access, charts, queries, services
from ..forms import YearForm


@partnership_view(READ)
def year_impact(request):
    years = queries.years_with_training(request.partnership)
    form = YearForm(request.GET, years=years)
    start_year = form.chosen(financial_year_of(clock.today()))
    year = queries.year_impact(request.partnership, start_year)
    return render(request, "training/impact.html", {"form": form, "year": year, "start_year": start_year})


@partnership_view(READ)
def course_impact(request, course_id):
    course = access.get_course_or_404(request, course_id)
    years = queries.years_with_training(request.partnership)
    form = YearForm(request.GET, years=years, all_years="All years")
    start_year = form.chosen(None)
    result = queries.course_impact(course, start_year)
    return render(request, "training/course_impact.html", {
        "form": form, "course": course, "impact": result, "start_year": start_year,
        "period": financial_year_label(start_year) if start_year else "all years",
        "chart": charts.confidence_chart(course.pk, course.title, result.outcomes) if result.outcomes else "",
    })


def _answers_url(request, course) -> str:
    url = reverse("training:course-answers", args=[request.partnership.slug, course.pk])
    page = request.POST.get("page", "")
    return f"{url}?page={page}" if page.isdigit() else url


@partnership_view(MANAGE)
def course_answers(request, course_id):
    course = access.get_course_or_404(request, course_id)
    page = paginate(request, queries.text_answers(course))
    return render(request, "training/course_answers.html", {"course": course, "page": page})


def _quote_button(request, course_id, answer_id, service, done: str):
    course = access.get_course_or_404(request, course_id)
    answer = access.get_answer_or_404(request, course, answer_id)
    if request.method != "POST":   # after the look-ups, so another partnership's ids are 404 even to a GET
        return HttpResponseNotAllowed(["POST"])
    try:
        version = int(request.POST.get("version", ""))
    except ValueError:
        version = -1
    if call_service_for_button(request, service, answer, by=request.user, expected_version=version):
        messages.success(request, f"{done}: '{shorten(answer.text)}'")
    return redirect(_answers_url(request, course))


@partnership_view(MANAGE)
def quote_choose(request, course_id, answer_id):
    return _quote_button(request, course_id, answer_id, services.choose_quote, "Quoted")


@partnership_view(MANAGE)
def quote_unchoose(request, course_id, answer_id):
    return _quote_button(request, course_id, answer_id, services.unchoose_quote, "No longer quoted")
