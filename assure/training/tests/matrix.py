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
    booking = factories.attended(factories.booking(event, by))
    written = factories.answer(factories.link(booking, "after"), "text", text="I will use the tool with families.")
    returned = factories.training_return(partnership, by)
    c, e = {"course_id": course.pk}, {"event_id": event.pk}
    a, r = {"course_id": course.pk, "answer_id": written.pk}, {"return_id": returned.pk}
    return {
        "training:course-list": {},
        "training:course-add": {},
        "training:course-detail": c,
        "training:course-edit": c,
        "training:event-add": c,
        "training:event-detail": e,
        "training:event-edit": e,
        "training:booking-add": e,
        "training:impact": {},
        "training:course-impact": c,
        "training:course-answers": c,
        "training:quote-choose": a,      # POST only: a GET is 405 for the business team
        "training:quote-unchoose": a,
        "training:return-list": {},
        "training:return-download": {},
        "training:return-add": {},
        "training:return-edit": r,
        "training:return-remove": r,
    }
