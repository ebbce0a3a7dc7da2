"""For the central permission matrix: a financial year with a budget line and two contributions, the matrix
member being the finance contact of one of them (Fenbridge Council's).

Every role of the partnership reads the budget's summaries; only the business team manages (MANAGE pages are 403
for the others), except a partner's finance contact, who records their own organisation's payments. Another
partnership's users get 404 for all of it.
"""
from assure.budget import services
from assure.partnerships.models import Person

from . import factories

EXPECTED = {
    # The member is the finance contact of this contribution, so records its payments; a read-only user does not.
    "budget:payment-add": {"business": 200, "member": 200, "read_only": 403},
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
    line = factories.line(year, by)
    contact = Person.objects.get(partnership=partnership, user=world.member_user)
    mine = factories.contribution(year, by, factories.partner(partnership), finance_contact=contact)
    factories.invoice(mine, by)
    factories.payment(mine, by)
    closed = factories.year(partnership, by, start_year=2024)
    services.close_year(closed, by=by, expected_version=closed.version)
    y, c = {"start_year": year.start_year}, {"contribution_id": mine.pk}
    spent = factories.spending(year, by, line=line)
    waiting = services.start_spending_import(year, by=by, file_name="export.csv", data=factories.csv_bytes(
        [["Date", "Description", "Amount", "Cost centre"], ["01/06/2025", "Venue", "100", "Nowhere"]]))
    return {
        "budget:year-list": {},
        "budget:year-add": {},
        "budget:year-detail": y,
        "budget:year-edit": y,
        "budget:year-close": y,
        "budget:year-reopen": {"start_year": closed.start_year},
        "budget:line-add": y,
        "budget:line-edit": {**y, "line_id": line.pk},
        "budget:contribution-list": y,
        "budget:contribution-add": y,
        "budget:contributions-propose": y,
        "budget:contribution-detail": c,
        "budget:contribution-edit": c,
        "budget:contribution-remove": c,
        "budget:invoice-add": c,
        "budget:payment-add": c,
        "budget:review-costs": {},
        "budget:spending-list": y,
        "budget:spending-add": y,
        "budget:spending-edit": {**y, "spending_id": spent.pk},
        "budget:spending-remove": {**y, "spending_id": spent.pk},
        "budget:spending-import": y,
        "budget:spending-import-check": {**y, "import_id": waiting.pk},
        "budget:finance-appendix": y,
        "budget:finance-appendix-docx": y,
    }
