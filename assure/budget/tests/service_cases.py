"""The budget services' cases for core/tests/test_service_actors.py: each builds what the service needs (as the
world's set-up user) and returns a call taking the acting user. Add a case for every new service."""
import datetime

from assure.budget import services as budget

from . import factories


def a_year(w):
    return factories.year(w.partnership, w.setup)


def a_contribution(w):
    return factories.contribution(a_year(w), w.setup)


def closed(w):
    year = a_year(w)
    return budget.close_year(year, by=w.setup, expected_version=year.version)


def a_line(w):
    return factories.line(a_year(w), w.setup)


def spent(w):
    year = a_year(w)
    return factories.spending(year, w.setup, line=factories.line(year, w.setup))


def waiting(w):
    year = a_year(w)
    factories.line(year, w.setup)
    return budget.start_spending_import(year, by=w.setup, file_name="export.csv", data=factories.csv_bytes(
        [["Date", "Description", "Amount", "Cost centre"], ["01/06/2025", "Reviewer fee", "100", "reviews"]]))


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
    "assure.budget.services.years.update_year": lambda w: (
        lambda y: lambda by: budget.update_year(y, by=by, expected_version=y.version, brought_forward_pence=4704300,
                                                notes="As the Executive agreed"))(a_year(w)),
    "assure.budget.services.contributions.add_contribution": lambda w: (
        lambda y: lambda by: budget.add_contribution(y, by=by, organisation=factories.partner(w.partnership),
                                                     agreed_pence=10700000))(a_year(w)),
    "assure.budget.services.contributions.update_contribution": lambda w: (
        lambda c: lambda by: budget.update_contribution(c, by=by, expected_version=c.version,
                                                        organisation=c.organisation, agreed_pence=11000000,
                                                        basis="agreed"))(a_contribution(w)),
    "assure.budget.services.contributions.remove_contribution": lambda w: (
        lambda c: lambda by: budget.remove_contribution(c, by=by, expected_version=c.version))(a_contribution(w)),
    "assure.budget.services.contributions.set_contributions": lambda w: (
        lambda y, a, b: lambda by: budget.set_contributions(y, by=by, basis="equal",
                                                            amounts=[(a, 10700000), (b, 10700000)]))(
        a_year(w), factories.partner(w.partnership), factories.partner(w.partnership, "Tarnside Police", "police")),
    "assure.budget.services.contributions.raise_invoice": lambda w: (
        lambda c: lambda by: budget.raise_invoice(c, by=by, number="INV-0042", raised_on=datetime.date(2025, 4, 14),
                                                  amount_pence=5350000))(a_contribution(w)),
    "assure.budget.services.contributions.record_payment": lambda w: (
        lambda c: lambda by: budget.record_payment(c, by=by, received_on=datetime.date(2025, 5, 2),
                                                   amount_pence=5350000, reference="BACS 4471"))(a_contribution(w)),
    "assure.budget.services.spending.record_spending": lambda w: (
        lambda line: lambda by: budget.record_spending(line.year, by=by, line=line, spent_on=datetime.date(2025, 6, 1),
                                                       description="Reviewer fee", amount_pence=100))(a_line(w)),
    "assure.budget.services.spending.update_spending": lambda w: (
        lambda s: lambda by: budget.update_spending(s, by=by, expected_version=s.version, line=s.line,
                                                    spent_on=s.spent_on, description="Changed", amount_pence=200))(
        spent(w)),
    "assure.budget.services.spending.remove_spending": lambda w: (
        lambda s: lambda by: budget.remove_spending(s, by=by))(spent(w)),
    "assure.budget.services.spending_imports.start_spending_import": lambda w: (
        lambda line: lambda by: budget.start_spending_import(line.year, by=by, file_name="export.csv",
                                                             data=b"Date,Description,Amount,Cost centre\n"))(a_line(w)),
    "assure.budget.services.spending_imports.confirm_spending_import": lambda w: (
        lambda p: lambda by: budget.confirm_spending_import(p, by=by))(waiting(w)),
    "assure.budget.services.spending_imports.discard_spending_import": lambda w: (
        lambda p: lambda by: budget.discard_spending_import(p, by=by))(waiting(w)),
}

NO_ACTOR = {}
