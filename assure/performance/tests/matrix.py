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
    # The member owns the indicator, so writes its commentary; a read-only user writes nothing.
    "performance:commentary-edit": {"business": 200, "member": 200, "read_only": 403},
    "performance:quarter-list": {"business": 200, "member": 200, "read_only": 200},
    "performance:quarter": {"business": 200, "member": 200, "read_only": 200},
    "performance:quarter-approve": {"business": 200, "member": 403, "read_only": 403},
    "performance:quarter-reopen": {"business": 200, "member": 403, "read_only": 403},
    "performance:pack-docx": {"business": 200, "member": 200, "read_only": 200},
    "performance:pack-pdf": {"business": 200, "member": 200, "read_only": 200},
    "performance:pack-to-meeting": {"business": 200, "member": 403, "read_only": 403},
}


def url_kwargs(world) -> dict[str, dict]:
    partnership, by = world.partnership, world.business_user
    owner = Person.objects.get(partnership=partnership, user=world.member_user)
    indicator = factories.indicator(partnership, by, owner=owner)
    factories.figures(indicator, by, {"2025-Q3": "52", "2025-Q4": "47"})
    i = {"indicator_id": indicator.pk}
    # Q3 2025/26: the other partnership has no figures for it, so its own quarter page is a 404 too.
    q = {"quarter": "2025-Q3"}
    return {
        "performance:dataset": {},
        "performance:indicator-detail": i,
        "performance:commentary-edit": {**i, **q},
        "performance:quarter-list": {},
        "performance:quarter": q,
        "performance:quarter-approve": q,
        "performance:quarter-reopen": q,
        "performance:pack-docx": q,
        "performance:pack-pdf": q,
        "performance:pack-to-meeting": q,
    }
