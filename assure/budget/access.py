"""Who may see and change the budget. Everything of another partnership answers 404.

- The business team manages everything.
- Members and read-only users read the budget's summaries for their partnership (the years, the position, lines).
- A partner's finance contact (`Contribution.finance_contact`, a member) reads and records their own
  organisation's payments (`may_record_payments`).
Pages fetch records through these functions, never with a bare `objects.get`.
"""
from django.http import Http404

from assure.reviews.access import visible_reviews

from .models import BudgetLine, Contribution, FinancialYear, Spending, SpendingImport


def years(request):
    return FinancialYear.objects.filter(partnership=request.partnership)


def get_year_or_404(request, start_year) -> FinancialYear:
    year = years(request).filter(start_year=start_year).first()
    if year is None:
        raise Http404("No such financial year")
    return year


def get_line_or_404(request, year, line_id) -> BudgetLine:
    line = BudgetLine.objects.filter(year=year, pk=line_id).first()
    if line is None:
        raise Http404("No such budget line")
    return line


def get_contribution_or_404(request, contribution_id) -> Contribution:
    contribution = (Contribution.objects.select_related("year", "organisation", "finance_contact")
                    .filter(year__partnership=request.partnership, pk=contribution_id).first())
    if contribution is None:
        raise Http404("No such contribution")
    return contribution


def may_record_payments(request, contribution) -> bool:
    """The business team, or the organisation's finance contact while they can sign in as a member."""
    if request.role.can_manage:
        return True
    contact = contribution.finance_contact
    return (request.role.can_update_own_actions and contact is not None and contact.user_id is not None
            and contact.user_id == request.user.pk)


def get_spending_or_404(request, year, spending_id) -> Spending:
    spending = (Spending.objects.select_related("year", "line", "review").filter(year=year, pk=spending_id).first())
    if spending is None:
        raise Http404("No such spending")
    return spending


def get_spending_import_or_404(request, year, import_id) -> SpendingImport:
    pending = SpendingImport.objects.select_related("year", "created_by").filter(year=year, pk=import_id).first()
    if pending is None:
        raise Http404("No such import")
    return pending


def reviews(request):
    """The reviews the person may see (reviews.access): only these are offered, filtered on or listed by cost."""
    return visible_reviews(request)
