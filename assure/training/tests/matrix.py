"""For the central permission matrix: a course with an event and a booking.

Every role of the partnership reads courses, events and the impact pages; only the business team manages (MANAGE
pages are 403 for the others) and sees delegates. Another partnership's users get 404 for all of it. Evaluation
forms are opened by their secret link with no sign-in (level "link"), only under their own partnership.
"""
from . import factories

EXPECTED = {}


def url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    course = factories.course(partnership, by)
    event = factories.event(course, by)
    factories.booking(event, by)
    factories.booking(event, by, name="Ash Delegate", email="ash.delegate@fenbridge.example")
    # Two live links (the event is after the fixed clock's today): one opens the form, the other is withdrawn and
    # reissued by the business team's pages (so an empty POST there leaves the first one live).
    (first, token), (second, _) = factories.issued(event, by, "before")
    question = course.questions.first()
    c, e = {"course_id": course.pk}, {"event_id": event.pk}
    q, link = {"question_id": question.pk}, {"link_id": second.pk}
    return {
        "training:course-list": {},
        "training:course-add": {},
        "training:course-detail": c,
        "training:course-edit": c,
        "training:event-add": c,
        "training:event-detail": e,
        "training:event-edit": e,
        "training:booking-add": e,
        "training:course-evaluation": c,
        "training:question-add": c,
        "training:question-edit": q,
        "training:question-remove": q,
        "training:question-move": q,
        "training:event-evaluation": e,
        "training:links-issue": e,
        "training:links-download": e,
        "training:link-withdraw": link,
        "training:link-reissue": link,
        "training:evaluate": {"token": token},
    }
