"""For the central permission matrix: an indicator owned by the matrix member's person, with figures.

Every role of the partnership reads the dataset and an indicator; only the business team manages (MANAGE pages are
403 for the others); a member writes the commentary of the indicators they own. Another partnership's users get
404 for all of it.
"""
from decimal import Decimal

from assure.partnerships.models import Person
from assure.performance import services

from .. import periods
from . import factories, import_factories

EXPECTED = {
    "performance:dataset": {"business": 200, "member": 200, "read_only": 200},
    "performance:indicator-detail": {"business": 200, "member": 200, "read_only": 200},
    "performance:import-list": {"business": 200, "member": 200, "read_only": 200},
    "performance:import": {"business": 200, "member": 403, "read_only": 403},
    "performance:import-template": {"business": 200, "member": 403, "read_only": 403},
    "performance:import-check": {"business": 200, "member": 403, "read_only": 403},
    "performance:indicator-list": {"business": 200, "member": 200, "read_only": 200},
    "performance:figure-list": {"business": 200, "member": 200, "read_only": 200},
    "performance:area": {"business": 200, "member": 200, "read_only": 200},
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
    retired = factories.indicator(partnership, by, code="OLD")
    services.retire_indicator(retired, by=by, expected_version=retired.version)
    factories.area(partnership)
    entered = factories.indicator(partnership, by, code="ASC-S42", frequency="yearly", comparators="entered")
    comparator = services.record_comparator(entered, by=by, level="national", period=periods.parse_period("2024/25"),
                                            value=Decimal("40"))
    i = {"indicator_id": indicator.pk}
    figure = {"figure_id": indicator.figures.order_by("period_start").first().pk}
    waiting = services.start_dataset_import(
        partnership=partnership, by=by, file_name="figures.csv",
        data=import_factories.csv_bytes([["indicator code", "period", "value"], ["MISS", "2025-Q2", "49"]]))
    # Q3 2025/26: the other partnership has no figures for it, so its own quarter page is a 404 too.
    q = {"quarter": "2025-Q3"}
    return {
        "performance:dataset": {},
        "performance:indicator-detail": i,
        "performance:import-list": {},
        "performance:import": {},
        "performance:import-template": {},
        "performance:import-check": {"import_id": waiting.pk},
        "performance:indicator-list": {},
        "performance:indicator-add": {},
        "performance:indicator-edit": i,
        "performance:indicator-retire": i,
        "performance:indicator-reinstate": {"indicator_id": retired.pk},
        "performance:indicator-move": i,
        "performance:figure-list": i,
        "performance:figure-add": i,
        "performance:figure-edit": figure,
        "performance:figure-remove": figure,
        "performance:comparator-add": {"indicator_id": entered.pk},
        "performance:comparator-remove": {"comparator_id": comparator.pk},
        "performance:area": {},
        "performance:area-edit": {},
        "performance:neighbours-edit": {},
        "performance:authority-add": {},
        "performance:commentary-edit": {**i, **q},
        "performance:quarter-list": {},
        "performance:quarter": q,
        "performance:quarter-approve": q,
        "performance:quarter-reopen": q,
        "performance:pack-docx": q,
        "performance:pack-pdf": q,
        "performance:pack-to-meeting": q,
    }
