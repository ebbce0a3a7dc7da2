"""The evaluation form a delegate or manager opens by its secret link, with no sign-in: once, until it expires."""
import datetime

import pytest
from django.test import Client

from assure.core.audit import is_system_actor
from assure.training.models import Answer, EvaluationLink

from . import factories

UTC = datetime.UTC


@pytest.fixture
def course(partnership, business_user):
    return factories.course(partnership, business_user)


@pytest.fixture
def issued(course, business_user):
    event = factories.event(course, business_user)
    factories.booking(event, business_user)
    [(link, token)] = factories.issued(event, business_user, "before")
    return link, token


def url(token, slug="fenbridge"):
    return f"/p/{slug}/training/evaluate/{token}/"


def full_answers(course) -> dict:
    confidence = course.questions.get(stage="before", kind="confidence")
    data = {f"q{confidence.pk}_o{outcome.pk}": "2" for outcome in course.outcomes.all()}
    text = course.questions.get(stage="before", kind="text")
    return data | {f"q{text.pk}": "How to start the conversation with a parent"}


def test_anyone_with_the_link_sees_the_form_without_signing_in(issued, course):
    link, token = issued
    response = Client().get(url(token))
    page = response.content.decode()
    assert response.status_code == 200
    assert course.title in page and "24 March 2026" in page and "Sam Delegate" in page
    assert "sam.delegate@fenbridge.example" not in page and "pat.manager" not in page
    # One 1-5 group per learning outcome, each a fieldset with its legend.
    assert page.count('<legend class="govuk-fieldset__legend') == course.outcomes.count()
    assert "1 Not at all confident" in page and "5 Very confident" in page
    # The token in the address goes to no other site; and the form can still be posted (tested in Chromium).
    assert response["Referrer-Policy"] == "same-origin" and response["Cache-Control"] == "no-store"
    assert "govuk-service-navigation" not in page and "Sign out" not in page


def test_submitting_saves_the_answers_once_and_thanks(issued, course):
    link, token = issued
    client = Client()
    response = client.post(url(token), full_answers(course))
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    link.refresh_from_db()
    assert link.completed_at is not None
    assert sorted(Answer.objects.filter(link=link, score__isnull=False).values_list("score", flat=True)) == [2, 2]
    assert Answer.objects.get(link=link, score__isnull=True).text == "How to start the conversation with a parent"
    assert all(is_system_actor(row.history_user) for row in link.history.all()[:1])
    again = client.get(url(token)).content.decode()
    assert "You have already completed this form on 9 March 2026" in again
    client.post(url(token), full_answers(course))
    assert Answer.objects.filter(link=link).count() == 3


def test_required_answers_are_asked_for_and_nothing_is_saved(issued, course):
    link, token = issued
    answers = full_answers(course)
    missing = next(name for name in answers if "_o" in name)
    del answers[missing]
    response = Client().post(url(token), answers)
    page = response.content.decode()
    assert "There is a problem" in page and "Choose how confident you are" in page
    assert response.context["form"].errors
    link.refresh_from_db()
    assert link.completed_at is None and not Answer.objects.exists()


def test_an_answer_out_of_range_saves_nothing(issued, course):
    link, token = issued
    answers = full_answers(course)
    answers[next(iter(answers))] = "9"
    Client().post(url(token), answers)
    link.refresh_from_db()
    assert link.completed_at is None and not Answer.objects.exists()


def test_an_expired_link_says_so(issued, course, fixed_clock):
    link, token = issued
    fixed_clock.move_to(link.expires_at)
    page = Client().get(url(token)).content.decode()
    assert "This link expired on 24 March 2026: ask the training team for a new one" in page
    Client().post(url(token), full_answers(course))
    assert not Answer.objects.exists()


def test_a_withdrawn_link_says_so(issued, business_user):
    from assure.training import services
    link, token = issued
    services.withdraw_link(link, by=business_user)
    assert "This link was withdrawn on 9 March 2026" in Client().get(url(token)).content.decode()


def test_another_partnerships_address_or_a_changed_token_is_not_found(issued, other_partnership):
    _, token = issued
    assert Client().get(url(token, slug=other_partnership.slug)).status_code == 404
    changed = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert Client().get(url(changed)).status_code == 404
    assert Client().get(url("short")).status_code == 404
    assert EvaluationLink.objects.count() == 1
