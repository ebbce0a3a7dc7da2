"""The training services' cases for core/tests/test_service_actors.py: each builds what the service needs (as the
world's set-up user) and returns a call taking the acting user. Add a case for every new service."""
import datetime

from assure.training import services as training

from . import factories


def a_course(w):
    return factories.course(w.partnership, w.setup)


def an_event(w):
    return factories.event(a_course(w), w.setup)


def a_delegate(w):
    return training.find_or_add_delegate(partnership=w.partnership, by=w.setup, name="Jo Delegate",
                                         email="jo.delegate@fenbridge.example",
                                         organisation=factories.organisation(w.partnership))[0]


def a_full_event_with_a_free_place(w):
    """An event with one place taken, one person waiting, then a second place added."""
    event = factories.event(a_course(w), w.setup, capacity=1)
    factories.booking(event, w.setup, name="Ash Booked", email="ash@fenbridge.example")
    factories.booking(event, w.setup, name="Bo Waiting", email="bo@fenbridge.example")
    event.refresh_from_db()
    return training.update_event(event, by=w.setup, expected_version=event.version, starts_at=event.starts_at,
                                 ends_at=event.ends_at, delivery=event.delivery, venue=event.venue, capacity=2)


def a_booking_on_a_past_event(w):
    event = factories.event(a_course(w), w.setup, day=datetime.date(2026, 3, 2))
    return factories.booking(event, w.setup)
def a_charge(w):
    """A booking marked "did not attend": the policy charges for it."""
    return factories.did_not_attend(factories.booking(an_event(w), w.setup))


def a_waived_charge(w):
    booking = a_charge(w)
    return training.waive_charge(booking, by=w.setup, expected_version=booking.version, reason="Called to court")


def a_twin(w):
    a_delegate(w)
    return training.find_or_add_delegate(partnership=w.partnership, by=w.setup, name="Jo Delegate",
                                         email="jo.d@fenbridge.example",
                                         organisation=factories.organisation(w.partnership))[0]


POLICY = {"notice_working_days": 5, "did_not_attend_charge_pence": 6000, "late_cancellation_charge_pence": 3000,
          "after_link_days": 14, "follow_up_from_weeks": 6, "follow_up_until_weeks": 8}
def a_question(w):
    return a_course(w).questions.filter(stage="before", kind="text").get()


def an_issued_link(w):
    event = an_event(w)
    factories.booking(event, w.setup)
    return factories.issued(event, w.setup, "before")[0][0]
def a_written_answer(w):
    event = an_event(w)
    booking = factories.attended(factories.booking(event, w.setup))
    return factories.answer(factories.link(booking, "after"), "text", text="I will ask about the baby's day.")


