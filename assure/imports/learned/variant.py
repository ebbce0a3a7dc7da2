"""A variant record: the rules' record corrected where the learned roles disagree with the rules' (ADR 115).

Where the model calls a unit an action, update, decision or item heading and the rules' record has
nothing there, an entry is added, its fields read by the rules' own parsers (owner and due phrases,
heading numbers, status words). Where the model calls every place a rules' entry was found
discussion or other, that entry is dropped. People and meeting fields are left as the rules read them.
"""
from __future__ import annotations

import copy
import re

from assure.imports.extract.actions import owner_from_text, status_of, take_due, without_owner_and_due
from assure.imports.extract.headings import parse_heading
from assure.imports.extract.owners import Roster, resolve_owners
from assure.imports.learned.roles import MARKERS, Unit, _Field, _match

COVER = 0.6  # as roles.label: the entry explains most of the unit's words
ENTRY_ROLES = {"action": "actions", "update": "action_updates", "decision": "decisions", "heading": "items"}
_PREFIX = re.compile(r"^\W*(actions?|agreed|resolved|decision|update)\s*(that\b)?\s*[:–-]?\s*", re.I)


def corrected(record: dict, all_units: list[Unit], rules_roles: list[str], predicted: list[str]) -> dict:
    """`predicted` and `rules_roles` give a role to every unit of `all_units` (same order)."""
    out = copy.deepcopy(record)
    for key in ENTRY_ROLES.values():
        out.setdefault(key, [])
    _drop(out, all_units, predicted)
    people = [p for group in ("present", "in_attendance", "apologies") for p in (out.get("people") or {}).get(group) or []]
    roster = Roster(people)
    item = None
    for unit, rules, role in zip(all_units, rules_roles, predicted):
        if rules == "heading" or role == "heading":
            heading = parse_heading(unit.text)
            item = heading[0] if heading else item
        if role == rules or role not in ENTRY_ROLES or not unit.scored:
            continue
        if role == "heading":
            heading = parse_heading(unit.text)
            if heading and heading[1]:
                out["items"].append({"number": heading[0], "title": heading[1]})
        elif role == "action":
            text = _PREFIX.sub("", unit.text)
            text, owner_text = owner_from_text(text)
            text, _, due_text = take_due(text)  # (text, when, phrase as written)
            entry = {"item": item, "text": without_owner_and_due(text), "owner_text": owner_text,
                     "owners": resolve_owners(owner_text, roster).owners if owner_text else [], "due": None,
                     "due_text": due_text}
            out["actions"].append(entry)
        elif role == "update":
            out["action_updates"].append({"item": item, "text": _PREFIX.sub("", unit.text),
                                          "status": status_of(unit.text)})
        else:
            out["decisions"].append({"item": item, "text": _PREFIX.sub("", unit.text)})
    return out


def _drop(record: dict, all_units: list[Unit], predicted: list[str]) -> None:
    """Remove entries found only in units the model calls something else entirely."""
    for role, key in ENTRY_ROLES.items():
        kept = []
        for entry in record[key]:
            field = _Field(role, entry.get("title") if role == "heading" else entry.get("text") or "",
                           frozenset(_words(entry)) | MARKERS.get(role, set()))
            places = [i for i, u in enumerate(all_units) if u.scored and _match(u.text, field) >= COVER]
            if places and all(predicted[i] in ("discussion", "other") for i in places):
                continue
            kept.append(entry)
        record[key] = kept


def _words(entry: dict) -> list[str]:
    return re.findall(r"[a-z0-9]+", " ".join(str(v) for v in entry.values() if isinstance(v, str)).lower())
