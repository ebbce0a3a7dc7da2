"""Reads of the performance dataset for its pages (the shared series and charts are in series.py and charts.py)."""
from .models import Indicator


def live_indicators(partnership):
    """The indicators in the dataset (not retired), with what their rows show, in catalogue order."""
    return (Indicator.objects.filter(partnership=partnership, retired_on__isnull=True)
            .select_related("owner", "priority", "source_organisation").order_by("position", "code"))
