"""Who may see which risk: any role in the partnership reads its register; only the business team writes
(`partnership_view(MANAGE)` on those pages). A risk of another partnership answers 404, never confirming it exists.
"""
from django.http import Http404

from .models import Risk


def get_risk_or_404(request, risk_id) -> Risk:
    risk = (Risk.objects.select_related("owner", "owner_organisation", "body")
            .filter(partnership=request.partnership, pk=risk_id).first())
    if risk is None:
        raise Http404("No such risk")
    return risk
