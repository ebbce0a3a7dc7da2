"""The budget services' cases for core/tests/test_service_actors.py: each builds what the service needs (as the
world's set-up user) and returns a call taking the acting user. Add a case for every new service."""
from assure.budget import services as budget

from . import factories


def a_year(w):
    return factories.year(w.partnership, w.setup)


def closed(w):
    year = a_year(w)
    return budget.close_year(year, by=w.setup, expected_version=year.version)


CASES = {
    "assure.budget.services.years.add_year": lambda w: lambda by: budget.add_year(
        partnership=w.partnership, by=by, start_year=2025),
    "assure.budget.services.years.add_line": lambda w: (
        lambda y: lambda by: budget.add_line(y, by=by, category="training", name="Training programme",
                                             planned_pence=500000))(a_year(w)),
    "assure.budget.services.years.update_line": lambda w: (
        lambda line: lambda by: budget.update_line(line, by=by, expected_version=line.version, category="reviews",
                                                   name=line.name, planned_pence=4000000))(
        factories.line(a_year(w), w.setup)),
    "assure.budget.services.years.close_year": lambda w: (
        lambda y: lambda by: budget.close_year(y, by=by, expected_version=y.version))(a_year(w)),
    "assure.budget.services.years.reopen_year": lambda w: (
        lambda y: lambda by: budget.reopen_year(y, by=by, expected_version=y.version))(closed(w)),
}

NO_ACTOR = {}
