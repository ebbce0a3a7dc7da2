"""The business plan's services' cases for core/tests/test_service_actors.py: each builds what the service needs
(as the world's set-up user) and returns a call taking the acting user. Add a case for every new service."""
from assure.plans import services as plans

from . import factories


def a_priority(w):
    return factories.priority(w.partnership, w.setup)


def an_objective(w):
    return factories.objective(a_priority(w), w.setup)


def two_objectives(w):
    priority = a_priority(w)
    factories.objective(priority, w.setup, "First")
    return factories.objective(priority, w.setup, "Second")


CASES = {
    "assure.plans.services.add_objective": lambda w: (
        lambda p: lambda by: plans.add_objective(p, by=by, text="Neglect is recognised early"))(a_priority(w)),
    "assure.plans.services.update_objective": lambda w: (
        lambda o: lambda by: plans.update_objective(o, by=by, expected_version=o.version, text="Changed"))(
        an_objective(w)),
    "assure.plans.services.remove_objective": lambda w: (
        lambda o: lambda by: plans.remove_objective(o, by=by, expected_version=o.version))(an_objective(w)),
    "assure.plans.services.move_objective": lambda w: (
        lambda o: lambda by: plans.move_objective(o, by=by, direction="up"))(two_objectives(w)),
    "assure.plans.services.set_evidence": lambda w: (
        lambda o, a: lambda by: plans.set_evidence(o, by=by, expected_version=o.version, actions=[a]))(
        an_objective(w), factories.action(w.partnership, w.setup)),
    "assure.plans.services.record_progress": lambda w: (
        lambda p: lambda by: plans.record_progress(p, by=by, quarter="2025-Q3", rating="green",
                                                   narrative="On track"))(a_priority(w)),
}

NO_ACTOR = {
    "assure.plans.services.quarter_refusal": "pure",
    "assure.plans.services.read_quarter": "reads a quarter; writes nothing",
}
