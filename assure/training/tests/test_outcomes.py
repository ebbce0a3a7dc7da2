"""A course's learning outcomes, changed one at a time, and retiring or reinstating a course."""
import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from assure.training import services
from assure.training.models import Answer, Course, EvaluationLink, LearningOutcome, Question

from . import factories


def url(name, partnership, **kwargs):
    return reverse(f"training:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def course(partnership, business_user):
    return factories.course(partnership, business_user)


def texts(course):
    return list(course.outcomes.order_by("position").values_list("text", flat=True))


def test_add_change_and_move_an_outcome(partnership, business_user, client_for, course):
    client = client_for(business_user)
    response = client.post(url("outcome-add", partnership, course_id=course.pk),
                           {"text": "Share a  concern with children's social care"})
    assert response.status_code == 302
    assert texts(course)[-1] == "Share a concern with children's social care"
    response = client.post(url("outcome-add", partnership, course_id=course.pk),
                           {"text": "recognise the signs of neglect in a baby"})
    assert "already has the learning outcome" in response.content.decode()
    last = course.outcomes.order_by("position").last()
    client.post(url("outcome-move", partnership, course_id=course.pk, outcome_id=last.pk), {"direction": "up"})
    assert texts(course)[1] == "Share a concern with children's social care"
    response = client.post(url("outcome-edit", partnership, course_id=course.pk, outcome_id=last.pk),
                           {"text": "Share a concern the same day", "version": last.version})
    assert response.status_code == 302 and texts(course)[1] == "Share a concern the same day"
    first = course.outcomes.order_by("position").first()
    with pytest.raises(ValidationError, match="already first"):
        services.move_outcome(first, by=business_user, direction="up")


def test_removing_an_outcome_with_answers_is_refused(partnership, business_user, client_for, course):
    event = factories.event(course, business_user)
    booking = factories.booking(event, business_user)
    outcome = course.outcomes.first()
    link = EvaluationLink.objects.create(booking=booking, stage="before", token_hash="a" * 64,
                                         issued_at=event.starts_at - datetime.timedelta(days=7),
                                         expires_at=event.starts_at)
    question = course.questions.filter(kind=Question.Kind.CONFIDENCE, stage="before").first()
    Answer.objects.create(link=link, question=question, outcome=outcome, score=3)
    client = client_for(business_user)
    remove = url("outcome-remove", partnership, course_id=course.pk, outcome_id=outcome.pk)
    page = client.get(remove).content.decode()
    assert "Delegates have given 1 answer about this learning outcome, so it cannot be removed" in page
    response = client.post(remove, {"version": outcome.version})
    assert "cannot be removed" in response.content.decode() and LearningOutcome.objects.filter(pk=outcome.pk).exists()


def test_removing_renumbers_the_rest_but_the_last_outcome_stays(partnership, business_user, client_for, course):
    first, second = course.outcomes.order_by("position")
    response = client_for(business_user).post(
        url("outcome-remove", partnership, course_id=course.pk, outcome_id=first.pk), {"version": first.version})
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.position == 1 and texts(course) == [second.text]
    with pytest.raises(ValidationError, match="at least one learning outcome"):
        services.remove_outcome(second, by=business_user)


def test_a_retired_course_takes_no_new_events_until_reinstated(partnership, business_user, client_for, course):
    client = client_for(business_user)
    response = client.post(url("course-retire", partnership, course_id=course.pk), {"version": course.version})
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.status == Course.Status.RETIRED
    with pytest.raises(ValidationError, match="no longer offered"):
        factories.event(course, business_user)
    page = client.get(url("course-retire", partnership, course_id=course.pk)).content.decode()
    assert "already no longer offered" in page
    response = client.post(url("course-reinstate", partnership, course_id=course.pk), {"version": course.version})
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.status == Course.Status.ACTIVE and factories.event(course, business_user)


def test_members_read_the_outcomes_without_the_change_links(partnership, business_user, member_user, client_for,
                                                            course):
    page = client_for(member_user).get(url("course-detail", partnership, course_id=course.pk)).content.decode()
    assert "Recognise the signs of neglect in a baby" in page and "Move down" not in page
    page = client_for(business_user).get(url("course-detail", partnership, course_id=course.pk)).content.decode()
    assert "Move down" in page and "Stop offering it" in page
