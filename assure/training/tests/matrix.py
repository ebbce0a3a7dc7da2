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
    pending = factories.booking_import(event, by)
    c, e = {"course_id": course.pk}, {"event_id": event.pk}
    return {
        "training:course-list": {},
        "training:course-add": {},
        "training:course-detail": c,
        "training:course-edit": c,
        "training:event-add": c,
        "training:event-detail": e,
        "training:event-edit": e,
        "training:booking-add": e,
        "training:booking-import": e,
        "training:booking-import-check": e | {"import_id": pending.pk},
        "training:booking-import-example": {},
    }
