"""Who may see and change training. Everything of another partnership answers 404.

- The business team manages everything (courses, events, bookings, registers, evaluation, returns).
- Members and read-only users read the training summaries of their partnership: courses, events, the impact pages.
  Delegates' names and email addresses are for the business team only (`may_see_delegates`).
- A delegate or their manager opens only their own evaluation form, by its secret link (`link_or_404`).
Pages fetch records through these functions, never with a bare `objects.get`.
"""
from django.http import Http404

from assure.core.secret_links import hash_token, looks_like_token

from .models import Answer, Booking, BookingImport, Course, Delegate, EvaluationLink, Event, Question, TrainingReturn


def courses(request):
    return Course.objects.filter(partnership=request.partnership)


def get_course_or_404(request, course_id) -> Course:
    course = courses(request).select_related("priority", "review").filter(pk=course_id).first()
    if course is None:
        raise Http404("No such course")
    return course


def events(request):
    return Event.objects.filter(course__partnership=request.partnership).select_related("course")


def get_event_or_404(request, event_id) -> Event:
    event = events(request).filter(pk=event_id).first()
    if event is None:
        raise Http404("No such event")
    return event


def get_booking_or_404(request, event, booking_id) -> Booking:
    booking = (Booking.objects.select_related("event__course", "delegate__organisation")
               .filter(event=event, pk=booking_id).first())
    if booking is None:
        raise Http404("No such booking")
    return booking


def get_booking_import_or_404(request, event, import_id) -> BookingImport:
    pending = BookingImport.objects.select_related("created_by").filter(event=event, pk=import_id).first()
    if pending is None:
        raise Http404("No such import")
    return pending


def delegates(request):
    return Delegate.objects.filter(partnership=request.partnership).select_related("organisation")


def get_delegate_or_404(request, delegate_id) -> Delegate:
    delegate = delegates(request).filter(pk=delegate_id).first()
    if delegate is None:
        raise Http404("No such delegate")
    return delegate


def may_see_delegates(request) -> bool:
    """Names and email addresses of delegates: the business team only."""
    return request.role.can_manage


def get_return_or_404(request, return_id) -> TrainingReturn:
    found = (TrainingReturn.objects.select_related("organisation")
             .filter(partnership=request.partnership, pk=return_id).first())
    if found is None:
        raise Http404("No such training return")
    return found


def get_question_or_404(request, question_id) -> Question:
    question = (Question.objects.select_related("course")
                .filter(course__partnership=request.partnership, pk=question_id).first())
    if question is None:
        raise Http404("No such question")
    return question


def get_evaluation_link_or_404(request, link_id) -> EvaluationLink:
    """An evaluation link, for the business team to withdraw or reissue (never its token: only the hash is kept)."""
    link = (EvaluationLink.objects.select_related("booking__event__course", "booking__delegate")
            .filter(booking__event__course__partnership=request.partnership, pk=link_id).first())
    if link is None:
        raise Http404("No such evaluation link")
    return link


def link_or_404(slug, token) -> EvaluationLink:
    """The evaluation link with this token in this partnership (by slug), whatever its state (used, expired):
    the page says which. Anything else, a mangled token included, is not found."""
    if not looks_like_token(token):
        raise Http404("No such evaluation form")
    link = (EvaluationLink.objects
            .select_related("booking__event__course__partnership", "booking__delegate")
            .filter(token_hash=hash_token(token), booking__event__course__partnership__slug=slug).first())
    if link is None:
        raise Http404("No such evaluation form")
    return link


def get_answer_or_404(request, course, answer_id):
    """A written answer to one of this course's questions (for choosing quotes)."""
    answer = (Answer.objects.select_related("question", "link__booking__delegate__organisation")
              .filter(question__course=course, pk=answer_id).first())
    if answer is None:
        raise Http404("No such answer")
    return answer
