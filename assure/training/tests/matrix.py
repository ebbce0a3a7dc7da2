"""For the central permission matrix: a course with an event and a booking.

Every role of the partnership reads courses, events and the impact pages; only the business team manages (MANAGE
pages are 403 for the others) and sees delegates. Offering places is a POST-only button: a GET is 405 for the
business team. Another partnership's users get 404 for all of it. Evaluation forms are opened by their secret link
with no sign-in (level "link"), only under their own partnership.
"""
import datetime

from assure.core import clock

from . import factories

EXPECTED = {}


def url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    course = factories.course(partnership, by)
    # A fortnight ahead of today (the fixed clock's 2026-03-09 in most tests; the real date in browser tests), so
    # its before-the-course links are live.
    event = factories.event(course, by, day=clock.today() + datetime.timedelta(days=15))
    booking = factories.did_not_attend(factories.booking(event, by))
    pending = factories.booking_import(event, by)
    factories.booking(event, by, name="Ash Delegate", email="ash.delegate@fenbridge.example")
    # Two live links (the event is after the fixed clock's today): one opens the form, the other is withdrawn and
    # reissued by the business team's pages (so an empty POST there leaves the first one live).
    (first, token), (second, _) = factories.issued(event, by, "before")
    question = course.questions.first()
    came = factories.attended(factories.booking(event, by, name="Kit Delegate", email="kit.delegate@fenbridge.example"))
    written = factories.answer(factories.link(came, "after"), "text", text="I will use the tool with families.")
    returned = factories.training_return(partnership, by)
    c, e = {"course_id": course.pk}, {"event_id": event.pk}
    o = c | {"outcome_id": course.outcomes.first().pk}
    d = {"delegate_id": booking.delegate_id}
    q, link = {"question_id": question.pk}, {"link_id": second.pk}
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
        "training:event-list": {},
        "training:booking-cancel": e | {"booking_id": booking.pk},
        "training:offer-places": e,
        "training:event-cancel": e,
        "training:register": e,
        "training:outcome-add": c,
        "training:outcome-edit": o,
        "training:outcome-remove": o,
        "training:outcome-move": o,
        "training:course-retire": c,
        "training:course-reinstate": c,
        "training:policy": {},
        "training:policy-edit": {},
        "training:charges": {},
        "training:charges-download": {},
        "training:charge-waive": e | {"booking_id": booking.pk},
        "training:delegate-list": {},
        "training:delegate-detail": d,
        "training:delegate-edit": d,
        "training:delegate-not-duplicate": d,
        "training:delegate-merge": d,
        "training:booking-import": e,
        "training:booking-import-check": e | {"import_id": pending.pk},
        "training:booking-import-example": {},
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
