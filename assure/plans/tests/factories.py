"""Records the business plan's tests build through the services (all fictional)."""
import datetime

from assure.actions import services as actions
from assure.assurance import services as assurance
from assure.partnerships import services as partnerships
from assure.performance.tests import factories as performance_factories
from assure.plans import services
from assure.reviews.tests import factories as review_factories


def priority(partnership, by, title="Neglect", first_year=2025, last_year=None, **changes):
    return partnerships.add_priority(partnership=partnership, title=title, by=by, first_year=first_year,
                                     last_year=last_year, **changes)


def objective(priority_, by, text="Neglect is recognised before a child needs a plan"):
    return services.add_objective(priority_, by=by, text=text)


def action(partnership, by, text="Relaunch the neglect screening tool", due_date=datetime.date(2026, 4, 30)):
    return actions.create_action(partnership=partnership, text=text, by=by, due_date=due_date,
                                 owners=[actions.Owner(group_name="Business team")])


def indicator(partnership, by, code="REREF", **changes):
    fields = {"name": "Re-referrals to children's social care within 12 months", "unit": "percentage",
              "polarity": "lower", "green_threshold": 21, "red_threshold": 24, **changes}
    return performance_factories.indicator(partnership, by, code=code, **fields)


def activity(partnership, by, title="Neglect multi-agency case audit", year=2025, **changes):
    return assurance.add_activity(partnership=partnership, by=by, year=year, kind="case_audit", title=title,
                                  **changes)


def review(partnership, by, **changes):
    return review_factories.review(partnership, by, **changes)


def rating(priority_, by, quarter="2025-Q3", rating_="amber", narrative="Referrals for neglect rose; the screening "
           "tool is used in half the cases audited.", **changes):
    return services.record_progress(priority_, by=by, quarter=quarter, rating=rating_, narrative=narrative,
                                    **changes)
