"""What importing a file would do, checked against the partnership's records, before anything is written: each
row accepted or refused with a reason, and the writes the accepted rows make. Reads the database; writes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError

from assure.core import clock

from .. import periods
from ..importing import DFE, NEIGHBOURS, TEMPLATE, Reading
from ..importing.dfe import AUTHORITY_CODE, read_published
from ..importing.neighbours import key
from ..models import Authority, Figure, Indicator, Neighbour
from ..values import ValueRefused, unit_refusal
from ._checks import approved_quarters
from .figures import NewFigure, figure_refusal


@dataclass
class Plan:
    kind: str
    accepted: list[int] = field(default_factory=list)
    refused: list[dict] = field(default_factory=list)
    figures: list[NewFigure] = field(default_factory=list)             # the partnership's own, from its template
    published_figures: list[NewFigure] = field(default_factory=list)   # its own, from a DfE file's own-area row
    comparators: list[dict] = field(default_factory=list)
    authorities: dict[str, dict] = field(default_factory=dict)         # code -> fields of an authority to add
    completed: dict[str, dict] = field(default_factory=dict)           # code -> blank fields a known one gains
    neighbours: list[tuple[int, str]] | None = None                    # (rank, authority code) for the own area
    indicators: set = field(default_factory=set)
    periods: set = field(default_factory=set)
    notes: dict = field(default_factory=dict)

    def refuse(self, row: int, reason: str) -> None:
        self.refused.append({"row": row, "reason": reason})


def plan(partnership, reading: Reading, only: set | None = None) -> Plan:
    """`only`: the row numbers that may be accepted (those accepted when the file was checked); None for all."""
    planned = Plan(reading.kind, refused=list(reading.refused), notes=dict(reading.notes))
    rows = reading.rows if only is None else [row for row in reading.rows if row["row"] in only]
    {TEMPLATE: _template, DFE: _published, NEIGHBOURS: _neighbours}[reading.kind](partnership, reading, planned, rows)
    unique = {(refused["row"], refused["reason"]): refused for refused in planned.refused}   # checked twice: once
    planned.refused = sorted(unique.values(), key=lambda refused: refused["row"] or 0)
    return planned


def _figures_by_key(partnership) -> dict:
    return {(f.indicator_id, f.period_kind, f.period_start): f for f in Figure.objects.filter(
        indicator__partnership=partnership)}


def _same(figure: Figure | None, value, suppression: str, note: str | None) -> bool:
    return (figure is not None and figure.value == value and figure.suppression == suppression
            and (note is None or figure.note == note))


def _approved_refusal(period: periods.Period, approved: set) -> str:
    quarter = period.quarter
    if quarter.start in approved:
        return (f"{quarter.label} is approved, so its figures cannot change: the business team can reopen the "
                f"quarter first.")
    return ""


def _template(partnership, reading: Reading, planned: Plan, rows: list[dict]) -> None:
    indicators = {i.code: i for i in Indicator.objects.filter(partnership=partnership)}
    existing, approved, today = _figures_by_key(partnership), approved_quarters(partnership), clock.today()
    for row in rows:
        indicator = indicators.get(row["indicator"])
        if indicator is None:
            planned.refuse(row["row"], f"No indicator in the catalogue has the code {row['indicator']}.")
            continue
        period = periods.parse_period(row["period"])
        value = None if row["value"] is None else Decimal(row["value"])
        refusal = figure_refusal(indicator, period, value, today)
        figure = existing.get((indicator.pk, period.kind, period.start))
        if refusal is None and not _same(figure, value, row["suppression"], row["note"]):
            refusal = ("period", _approved_refusal(period, approved)) if _approved_refusal(period, approved) else None
        if refusal:
            planned.refuse(row["row"], refusal[1])
            continue
        planned.accepted.append(row["row"])
        planned.figures.append(NewFigure(indicator, period, value, row["suppression"], row["note"]))
        planned.indicators.add(indicator.code)
        planned.periods.add(period)


def _published(partnership, reading: Reading, planned: Plan, rows: list[dict]) -> None:
    by_measure = {i.published_measure.lower(): i for i in Indicator.objects.filter(
        partnership=partnership, comparators=Indicator.Comparators.PUBLISHED).exclude(published_measure="")}
    measures = reading.notes.get("measures", [])
    used = [(name, by_measure[name.lower()]) for name in measures if name.lower() in by_measure]
    planned.notes["measures_used"] = {name: indicator.code for name, indicator in used}
    planned.notes["measures_not_used"] = [name for name in measures if name.lower() not in by_measure]
    if not used:
        raise ValidationError({"file": (
            "No column of this file is the published measure of an indicator in the catalogue"
            + (f" (its measures: {', '.join(measures)})" if measures else "")
            + ". Set an indicator's comparators to published statistics and its measure to the column's name.")})
    known = {a.code: a for a in Authority.objects.filter(partnership=partnership)}
    known_names = {key(a.name): a for a in known.values()}
    own = next((a for a in known.values() if a.is_own_area), None)
    learnt: dict[str, tuple[int, dict]] = {}
    existing, approved, today = _figures_by_key(partnership), approved_quarters(partnership), clock.today()
    kept = planned.notes.setdefault("own_figures_kept", [])
    for row in rows:
        period = periods.parse_period(row["period"])
        values, reason = [], ""
        for name, indicator in used:
            try:
                value, suppression = read_published(row["values"].get(name, ""))
            except ValueRefused as exc:
                reason = f"{name}: {exc}"
                break
            problem = unit_refusal(value, indicator.unit)
            if problem:
                reason = f"{name}: {problem}"
                break
            values.append((indicator, value, suppression))
        if not reason and row["level"] == "local_authority":
            reason = _authority_refusal(row, known, known_names, learnt)
        if reason:
            planned.refuse(row["row"], reason)
            continue
        planned.accepted.append(row["row"])
        planned.periods.add(period)
        if row["level"] == "local_authority":
            _learn_authority(planned, row, known.get(row["code"]))
        for indicator, value, suppression in values:
            planned.indicators.add(indicator.code)
            planned.comparators.append({"indicator": indicator, "level": row["level"], "code": row["code"],
                                        "name": row["name"], "period": period, "value": value,
                                        "suppression": suppression})
            if own is not None and row["level"] == "local_authority" and row["code"] == own.code:
                note = _own_figure(planned, indicator, period, value, suppression, existing, approved, today)
                if note:
                    kept.append(note)
    planned.notes["own_area"] = own.name if own is not None else None


def _learn_authority(planned: Plan, row: dict, authority: Authority | None) -> None:
    """A local authority row teaches the dataset the authority, or fills what a known one lacks (its old code,
    its region)."""
    fields = {name: row[name] for name in ("old_code", "region_code", "region_name")}
    if authority is None:
        planned.authorities.setdefault(row["code"], {"code": row["code"], "name": row["name"], **fields})
        return
    missing = {name: value for name, value in fields.items() if value and not getattr(authority, name)}
    if missing:
        planned.completed.setdefault(row["code"], missing)


def _authority_refusal(row: dict, known: dict, known_names: dict, learnt: dict) -> str:
    """Why a local authority row disagrees with what the dataset (or an earlier row) says of the authority."""
    code, name = row["code"], row["name"]
    authority = known.get(code)
    if authority is not None and key(authority.name) != key(name):
        return (f"{code} is {authority.name} in the dataset, but this row names it {name}. Correct the row, or the "
                f"authority on the area page.")
    if authority is not None and authority.old_code and row["old_code"] and authority.old_code != row["old_code"]:
        return (f"{authority.name}'s old code is {authority.old_code} in the dataset, but this row gives "
                f"{row['old_code']}.")
    same_name = known_names.get(key(name))
    if authority is None and same_name is not None:
        return f"{name} is {same_name.code} in the dataset, but this row gives it the code {code}."
    first = learnt.get(code)
    if first is not None and (key(first[1]["name"]) != key(name) or first[1]["old_code"] != row["old_code"]):
        return f"Row {first[0]} names {code} {first[1]['name']} ({first[1]['old_code'] or 'no old code'}); this row " \
               f"names it {name} ({row['old_code'] or 'no old code'})."
    learnt.setdefault(code, (row["row"], row))
    return ""


def _own_figure(planned: Plan, indicator, period, value, suppression, existing, approved, today) -> str:
    """The own area's published figure becomes the partnership's own yearly figure, unless it entered one itself
    (ADR 0127). Returns a note when it is not written."""
    if indicator.frequency != Indicator.Frequency.YEARLY or period.kind != periods.YEAR:
        return ""
    figure = existing.get((indicator.pk, period.kind, period.start))
    label = f"{indicator.code} {period.code}"
    if figure is not None and figure.source != Figure.Source.PUBLISHED:
        if _same(figure, value, suppression, None):
            return ""
        return (f"{label}: the partnership's own figure ({figure.get_source_display().lower()}) was kept; the "
                f"published one differs.")
    if _same(figure, value, suppression, None):
        planned.published_figures.append(NewFigure(indicator, period, value, suppression, figure.note))
        return ""
    refusal = figure_refusal(indicator, period, value, today)
    if refusal:
        return f"{label}: not kept as the partnership's own figure: {refusal[1]}"
    if _approved_refusal(period, approved):
        return f"{label}: not kept as the partnership's own figure: {_approved_refusal(period, approved)}"
    planned.published_figures.append(NewFigure(indicator, period, value, suppression,
                                               figure.note if figure is not None else ""))
    return ""


def _neighbours(partnership, reading: Reading, planned: Plan, rows_to_accept: list[dict]) -> None:
    known = list(Authority.objects.filter(partnership=partnership))
    own = next((a for a in known if a.is_own_area), None)
    if own is None:
        raise ValidationError({"file": "Set the partnership's own area first (on the area page): the row of this "
                                       "file for it gives its ten statistical neighbours."})
    lookup: dict[str, str] = {}   # a code, old code or name -> the authority's code
    for authority in known:
        for text in (authority.code, authority.old_code, authority.name):
            if text:
                lookup.setdefault(key(text), authority.code)
    by_code = {a.code: a for a in known}
    rows, file_rows = [], {}
    for row in reading.rows:
        code, reason = _neighbours_row_authority(row, lookup, by_code)
        if reason:
            planned.refuse(row["row"], reason)
            continue
        rows.append((row, code))
        file_rows.setdefault(code, row)
        for text in (row["code"], row["old_code"], row["name"]):
            if text:
                lookup.setdefault(key(text), code)
    planned.notes["own_area"] = own.name
    needed = set()   # the authorities the accepted rows name: added if the dataset does not know them yet
    may_accept = {row["row"] for row in rows_to_accept}
    for row, code in rows:
        if row["row"] not in may_accept:
            continue
        unknown = next((n for n in row["neighbours"] if key(n["ref"]) not in lookup), None)
        if unknown:
            planned.refuse(row["row"], f"SN_{unknown['rank']}: unknown authority '{unknown['ref']}': it is neither a "
                                       f"row of this file nor an authority the dataset knows.")
            continue
        planned.accepted.append(row["row"])
        ranked = [(n["rank"], lookup[key(n["ref"])]) for n in row["neighbours"]]
        needed.update([code, *(neighbour for _rank, neighbour in ranked)])
        if code == own.code:
            planned.neighbours = ranked
    for code in sorted(needed - set(by_code)):
        row = file_rows[code]
        planned.authorities[code] = {"code": code, "old_code": row["old_code"], "name": row["name"],
                                     "region_code": "", "region_name": ""}
    if planned.neighbours is None:
        planned.notes["neighbours_unchanged"] = (f"The file has no accepted row for {own.name}, so its statistical "
                                                 f"neighbours are unchanged.")


def _neighbours_row_authority(row: dict, lookup: dict, by_code: dict) -> tuple[str, str]:
    """(the code of the authority a row is about, "") or ("", why the row is refused)."""
    found = {lookup[key(text)] for text in (row["code"], row["old_code"], row["name"]) if text and key(text) in lookup}
    if len(found) > 1:
        return "", (f"The row's code and name are different authorities in the dataset "
                    f"({', '.join(sorted(by_code[c].name if c in by_code else c for c in found))}).")
    if found:
        code = found.pop()
        authority = by_code.get(code)
        if authority is not None and row["name"] and key(authority.name) != key(row["name"]):
            return "", (f"{code} is {authority.name} in the dataset, but this row names it {row['name']}. Correct the "
                        f"row, or the authority on the area page.")
        if authority is not None and row["code"] and row["code"] != authority.code:
            return "", f"{authority.name} is {authority.code} in the dataset, but this row gives {row['code']}."
        return code, ""
    if not (AUTHORITY_CODE.match(row["code"]) and row["name"]):
        return "", (f"{row['name'] or row['code'] or row['old_code']} is not an authority the dataset knows: give its "
                    f"nine-character code and its name so it can be added.")
    return row["code"], ""


def current_neighbours(partnership) -> list[tuple[int, str]]:
    return list(Neighbour.objects.filter(partnership=partnership).values_list("rank", "authority__code"))