CASES = {
    "assure.training.services.courses.add_course": lambda w: lambda by: training.add_course(
        partnership=w.partnership, by=by, title="Exploitation: the first conversation", level="1",
        outcomes=["Spot the early signs of exploitation"]),
    "assure.training.services.courses.update_course": lambda w: (
        lambda c: lambda by: training.update_course(c, by=by, expected_version=c.version, title=c.title, level="3"))(
        a_course(w)),
    "assure.training.services.events.add_event": lambda w: (
        lambda c: lambda by: training.add_event(c, by=by, starts_at=factories.at(datetime.date(2026, 5, 5), 10),
                                                ends_at=factories.at(datetime.date(2026, 5, 5), 12),
                                                delivery="online", venue="Teams", capacity=30))(a_course(w)),
    "assure.training.services.events.update_event": lambda w: (
        lambda e: lambda by: training.update_event(e, by=by, expected_version=e.version, starts_at=e.starts_at,
                                                   ends_at=e.ends_at, delivery="online", venue="Teams",
                                                   capacity=25))(an_event(w)),
    "assure.training.services.bookings.find_or_add_delegate": lambda w: lambda by: training.find_or_add_delegate(
        partnership=w.partnership, by=by, name="Kim Delegate", email="kim.delegate@fenbridge.example",
        organisation=factories.organisation(w.partnership)),
    "assure.training.services.bookings.book": lambda w: (
        lambda e, d: lambda by: training.book(e, by=by, delegate=d))(an_event(w), a_delegate(w)),
    "assure.training.services.bookings.book_delegate": lambda w: (
        lambda e: lambda by: training.book_delegate(e, by=by, name="Lee Delegate", email="lee@fenbridge.example",
                                                    organisation=factories.organisation(w.partnership)))(
        an_event(w)),
    "assure.training.services.places.cancel_booking": lambda w: (
        lambda b: lambda by: training.cancel_booking(b, by=by, expected_version=b.version))(
        factories.booking(an_event(w), w.setup)),
    "assure.training.services.places.offer_places": lambda w: (
        lambda e: lambda by: training.offer_places(e, by=by))(a_full_event_with_a_free_place(w)),
    "assure.training.services.places.cancel_event": lambda w: (
        lambda e: lambda by: training.cancel_event(e, by=by, expected_version=e.version,
                                                   reason="The trainer is unwell"))(an_event(w)),
    "assure.training.services.register.record_register": lambda w: (
        lambda b: lambda by: training.record_register(b.event, by=by, marks={b.pk: "attended"}))(
        a_booking_on_a_past_event(w)),
    "assure.training.services.courses.retire_course": lambda w: (
        lambda c: lambda by: training.retire_course(c, by=by, expected_version=c.version))(a_course(w)),
    "assure.training.services.courses.reinstate_course": lambda w: (
        lambda c: lambda by: training.reinstate_course(c, by=by, expected_version=c.version))(
        (lambda c: training.retire_course(c, by=w.setup, expected_version=c.version))(a_course(w))),
    "assure.training.services.outcomes.add_outcome": lambda w: (
        lambda c: lambda by: training.add_outcome(c, by=by, text="Share a concern with the right agency"))(
        a_course(w)),
    "assure.training.services.outcomes.update_outcome": lambda w: (
        lambda o: lambda by: training.update_outcome(o, by=by, expected_version=o.version,
                                                     text="Record what the child said"))(
        a_course(w).outcomes.first()),
    "assure.training.services.outcomes.remove_outcome": lambda w: (
        lambda o: lambda by: training.remove_outcome(o, by=by))(a_course(w).outcomes.first()),
    "assure.training.services.outcomes.move_outcome": lambda w: (
        lambda o: lambda by: training.move_outcome(o, by=by, direction="down"))(a_course(w).outcomes.first()),
    "assure.training.services.policy.save_policy": lambda w: lambda by: training.save_policy(
        partnership=w.partnership, by=by, expected_version=None, **POLICY),
    "assure.training.services.charges.waive_charge": lambda w: (
        lambda b: lambda by: training.waive_charge(b, by=by, expected_version=b.version, reason="Snowed in"))(
        a_charge(w)),
    "assure.training.services.charges.restore_charge": lambda w: (
        lambda b: lambda by: training.restore_charge(b, by=by, expected_version=b.version))(a_waived_charge(w)),
    "assure.training.services.delegates.update_delegate": lambda w: (
        lambda d: lambda by: training.update_delegate(d, by=by, expected_version=d.version, name="Jo Delegate-Smith",
                                                      email=d.email, organisation=d.organisation))(a_delegate(w)),
    "assure.training.services.delegates.dismiss_duplicate": lambda w: (
        lambda d: lambda by: training.dismiss_duplicate(d, by=by, expected_version=d.version))(a_twin(w)),
    "assure.training.services.delegates.merge_delegates": lambda w: (
        lambda d: lambda by: training.merge_delegates(d, into=d.possible_duplicate_of, by=by))(
        (lambda twin: (training.book(an_event(w), by=w.setup, delegate=twin), twin)[1])(a_twin(w))),
    "assure.training.services.booking_imports.start_booking_import": lambda w: (
        lambda e: lambda by: training.start_booking_import(e, by=by, file_name="bookings.csv",
                                                           data=factories.EXPORT))(an_event(w)),
    "assure.training.services.booking_imports.confirm_booking_import": lambda w: (
        lambda p: lambda by: training.confirm_booking_import(p, by=by))(factories.booking_import(an_event(w), w.setup)),
    "assure.training.services.booking_imports.discard_booking_import": lambda w: (
        lambda p: lambda by: training.discard_booking_import(p, by=by))(factories.booking_import(an_event(w), w.setup)),
    "assure.training.services.quotes.choose_quote": lambda w: (
        lambda a: lambda by: training.choose_quote(a, by=by, expected_version=a.version))(a_written_answer(w)),
    "assure.training.services.quotes.unchoose_quote": lambda w: (
        lambda a: lambda by: training.unchoose_quote(a, by=by, expected_version=a.version))(a_written_answer(w)),
    "assure.training.services.returns.save_return": lambda w: lambda by: training.save_return(
        partnership=w.partnership, by=by, organisation=factories.organisation(w.partnership), start_year=2025,
        lines={"1": (10, 20), "3": (2, None)}),
    "assure.training.services.returns.remove_return": lambda w: (
        lambda r: lambda by: training.remove_return(r, by=by))(factories.training_return(w.partnership, w.setup)),
    "assure.training.services.evaluations.add_question": lambda w: (
        lambda c: lambda by: training.add_question(c, by=by, stage="after", kind="rating",
                                                   text="How well did the trainer explain the tool?"))(a_course(w)),
    "assure.training.services.evaluations.update_question": lambda w: (
        lambda q: lambda by: training.update_question(q, by=by, expected_version=q.version, kind=q.kind,
                                                      text="What do you hope to take back to your team?"))(
        a_question(w)),
    "assure.training.services.evaluations.remove_question": lambda w: (
        lambda q: lambda by: training.remove_question(q, by=by))(a_question(w)),
    "assure.training.services.evaluations.move_question": lambda w: (
        lambda q: lambda by: training.move_question(q, by=by, direction="up"))(a_question(w)),
    "assure.training.services.evaluations.issue_links": lambda w: (
        lambda e: lambda by: training.issue_links(e, by=by, stage="before"))(
        (lambda e: (factories.booking(e, w.setup), e)[1])(an_event(w))),
    "assure.training.services.evaluations.withdraw_link": lambda w: (
        lambda link: lambda by: training.withdraw_link(link, by=by))(an_issued_link(w)),
    "assure.training.services.evaluations.reissue_link": lambda w: (
        lambda link: lambda by: training.reissue_link(link, by=by))(an_issued_link(w)),
}

NO_ACTOR = {
    "assure.training.services.outcomes.removal_refusal": "reads whether a learning outcome has answers; writes "
                                                         "nothing",
    "assure.training.services.evaluations.submit_evaluation": (
        "the delegate or manager has no account: it records its answers through the private @service "
        "_record_answers as the system actor (tests/test_evaluation_form.py checks the history)"),
}
