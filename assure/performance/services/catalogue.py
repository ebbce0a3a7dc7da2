"""Writes to the indicator catalogue: each a named, atomic @service taking the acting user as `by`.

Every refusal is a ValidationError naming the field; an out-of-date `expected_version` is an EditConflict.
"""
import re

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from simple_history.utils import bulk_update_with_history

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.ordering import move_in_order

from .. import rating
from ..models import Indicator
from ._checks import same_partnership

CODE = re.compile(r"^[A-Z0-9][A-Z0-9._/-]{0,29}$")
FIELDS = ("code", "name", "definition", "unit", "polarity", "frequency", "source_organisation", "owner", "priority",
          "target_value", "target_date", "target_description", "green_threshold", "red_threshold", "comparators",
          "published_measure", "neighbours_average")


def _checked(partnership, indicator=None, **fields) -> dict:
    """The indicator's fields, tidied, or a ValidationError naming the first problem."""
    values = dict(fields)
    values["code"] = "".join((values.get("code") or "").split()).upper()
    values["name"] = " ".join((values.get("name") or "").split())
    for name in ("definition", "target_description", "published_measure"):
        values[name] = (values.get(name) or "").strip()
    if not values["code"]:
        raise ValidationError({"code": "Enter the indicator's code, for example CP-2YR."})
    if not CODE.match(values["code"]):
        raise ValidationError({"code": "The code must be 30 characters or fewer: letters, numbers, dots, dashes, "
                                       "slashes or underscores, with no spaces."})
    clash = Indicator.objects.filter(partnership=partnership, code=values["code"])
    if indicator is not None:
        clash = clash.exclude(pk=indicator.pk)
    if clash.exists():
        raise ValidationError({"code": f"Another indicator already has the code {values['code']}."})
    if not values["name"]:
        raise ValidationError({"name": "Enter the indicator's name."})
    if len(values["name"]) > 200:
        raise ValidationError({"name": "The name must be 200 characters or fewer."})
    for name, choices, message in [
        ("unit", Indicator.Unit, "Choose the unit: a count, a percentage or a rate per 10,000."),
        ("polarity", Indicator.Polarity, "Choose whether higher or lower is better."),
        ("frequency", Indicator.Frequency, "Choose how often the figure is reported."),
        ("comparators", Indicator.Comparators, "Choose how the comparators are found."),
        ("neighbours_average", Indicator.Average, "Choose the median or the mean of the neighbours."),
    ]:
        if values.get(name) not in choices.values:
            raise ValidationError({name: message})
    same_partnership(partnership, values.get("source_organisation"), "source_organisation",
                     "Choose a source organisation of this partnership.")
    same_partnership(partnership, values.get("owner"), "owner", "Choose an owner from this partnership's people.")
    same_partnership(partnership, values.get("priority"), "priority", "Choose one of this partnership's priorities.")
    if values["comparators"] == Indicator.Comparators.PUBLISHED and not values["published_measure"]:
        raise ValidationError({"published_measure": "Enter the column of the published statistics that holds this "
                                                    "measure, for example rate_per_10000."})
    if values["comparators"] != Indicator.Comparators.PUBLISHED:
        values["published_measure"] = ""
    # Name the threshold that is missing, so the error sits on the box to fill in.
    if values.get("green_threshold") is not None and values.get("red_threshold") is None:
        raise ValidationError({"red_threshold": "Enter the red threshold too, or remove the green one."})
    if values.get("red_threshold") is not None and values.get("green_threshold") is None:
        raise ValidationError({"green_threshold": "Enter the green threshold too, or remove the red one."})
    refusal = rating.thresholds_refusal(polarity=values["polarity"], green_threshold=values.get("green_threshold"),
                                        red_threshold=values.get("red_threshold"))
    if refusal:
        raise ValidationError({"green_threshold": refusal})
    if len(values["target_description"]) > 200:
        raise ValidationError({"target_description": "The target in words must be 200 characters or fewer."})
    if len(values["published_measure"]) > 100:
        raise ValidationError({"published_measure": "The measure's column must be 100 characters or fewer."})
    if values.get("target_date") is not None and values.get("target_value") is None:
        raise ValidationError({"target_value": "Enter the target, or remove the target date."})
    if values.get("target_value") is not None and values["polarity"] == Indicator.Polarity.NEITHER:
        raise ValidationError({"target_value": "An indicator where neither higher nor lower is better has no target: "
                                               "remove it, or choose which is better."})
    from ..values import unit_refusal
    for name in ("target_value", "green_threshold", "red_threshold"):
        problem = unit_refusal(values.get(name), values["unit"])
        if problem and values["unit"] != Indicator.Unit.COUNT:
            raise ValidationError({name: problem})
    return {name: values.get(name) for name in FIELDS}


