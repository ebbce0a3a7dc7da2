"""The three formats a dataset file may have, told apart by its header row, and what reading one gives. Pure."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assure.documents.checks import DEFAULT_MAX_BYTES, UnreadableDocument
from assure.documents.tables import read_export

TEMPLATE, DFE, NEIGHBOURS = "template", "published", "neighbours"   # DatasetImport.Kind's values
FORMAT_NAMES = {TEMPLATE: "the partnership's template", DFE: "published statistics (explore-education-statistics)",
                NEIGHBOURS: "statistical neighbours"}
MAX_ROWS = 20_000   # a DfE file: every authority, region and England for several years


class FileRefused(ValueError):
    """The whole file cannot be imported; the message says why and what to do."""


@dataclass
class Reading:
    """A file as read: its format, its rows (JSON-able dicts, each with its spreadsheet row number) and the rows
    refused already (each {"row": R, "reason": "..."}); `notes` holds what the summary says besides."""

    kind: str
    rows: list[dict] = field(default_factory=list)
    refused: list[dict] = field(default_factory=list)
    notes: dict = field(default_factory=dict)


def read_spreadsheet(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[list]:
    """The first sheet of a CSV or Excel file, through the one intake's checks; FileRefused when it is not one."""
    try:
        return read_export(data, name, ask="save the figures", max_bytes=max_bytes, max_rows=MAX_ROWS)
    except UnreadableDocument as exc:
        raise FileRefused(str(exc)) from None


def heading(cell) -> str:
    """A column heading as compared: lower case, spaces for underscores and dashes, one space between words."""
    return " ".join(re.sub(r"[_\-]+", " ", str(cell or "")).lower().split())


def is_blank(cells) -> bool:
    return not any(str(cell).strip() for cell in cells)


def cell_text(cells: list, index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    value = cells[index]
    return value.isoformat() if hasattr(value, "isoformat") else " ".join(str(value).split())
