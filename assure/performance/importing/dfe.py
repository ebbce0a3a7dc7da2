"""Published statistics in the Department for Education's explore-education-statistics (EES) tidy format. Pure.

Columns `time_period`, `time_identifier`, `geographic_level`, `country_code`, `region_code`, `region_name`,
`old_la_code`, `new_la_code`, `la_name`, then one column per measure. National, regional and local authority rows
are kept; other geographic levels are counted and left out. Measure cells are kept as written: which measures
are used, and so which cells must be figures, depends on the catalogue (services/imports.py).
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from decimal import Decimal

from .. import periods
from ..values import read_value
from .formats import DFE, Reading, cell_text, heading, is_blank

LEVELS = {"national": "national", "regional": "regional", "local authority": "local_authority"}
GEOGRAPHY = ("time period", "time identifier", "geographic level", "country code", "country name", "region code",
             "region name", "old la code", "new la code", "la name")
MONTHS = {name.lower(): number for number, name in enumerate(periods.MONTH_NAMES, start=1)}
QUARTER = re.compile(r"^financial year q([1-4])$")
AUTHORITY_CODE = re.compile(r"^[EWSN]\d{8}$")
# The GSS harmonised symbol for a figure that rounds to zero ("low", and DfE's older "~") means what "k" does.
SYMBOL_ALIASES = {"low": "k", "~": "k"}
TIME_IDENTIFIERS = ("'Financial year' (202425), 'Reporting year' (2025, the year ending 31 March), "
                    "'Financial year Q1' to 'Financial year Q4' (202425) or a month ('April', with 2025)")


class RowRefused(ValueError):
    pass


def read_published(cell) -> tuple[Decimal | None, str]:
    """A measure's cell: (number, "") or (None, suppression code); values.ValueRefused if neither."""
    text = str(cell if cell is not None else "").strip()
    alias = SYMBOL_ALIASES.get(text.strip("[]").lower())
    return (None, alias) if alias else read_value(cell)


def period_of(time_period: str, time_identifier: str) -> periods.Period:
    """The period an EES row covers, from its time_period and time_identifier; RowRefused if the dataset has none."""
    identifier = " ".join(time_identifier.lower().split())
    digits = time_period.strip()
    if identifier in ("financial year", *(f"financial year q{n}" for n in range(1, 5))):
        if not re.fullmatch(r"\d{6}", digits) or int(digits[4:]) != (int(digits[:4]) + 1) % 100:
            raise RowRefused(f"time_period '{digits}' is not a financial year: write it as six digits, for example "
                             f"202425 for 2024/25.")
        year = int(digits[:4])
        found = QUARTER.match(identifier)
        period = periods.quarter(year, int(found[1])) if found else periods.financial_year(year)
    elif identifier == "reporting year":
        if not re.fullmatch(r"\d{4}", digits):
            raise RowRefused(f"time_period '{digits}' is not a reporting year: write the year it ends, for example "
                             f"2025 for the year ending 31 March 2025.")
        period = periods.financial_year(int(digits) - 1)
    elif identifier in MONTHS:
        if not re.fullmatch(r"\d{4}", digits):
            raise RowRefused(f"time_period '{digits}' is not a year: a month's time_period is its year, for "
                             f"example 2025.")
        period = periods.month_of(datetime.date(int(digits), MONTHS[identifier], 1))
    else:
        raise RowRefused(f"time_identifier '{time_identifier}' is not a period the dataset holds: give "
                         f"{TIME_IDENTIFIERS}.")
    if not periods.EARLIEST_YEAR <= period.start.year <= periods.LATEST_YEAR:
        raise RowRefused(f"time_period '{digits}' is not a year the dataset can hold.")
    return period


def read_dfe(header: list, body: list[tuple[int, list]]) -> Reading:
    names = [heading(cell) for cell in header]
    at = {name: (names.index(name) if name in names else None) for name in GEOGRAPHY}
    measures = [(index, " ".join(str(cell).split())) for index, (cell, name) in enumerate(zip(header, names))
                if name and name not in GEOGRAPHY and not name.endswith((" code", " name"))]
    reading = Reading(DFE, notes={"measures": [name for _index, name in measures], "ignored_levels": {}})
    ignored, first_seen = Counter(), {}
    for number, cells in body:
        if is_blank(cells):
            continue
        level_text = cell_text(cells, at["geographic level"])
        level = LEVELS.get(level_text.lower())
        if level is None:
            ignored[level_text or "(no geographic level)"] += 1
            continue
        try:
            row = _row(number, level, cells, at)
        except RowRefused as exc:
            reading.refused.append({"row": number, "reason": str(exc)})
            continue
        key = (row["level"], row["code"], row["period"])
        if key in first_seen:
            reading.refused.append({"row": number, "reason": f"Repeats row {first_seen[key]}: {row['name']} for "
                                                             f"{row['period']} is given twice. Keep one of the two."})
            continue
        first_seen[key] = number
        row["values"] = {name: cell_text(cells, index) for index, name in measures}
        reading.rows.append(row)
    reading.notes["ignored_levels"] = dict(ignored)
    return reading


def _row(number: int, level: str, cells: list, at: dict) -> dict:
    text = {name: cell_text(cells, index) for name, index in at.items()}
    period = period_of(text["time period"], text["time identifier"])
    row = {"row": number, "level": level, "period": period.code, "old_code": "", "region_code": text["region code"],
           "region_name": text["region name"]}
    if level == "national":
        row.update(code=text["country code"] or "E92000001", name=text["country name"] or "England")
    elif level == "regional":
        if not (text["region code"] and text["region name"]):
            raise RowRefused("A regional row needs its region_code and region_name.")
        row.update(code=text["region code"], name=text["region name"])
    else:
        code, name = text["new la code"].upper(), text["la name"]
        if not AUTHORITY_CODE.match(code):
            raise RowRefused(f"new_la_code '{text['new la code']}' is not an authority's nine-character code "
                             f"(for example E10000901)." if code else
                             "A local authority row needs its nine-character new_la_code (for example E10000901).")
        if not name:
            raise RowRefused(f"A local authority row needs its la_name ({code} has none).")
        old_code = text["old la code"]
        if old_code and not re.fullmatch(r"\d{3}", old_code):
            raise RowRefused(f"old_la_code '{old_code}' is not a three-digit authority code.")
        row.update(code=code, name=name, old_code=old_code)
    return row
