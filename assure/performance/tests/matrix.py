"""For the central permission matrix: an indicator owned by the matrix member's person, with figures.

Every role of the partnership reads the dataset and an indicator; only the business team manages (MANAGE pages are
403 for the others); a member writes the commentary of the indicators they own. Another partnership's users get
404 for all of it.
"""
from assure.partnerships.models import Person

from . import factories

EXPECTED = {
    "performance:dataset": {"business": 200, "member": 200, "read_only": 200},
    "performance:indicator-detail": {"business": 200, "member": 200, "read_only": 200},
}


def url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    owner = Person.objects.get(partnership=partnership, user=world.member_user)
    indicator = factories.indicator(partnership, by, owner=owner)
    factories.figures(indicator, by, {"2025-Q3": "52", "2025-Q4": "47"})
    i = {"indicator_id": indicator.pk}
    return {
        "performance:dataset": {},
        "performance:indicator-detail": i,
    }
