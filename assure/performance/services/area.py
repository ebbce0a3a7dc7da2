"""Writes of the partnership's area: its own local authority (and region), the other authorities the dataset knows,
and its ten statistical neighbours. Each a named, atomic @service taking the acting user as `by`.

The checks are pure functions (`authority_fields`, `neighbours_refusal`) so the import of the Department for
Education's statistical-neighbours file can check a whole file first and then write with the same services.
"""
import re

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service

from ..models import Authority, Neighbour

ENGLAND_CODE, ENGLAND_NAME = "E92000001", "England"
MOST_NEIGHBOURS = 10
# The ONS's nine-character codes: a letter for the nation, then eight digits (E10000901, E12000901).
AREA_CODE = re.compile(r"^[EWSN]\d{8}$")
OLD_CODE = re.compile(r"^\d{3}$")


def own_area(partnership) -> Authority | None:
    return Authority.objects.filter(partnership=partnership, is_own_area=True).first()


def authority_fields(*, code, name, old_code="", region_code="", region_name="") -> dict:
    """An authority's fields, tidied, or a ValidationError naming the first field at fault. Pure."""
    values = {"code": "".join((code or "").split()).upper(), "name": " ".join((name or "").split()),
              "old_code": "".join((old_code or "").split()), "region_code": "".join((region_code or "").split()).upper(),
              "region_name": " ".join((region_name or "").split())}
    if not values["code"]:
        raise ValidationError({"code": "Enter the authority's nine-character code, for example E10000901."})
    if not AREA_CODE.match(values["code"]):
        raise ValidationError({"code": "The code must be a letter then eight numbers, for example E10000901."})
    if values["old_code"] and not OLD_CODE.match(values["old_code"]):
        raise ValidationError({"old_code": "The old code must be three numbers, for example 901."})
    if not values["name"]:
        raise ValidationError({"name": "Enter the authority's name."})
    if len(values["name"]) > 200:
        raise ValidationError({"name": "The name must be 200 characters or fewer."})
    if values["region_code"] and not AREA_CODE.match(values["region_code"]):
        raise ValidationError({"region_code": "The region's code must be a letter then eight numbers, for example "
                                              "E12000901."})
    if values["region_code"] == ENGLAND_CODE:
        raise ValidationError({"region_code": "E92000001 is England's code: give the region's."})
    if values["region_code"] and not values["region_name"]:
        raise ValidationError({"region_name": "Enter the region's name, or remove its code."})
    if values["region_name"] and not values["region_code"]:
        raise ValidationError({"region_code": "Enter the region's code, or remove its name."})
    if len(values["region_name"]) > 100:
        raise ValidationError({"region_name": "The region's name must be 100 characters or fewer."})
    return values


def neighbours_refusal(partnership, authorities) -> tuple[str, str] | None:
    """(the field at fault, why) when these authorities, in rank order, cannot be the statistical neighbours.
    Fields are `neighbour_<rank>`. Reads nothing but the records given."""
    if len(authorities) > MOST_NEIGHBOURS:
        return "neighbours", f"Choose at most {MOST_NEIGHBOURS} statistical neighbours."
    seen = {}
    for rank, authority in enumerate(authorities, start=1):
        field = f"neighbour_{rank}"
        if authority.partnership_id != partnership.pk:
            return field, "Choose an authority this partnership's dataset knows."
        if authority.is_own_area:
            return field, f"{authority.name} is the partnership's own area, so it cannot be its own neighbour."
        if authority.pk in seen:
            return field, f"{authority.name} is already neighbour {seen[authority.pk]}: choose each authority once."
        seen[authority.pk] = rank
    return None


@service
@transaction.atomic
def save_authority(*, partnership, by, code, name, old_code="", region_code="", region_name="") -> Authority:
    """Add an authority the dataset knows, or correct the one with this code (its history keeps what it was)."""
    fields = authority_fields(code=code, name=name, old_code=old_code, region_code=region_code,
                              region_name=region_name)
    authority, created = Authority.objects.get_or_create(partnership=partnership, code=fields["code"],
                                                         defaults=fields)
    if not created and any(getattr(authority, key) != value for key, value in fields.items()):
        for key, value in fields.items():
            setattr(authority, key, value)
        authority.save()
    return authority


@service
@transaction.atomic
def set_own_area(*, partnership, by, code, name, old_code="", region_code="", region_name="") -> Authority:
    """Make the authority with this code the partnership's own area (adding it if the dataset does not know it),
    with its region: the dataset's local line, and the region its regional comparator is read for."""
    fields = authority_fields(code=code, name=name, old_code=old_code, region_code=region_code,
                              region_name=region_name)
    if not fields["region_code"]:
        raise ValidationError({"region_code": "Enter the region's code, for example E12000901: the region's "
                                              "figures are the dataset's regional comparator."})
    existing = Authority.objects.filter(partnership=partnership, code=fields["code"]).first()
    if existing is not None and Neighbour.objects.filter(partnership=partnership, authority=existing).exists():
        raise ValidationError({"code": f"{existing.name} is one of the statistical neighbours: take it out of the "
                                       f"neighbours first."})
    for previous in Authority.objects.filter(partnership=partnership, is_own_area=True).exclude(code=fields["code"]):
        previous.is_own_area = False
        previous.save()
    authority = save_authority(partnership=partnership, by=by, **fields)
    if not authority.is_own_area:
        authority.is_own_area = True
        authority.save()
    return authority


@service
@transaction.atomic
def set_neighbours(*, partnership, by, authorities: list[Authority]) -> list[Neighbour]:
    """The own area's statistical neighbours, most alike first (up to ten), replacing those there were."""
    authorities = list(authorities)
    refusal = neighbours_refusal(partnership, authorities)
    if refusal:
        raise ValidationError({refusal[0]: refusal[1]})
    current = [n.authority_id for n in Neighbour.objects.filter(partnership=partnership).order_by("rank")]
    if current == [a.pk for a in authorities]:
        return list(Neighbour.objects.filter(partnership=partnership).select_related("authority"))
    Neighbour.objects.filter(partnership=partnership).delete()
    # One by one, not bulk_create, so each neighbour's history row is written.
    return [Neighbour.objects.create(partnership=partnership, rank=rank, authority=authority)
            for rank, authority in enumerate(authorities, start=1)]
