"""Which of the three formats a file is, from its header row, and reading it in that format. Pure."""
from __future__ import annotations

import re

from .dfe import read_dfe
from .formats import DFE, NEIGHBOURS, TEMPLATE, FileRefused, Reading, heading
from .neighbours import read_neighbours
from .template import columns, read_template


def detect(header: list) -> str:
    names = {heading(cell) for cell in header}
    if {"time period", "time identifier", "geographic level"} <= names:
        return DFE
    if any(re.fullmatch(r"sn ?1", name) for name in names):
        return NEIGHBOURS
    if columns(header) is not None:
        return TEMPLATE
    raise FileRefused(
        "The first row does not name the columns of a file the dataset imports. Give either the partnership's "
        "template (indicator code, period, value, note), published statistics (time_period, time_identifier, "
        "geographic_level, ... then a column per measure) or statistical neighbours (a column naming each "
        "authority and SN_1 to SN_10).")


def read(table: list[list]) -> Reading:
    """Read a file's rows in whichever of the three formats its header row names."""
    first = next((index for index, row in enumerate(table) if any(cell != "" for cell in row)), None)
    if first is None:
        raise FileRefused("The file is empty: it has no header row and no rows.")
    header, body = table[first], list(enumerate(table[first + 1:], start=first + 2))
    kind = detect(header)
    if kind == TEMPLATE:
        return read_template(header, body)
    if kind == DFE:
        return read_dfe(header, body)
    return read_neighbours(header, body)
