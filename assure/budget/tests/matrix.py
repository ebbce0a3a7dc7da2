"""For the central permission matrix: a financial year with a budget line.

Every role of the partnership reads the budget's summaries; only the business team manages (MANAGE pages are 403
for the others), except a partner's finance contact, who records their own organisation's payments. Another
partnership's users get 404 for all of it.
"""
from .. import services
from . import factories

EXPECTED = {
    "budget:spending-list": {"business": 200, "member": 200, "read_only": 200},
    "budget:review-costs": {"business": 200, "member": 200, "read_only": 200},
    "budget:spending-add": {"business": 200, "member": 403, "read_only": 403},
    "budget:spending-edit": {"business": 200, "member": 403, "read_only": 403},
    "budget:spending-remove": {"business": 200, "member": 403, "read_only": 403},
    "budget:spending-import": {"business": 200, "member": 403, "read_only": 403},
    "budget:spending-import-check": {"business": 200, "member": 403, "read_only": 403},
}


def url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    year = factories.year(partnership, by, start_year=2025)
    factories.line(year, by)
    spent = factories.spending(year, by)
    waiting = services.start_spending_import(year, by=by, file_name="export.csv", data=factories.csv_bytes(
        [["Date", "Description", "Amount", "Cost centre"], ["01/06/2025", "Venue", "100", "Nowhere"]]))
    y = {"start_year": year.start_year}
    return {
        "budget:year-list": {},
        "budget:year-detail": y,
        "budget:review-costs": {},
        "budget:spending-list": y,
        "budget:spending-add": y,
        "budget:spending-edit": {**y, "spending_id": spent.pk},
        "budget:spending-remove": {**y, "spending_id": spent.pk},
        "budget:spending-import": y,
        "budget:spending-import-check": {**y, "import_id": waiting.pk},
    }
