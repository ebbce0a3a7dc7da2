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


def a_question(w):
    return a_course(w).questions.filter(stage="before", kind="text").get()


def an_issued_link(w):
    event = an_event(w)
    factories.booking(event, w.setup)
    return factories.issued(event, w.setup, "before")[0][0]


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
    "assure.training.services.evaluations.submit_evaluation": (
        "the delegate or manager has no account: it records its answers through the private @service "
        "_record_answers as the system actor (tests/test_evaluation_form.py checks the history)"),
}
