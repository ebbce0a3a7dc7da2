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
    "assure.training.services.quotes.choose_quote": lambda w: (
        lambda a: lambda by: training.choose_quote(a, by=by, expected_version=a.version))(a_written_answer(w)),
    "assure.training.services.quotes.unchoose_quote": lambda w: (
        lambda a: lambda by: training.unchoose_quote(a, by=by, expected_version=a.version))(a_written_answer(w)),
    "assure.training.services.returns.save_return": lambda w: lambda by: training.save_return(
        partnership=w.partnership, by=by, organisation=factories.organisation(w.partnership), start_year=2025,
        lines={"1": (10, 20), "3": (2, None)}),
    "assure.training.services.returns.remove_return": lambda w: (
        lambda r: lambda by: training.remove_return(r, by=by))(factories.training_return(w.partnership, w.setup)),
}

NO_ACTOR = {}
