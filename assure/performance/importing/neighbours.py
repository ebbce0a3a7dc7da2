"""Statistical neighbours: one row per local authority, naming it (code, old code, name) and its ten most alike
authorities in SN_1 (most alike) to SN_10, by code or name, as the DfE model publishes them. Pure."""
from __future__ import annotations

import re

from .formats import NEIGHBOURS, FileRefused, Reading, cell_text, heading, is_blank

CODE = ("new la code", "la code", "code", "authority code", "gss code", "new code")
OLD_CODE = ("old la code", "old code", "la number", "la no")
NAME = ("la name", "name", "local authority", "authority", "authority name", "local authority name")
RANK = re.compile(r"^sn ?(\d{1,2})$")


def key(text: str) -> str:
    """How an authority's code or name is compared: case and spacing ignored."""
    return " ".join(str(text).lower().split())


def read_neighbours(header: list, body: list[tuple[int, list]]) -> Reading:
    names = [heading(cell) for cell in header]

    def find(synonyms):
        return next((names.index(name) for name in synonyms if name in names), None)

    at = {"code": find(CODE), "old_code": find(OLD_CODE), "name": find(NAME)}
    ranks = {int(found[1]): index for index, name in enumerate(names) if (found := RANK.match(name))
             and 1 <= int(found[1]) <= 10}
    if at["code"] is None and at["name"] is None:
        raise FileRefused("A statistical neighbours file needs a column naming each authority: its code "
                          "(new_la_code) or its name (la_name), beside SN_1 to SN_10.")
    reading = Reading(NEIGHBOURS)
    first_seen: dict[str, int] = {}
    for number, cells in body:
        if is_blank(cells):
            continue
        row = {"row": number, **{field: cell_text(cells, index) for field, index in at.items()}}
        row["code"] = row["code"].upper()
        row["neighbours"] = [{"rank": rank, "ref": cell_text(cells, index)} for rank, index in sorted(ranks.items())
                             if cell_text(cells, index)]
        reason = _refusal(row, first_seen)
        if reason:
            reading.refused.append({"row": number, "reason": reason})
        else:
            reading.rows.append(row)
    return reading


def _refusal(row: dict, first_seen: dict) -> str:
    if not (row["code"] or row["name"]):
        return "Name the authority: give its code or its name."
    names = [key(row[field]) for field in ("code", "old_code", "name") if row[field]]
    repeated = next((first_seen[name] for name in names if name in first_seen), None)
    if repeated:
        return f"Repeats row {repeated}: {row['name'] or row['code']} is given twice. Keep one of the two rows."
    refs = [key(neighbour["ref"]) for neighbour in row["neighbours"]]
    twice = next((n["ref"] for n, ref in zip(row["neighbours"], refs) if refs.count(ref) > 1), None)
    if twice:
        return f"{twice} is named twice among the neighbours: each of the ten must be a different authority."
    if set(refs) & set(names):
        return f"{row['name'] or row['code']} is named among its own neighbours."
    for name in names:
        first_seen[name] = row["row"]
    return ""
