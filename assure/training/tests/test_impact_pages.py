"""The impact pages: the numbers a member reads, no delegate named, quotes chosen by the business team, and a
bounded number of queries however many delegates answered."""
import datetime

import pytest
from django.urls import reverse

from assure.conftest import signed_in_client
from assure.training import queries
from assure.training.models import Answer

from . import factories

D = datetime.date


@pytest.fixture
def course_with_answers(partnership, business_user):
    """One event on 4 March 2026 (2025/26, before the fixed clock): three attended, one did not attend; before and after confidence."""
    course = factories.course(partnership, business_user)
    first, second = course.outcomes.all()
    event = factories.event(course, business_user, day=datetime.date(2026, 3, 4))
    health = factories.organisation(partnership, "Marsh Hospital", "health")
    people = [("Ava Delegate", None), ("Ben Delegate", health), ("Cal Delegate", health), ("Dee Delegate", None)]
    bookings = [factories.booking(event, business_user, name=name, email=f"{name.split()[0].lower()}@x.example",
                                  organisation_=org) for name, org in people]
    for b in bookings[:3]:
        factories.attended(b)
    factories.attended(bookings[3], "did_not_attend")
    for b, (before, after) in zip(bookings[:3], [(2, 4), (3, 5), (1, 3)], strict=True):
        factories.answer(factories.link(b, "before"), "confidence", outcome=first, score=before)
        after_link = factories.link(b, "after")
        factories.answer(after_link, "confidence", outcome=first, score=after)
        factories.answer(after_link, "usefulness", score=4)
    factories.link(bookings[3], "after", completed=False)
    quoted = factories.answer(factories.link(bookings[1], "follow_up"), "text",
                              text="Ben now uses the screening tool at every visit.", quoted=True)
    factories.answer(Answer.objects.get(pk=quoted.pk).link, "changed_practice", yes=True)
    return course, second


def test_a_members_course_impact_shows_the_numbers_in_words_and_no_names(partnership, member_user,
                                                                         course_with_answers):
    course, _ = course_with_answers
    page = signed_in_client(member_user).get(reverse("training:course-impact", args=[partnership.slug, course.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    # Attended 3 of 4 counted (75%); before 6 / 3 = 2.0, after 12 / 3 = 4.0: up 2.0.
    assert "75% (3 of 4)" in html
    assert "2.0 out of 5 (3 answers)" in html and "4.0 out of 5 (3 answers)" in html and "up 2.0" in html
    assert "4.0 out of 5 (3 answers)" in html   # usefulness
    assert "100% (1 of 1)" in html              # changed practice
    assert "75% (3 of 4)" in html               # straight-after forms: 3 completed of 4 sent
    assert 'role="img"' in html and "<desc" in html   # the chart, with its text alternative
    assert "Ben now uses the screening tool" in html and "Health, six to eight weeks later" in html
    for name in ("Ava Delegate", "Ben Delegate", "Cal Delegate", "Dee Delegate"):
        assert name not in html
    assert "Choose quotes" not in html


def test_the_years_impact_lists_courses_sectors_and_quotes(partnership, member_user, course_with_answers):
    course, _ = course_with_answers
    client = signed_in_client(member_user)
    page = client.get(reverse("training:impact", args=[partnership.slug]), {"year": 2025})
    html = page.content.decode()
    assert "Training impact 2025/26" in html and course.title in html
    assert "75% (3 of 4)" in html and "Marsh Hospital" in html and "Health" in html
    assert "Ben now uses the screening tool" in html and "Ben Delegate" not in html
    # The default year is the current one (9 March 2026 is in 2025/26); a year not offered is an error, ignored.
    assert "Training impact 2025/26" in client.get(reverse("training:impact", args=[partnership.slug])).content.decode()
    wrong = client.get(reverse("training:impact", args=[partnership.slug]), {"year": "1066"}).content.decode()
    assert "Choose a financial year from the list" in wrong and "Training impact 2025/26" in wrong


def test_a_course_with_nothing_yet_says_so(partnership, business_user, member_user, course_with_answers):
    course = factories.course(partnership, business_user, title="Exploitation: first steps")
    html = signed_in_client(member_user).get(reverse("training:course-impact", args=[partnership.slug, course.pk]),
                                             {"year": 2025}).content.decode()
    assert "no attendance recorded yet" in html and "No answers yet" in html


def test_reads_are_bounded_however_many_answer(partnership, business_user, course_with_answers,
                                               django_assert_max_num_queries):
    course, _ = course_with_answers
    with django_assert_max_num_queries(5):
        queries.course_impact(course, 2025)
    with django_assert_max_num_queries(6):
        summary = queries.year_summary(partnership, 2025)
    assert summary["attendance_rate"] == 75 and summary["courses"][0]["confidence_change"] == 2.0
    assert summary["quotes"][0]["sector"] == "Health"


def test_the_business_team_chooses_and_unchooses_quotes(partnership, business_user, member_user,
                                                        course_with_answers):
    course, _ = course_with_answers
    written = Answer.objects.get(text__startswith="Ben now")
    client = signed_in_client(business_user)
    answers = client.get(reverse("training:course-answers", args=[partnership.slug, course.pk])).content.decode()
    assert "Ben now uses the screening tool" in answers and "Stop quoting" in answers
    url = reverse("training:quote-unchoose", args=[partnership.slug, course.pk, written.pk])
    client.post(url, {"version": written.version})
    assert Answer.objects.get(pk=written.pk).quoted is False
    # The same button again, with the version it had: someone else changed it, nothing written.
    response = client.post(url, {"version": written.version}, follow=True)
    assert Answer.objects.get(pk=written.pk).quoted is False and response.status_code == 200
    again = Answer.objects.get(pk=written.pk)
    client.post(reverse("training:quote-choose", args=[partnership.slug, course.pk, written.pk]),
                {"version": again.version})
    assert Answer.objects.get(pk=written.pk).quoted is True
    assert client.get(url).status_code == 405
    assert signed_in_client(member_user).post(url, {"version": again.version}).status_code == 403


def test_only_written_answers_with_text_can_be_quoted(partnership, business_user, course_with_answers):
    course, _ = course_with_answers
    score = Answer.objects.filter(question__kind="usefulness").first()
    client = signed_in_client(business_user)
    page = client.post(reverse("training:quote-choose", args=[partnership.slug, course.pk, score.pk]),
                       {"version": score.version}, follow=True)
    # A score is not one of the written answers the page offers: refused with a message, nothing changed.
    assert "Only a written answer can be quoted" in page.content.decode()
    assert Answer.objects.get(pk=score.pk).quoted is False


def test_bookings_for_events_still_to_come_are_not_counted(partnership, business_user, member_user,
                                                           course_with_answers):
    """An event later in the year adds to neither places booked nor 'not recorded yet', as it is not run."""
    course, _ = course_with_answers
    later = factories.event(course, business_user, day=datetime.date(2026, 3, 25))
    factories.booking(later, business_user, name="Eve Later", email="eve.later@x.example")
    impact = queries.year_impact(partnership, 2025)
    assert impact.events_run == 1 and impact.places_booked == 4 and impact.attendance.not_recorded == 0
    assert queries.course_impact(course).places_booked == 4