@service
@transaction.atomic
def add_indicator(*, partnership, by, code, name, unit, polarity, frequency, definition="", source_organisation=None,
                  owner=None, priority=None, target_value=None, target_date=None, target_description="",
                  green_threshold=None, red_threshold=None, comparators=Indicator.Comparators.NONE,
                  published_measure="", neighbours_average=Indicator.Average.MEDIAN) -> Indicator:
    """A new indicator in the catalogue, placed last."""
    fields = _checked(partnership, code=code, name=name, definition=definition, unit=unit, polarity=polarity,
                      frequency=frequency, source_organisation=source_organisation, owner=owner, priority=priority,
                      target_value=target_value, target_date=target_date, target_description=target_description,
                      green_threshold=green_threshold, red_threshold=red_threshold, comparators=comparators,
                      published_measure=published_measure, neighbours_average=neighbours_average)
    last = Indicator.objects.filter(partnership=partnership).aggregate(last=Max("position"))["last"]
    return Indicator.objects.create(partnership=partnership, created_by=by, position=(last or 0) + 1, **fields)


@service
@transaction.atomic
def update_indicator(indicator: Indicator, *, by, expected_version: int, **changes) -> Indicator:
    """Change an indicator's definition, target, thresholds or comparators. Its figures are kept: a change of unit
    is refused while it has figures, since they were given in the old unit."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise TypeError(f"update_indicator does not change {sorted(unknown)}")
    current = {name: getattr(indicator, name) for name in FIELDS}
    fields = _checked(indicator.partnership, indicator, **{**current, **changes})
    if fields["unit"] != indicator.unit and indicator.figures.exists():
        raise ValidationError({"unit": "This indicator has figures in its current unit, so the unit cannot change: "
                                       "add a new indicator for the new measure."})
    if fields["frequency"] != indicator.frequency and indicator.figures.exists():
        raise ValidationError({"frequency": "This indicator has figures for its current frequency, so it cannot "
                                            "change: add a new indicator reported at the new frequency."})
    for name, value in fields.items():
        setattr(indicator, name, value)
    claim_version(Indicator, indicator.pk, expected_version)
    indicator.version = expected_version + 1
    indicator.save()
    return indicator


@service
@transaction.atomic
def retire_indicator(indicator: Indicator, *, by, expected_version: int) -> Indicator:
    """Stop reporting an indicator: it leaves the dataset page and the pack; its figures and history stay."""
    claim_version(Indicator, indicator.pk, expected_version)
    # Read the state afresh without touching the caller's object, which must stay as it was if this is refused.
    if Indicator.objects.filter(pk=indicator.pk, retired_on__isnull=False).exists():
        raise ValidationError("This indicator is already retired.")
    indicator.refresh_from_db()
    indicator.retired_on = clock.today()
    indicator.save()
    return indicator


@service
@transaction.atomic
def reinstate_indicator(indicator: Indicator, *, by, expected_version: int) -> Indicator:
    claim_version(Indicator, indicator.pk, expected_version)
    if Indicator.objects.filter(pk=indicator.pk, retired_on__isnull=True).exists():
        raise ValidationError("This indicator is in the dataset already.")
    indicator.refresh_from_db()
    indicator.retired_on = None
    indicator.save()
    return indicator


@service
@transaction.atomic
def move_indicator(indicator: Indicator, *, by, direction: str) -> None:
    """Swap an indicator with the one above or below it in the catalogue (the order of the dataset and the pack)."""
    if direction not in ("up", "down"):
        raise ValidationError("Choose whether to move the indicator up or down.")
    ordered = list(Indicator.objects.select_for_update().filter(partnership=indicator.partnership,
                                                                retired_on__isnull=True).order_by("position", "code"))
    if not any(other.pk == indicator.pk for other in ordered):
        raise ValidationError(f"{indicator.code} is retired: reinstate it before moving it.")
    moved = move_in_order(ordered, indicator, direction)
    if moved is None:
        raise ValidationError(f"{indicator.code} is already {'first' if direction == 'up' else 'last'} in the "
                              f"catalogue.")
    # With history, so who reordered the catalogue is on the record; a move is not an edit of the indicator, so
    # its version stays and an edit page left open still saves.
    bulk_update_with_history(moved, Indicator, ["position"])
