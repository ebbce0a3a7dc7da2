"""Building a budget for tests through the services (fictional organisations and amounts only)."""
from assure.partnerships.models import Organisation

from .. import services


def year(partnership, by, start_year=2025, **changes):
    return services.add_year(partnership=partnership, by=by, start_year=start_year, **changes)


def line(year, by, name="Independent reviewer fees", category="reviews", planned_pence=3500000, **changes):
    return services.add_line(year, by=by, category=category, name=name, planned_pence=planned_pence, **changes)


def partner(partnership, name="Fenbridge Council", kind="local_authority"):
    organisation, _ = Organisation.objects.get_or_create(partnership=partnership, name=name, defaults={"kind": kind})
    return organisation
