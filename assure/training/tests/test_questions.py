"""Each course's evaluation questions per stage: the defaults, adding, changing, moving and removing them."""
import pytest
from django.core.exceptions import ValidationError

from assure.conftest import signed_in_client
from assure.training import services
from assure.training.models import Answer, Question

from . import factories


@pytest.fixture
def course(partnership, business_user):
    return factories.course(partnership, business_user)


def texts(course, stage):
    return list(course.questions.filter(stage=stage).order_by("position").values_list("text", flat=True))


def test_a_new_course_asks_the_default_questions_at_each_stage(course):
    kinds = {stage: set(course.questions.filter(stage=stage).values_list("kind", flat=True))
             for stage in ("before", "after", "follow_up")}
    assert kinds["before"] == {"confidence", "text"}
    assert kinds["after"] == {"confidence", "usefulness", "text"}
    assert "changed_practice" in kinds["follow_up"]


def test_add_a_question_at_the_end_of_its_stage(course, business_user):
    services.add_question(course, by=business_user, stage="after", kind="rating", text="How was the venue?")
    assert texts(course, "after")[-1] == "How was the venue?"


@pytest.mark.parametrize("stage, kind, says", [
    ("before", "confidence", "already asks about confidence"),
    ("after", "changed_practice", "only at the follow-up"),
    ("before", "usefulness", "cannot be asked before the course"),
])
def test_questions_that_do_not_fit_the_stage_are_refused_with_the_reason(course, business_user, stage, kind, says):
    with pytest.raises(ValidationError) as refused:
        services.add_question(course, by=business_user, stage=stage, kind=kind, text="A question")
    assert says in str(refused.value)


def test_move_within_the_stage(course, business_user):
    first, second = texts(course, "after")[:2]
    question = course.questions.get(stage="after", text=second)
    services.move_question(question, by=business_user, direction="up")
    assert texts(course, "after")[:2] == [second, first]
    with pytest.raises(ValidationError, match="already first"):
        services.move_question(course.questions.get(stage="after", text=second), by=business_user, direction="up")


def test_change_a_question(course, business_user):
    question = course.questions.get(stage="before", kind="text")
    services.update_question(question, by=business_user, expected_version=question.version, kind="text",
                             text="What would you like to ask the trainer?", required=True)
    question.refresh_from_db()
    assert question.text == "What would you like to ask the trainer?" and question.required


def test_an_answered_question_cannot_be_removed_nor_change_kind(course, business_user):
    event = factories.event(course, business_user)
    factories.booking(event, business_user)
    [(link, _)] = factories.issued(event, business_user, "before")
    question = course.questions.get(stage="before", kind="text")
    Answer.objects.create(link=link, question=question, text="Working with fathers")
    with pytest.raises(ValidationError, match="1 person has answered this question"):
        services.remove_question(question, by=business_user)
    with pytest.raises(ValidationError, match="kind cannot change"):
        services.update_question(question, by=business_user, expected_version=question.version, kind="rating",
                                 text=question.text)
    unanswered = course.questions.get(stage="after", kind="text")
    services.remove_question(unanswered, by=business_user)
    assert not Question.objects.filter(pk=unanswered.pk).exists()


def test_the_evaluation_page_lists_each_stage_and_the_business_team_edits(course, business_user, member_user,
                                                                          partnership):
    page_url = f"/p/{partnership.slug}/training/courses/{course.pk}/evaluation/"
    member_page = signed_in_client(member_user).get(page_url).content.decode()
    assert "How useful was the course for your work?" in member_page and "Add a question" not in member_page
    client = signed_in_client(business_user)
    response = client.post(f"{page_url}add/", {"stage": "before", "kind": "usefulness", "text": "Useful?"})
    assert "cannot be asked before the course" in response.content.decode()
    response = client.post(f"{page_url}add/", {"stage": "follow_up", "kind": "rating", "text": "Rate the support",
                                               "required": "on"})
    assert response.status_code == 302 and texts(course, "follow_up")[-1] == "Rate the support"
