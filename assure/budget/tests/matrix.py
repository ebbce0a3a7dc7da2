"""For the central permission matrix: a financial year with a budget line.

Every role of the partnership reads the budget's summaries; only the business team manages (MANAGE pages are 403
for the others), except a partner's finance contact, who records their own organisation's payments. Another
partnership's users get 404 for all of it.
"""
from . import factories

EXPECTED = {}


def url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    year = factories.year(partnership, by, start_year=2025)
    factories.line(year, by)
    y = {"start_year": year.start_year}
    return {
        "budget:year-list": {},
        "budget:year-detail": y,
        "budget:finance-appendix": y,
        "budget:finance-appendix-docx": y,
    }
