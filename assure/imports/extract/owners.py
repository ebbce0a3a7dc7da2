"""Owner resolution: "PH, NM & TP/JC", "JCol/AS", "Jo/Lorraine", "Ms Beattie", "FMusgrave", "All".

Owners are resolved against the document's own people first (attendance list, then names
mentioned in the text), then the partnership's known people. Initials that fit two people are
settled from the item's context (who is named in it) or flagged, never guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from assure.core.names import initials_variants, is_group, name_similarity, split_owners, split_title
from assure.imports.extract.people import NAME_RE, is_name


@dataclass
class Roster:
    """People an owner can be: from the attendance list, the text, then the partnership."""
    people: list[dict]                      # attendance list, in document order
    mentioned: list[str] = field(default_factory=list)  # full names found in the text
    known: list[dict] = field(default_factory=list)      # the partnership's people
    tokens: set[str] = field(default_factory=set)        # every owner token the document uses
    absent: set[str] = field(default_factory=set)        # names of people who sent apologies

    def lists(self, owner_text: str) -> bool:
        """Every owner the text names is someone this roster lists, by name, initials or job title (an
        organisation after a title, "Head of Safeguarding, Cwm Tawel Health Board", goes with the title)."""
        resolution = resolve_owners(owner_text, self)
        names = {p["name"] for tier in self.tiers() for p in tier}
        return bool(resolution.owners) and not resolution.flags and all(o in names for o in resolution.owners)

    def tiers(self):
        yield self.people
        yield [{"name": n, "initials": None} for n in self.mentioned]
        yield self.known


@dataclass
class Resolution:
    owners: list[str]
    flags: list[dict]


def _surname(name: str) -> str:
    return name.split()[-1] if name.split() else ""


def _extended_match(token: str, name: str) -> bool:
    """"JCol" = J + Col(eman); "SGe" = S + Ge(...); "PLe" = P + Le(...)."""
    m = re.fullmatch(r"([A-Z]+)([A-Z][a-z]{1,4})", token)
    if not m:
        return False
    words = name.split()
    if len(words) < 2:
        return False
    firsts = "".join(w[0] for w in words[:-1]).upper()
    surname = words[-1]
    return (firsts == m.group(1) or firsts[:1] == m.group(1)) and \
        surname.lower().replace("-", "").startswith(m.group(2).lower())


def _candidates(token: str, people: list[dict]) -> list[dict]:
    """People in one tier the token can mean, best kind of match first."""
    bare, _ = split_title(token)
    norm = bare.lower()
    exact = [p for p in people if p["name"].lower() == norm]
    if exact:
        return exact
    if re.fullmatch(r"[A-Z]{2,4}", bare):
        given = [p for p in people if (p.get("initials") or "") == bare]
        if given:
            return given
        return [p for p in people if bare in initials_variants(p["name"])]
    if re.fullmatch(r"[A-Z]+[A-Z][a-z]{1,4}", bare):
        given = [p for p in people if (p.get("initials") or "") == bare]
        return given or [p for p in people if _extended_match(bare, p["name"])]
    glued = re.fullmatch(r"([A-Z])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)", bare)  # "FMusgrave"
    if glued:
        return [p for p in people if p["name"][0] == glued.group(1) and _surname(p["name"]) == glued.group(2)]
    if re.fullmatch(r"[A-Z][a-z'’\-]+", bare):  # one word: a first name or a surname
        firsts = [p for p in people if p["name"].split()[0] == bare]
        surnames = [p for p in people if _surname(p["name"]) == bare]
        return firsts if token == bare and firsts else surnames or firsts
    if NAME_RE.fullmatch(bare):  # a full name with a typo
        close = [p for p in people if name_similarity(p["name"], bare) >= 88]
        if close:
            return close
    return []


def _not_extended(token: str, candidates: list[dict], tokens: set[str]) -> list[dict]:
    """Drop people the document names elsewhere by longer initials: where "JCol" is John Coleman,
    a plain "JC" is the other JC (extended initials exist to break exactly this tie)."""
    longer = [t for t in tokens if t != token and t.startswith(token) and re.fullmatch(r"[A-Z]+[A-Z][a-z]{1,4}", t)]
    taken = {p["name"] for t in longer for p in candidates if _extended_match(t, p["name"])}
    rest = [p for p in candidates if p["name"] not in taken]
    return rest if rest else candidates


def _from_context(candidates: list[dict], context: str) -> list[dict]:
    """Of several people, those named in the item's text (its presenter, usually)."""
    named = [p for p in candidates if p["name"] in context]
    if len(named) == 1:
        return named
    firsts = [p for p in candidates if re.search(rf"\b{re.escape(p['name'].split()[0])}\b", context)]
    return firsts if len(firsts) == 1 else candidates


def resolve_owners(owner_text: str, roster: Roster, context: str = "", item: str | None = None) -> Resolution:
    """Owner cell as written -> owners (full names, or groups as written) and any flags."""
    owners: list[str] = []
    flags: list[dict] = []
    whole = (owner_text or "").strip()
    titled = _one_by_role(whole, roster)
    if titled:  # "Head of Service, Housing Options": one person's job title, commas and all
        return Resolution([titled["name"]], flags)
    if whole and is_group(whole) and not re.search(r"[/,&;\n]", whole):
        parts = re.split(r"\s+and\s+", whole)
        # "Education Safeguarding Manager and School Nursing Team Leader": two listed job titles; "Learning and
        # Development Subgroup" stays one group
        tokens = parts if len(parts) > 1 and all(_one_by_role(p, roster) for p in parts) else [whole]
    else:
        tokens = _titles_joined(split_owners(whole), roster)
    resolved_from: dict | None = None
    for token in tokens:
        if resolved_from and _role_key(token) == _role_key(resolved_from.get("organisation") or ""):
            continue  # "Head of Safeguarding, Cwm Tawel Health Board": the organisation of the title before
        person = _one_by_role(token, roster)
        name = person["name"] if person else _resolve_token(token, roster, context, item, flags)
        resolved_from = person or next((p for p in roster.people if p["name"] == name), None)
        if name and name not in owners:
            owners.append(name)
    return Resolution(owners, flags)


def _role_key(text: str) -> str:
    """A job title compared as words: "the Head of Children’s Services" ~ "head of children's services"."""
    text = re.sub(r"\([^)]*\)", " ", (text or "").replace("’", "'").lower())
    text = re.sub(r"^\s*the\s+", "", text)
    # "Head of Service for Early Help" ~ "Head of Service, Early Help"; "Learning & Development" ~ "... and ..."
    return " ".join(w for w in re.findall(r"[\w']+", text) if w not in ("for", "and", "the"))


def _titles(person: dict) -> set[str]:
    """The ways a listed person's job can be written as an owner: the role as listed, each of its parts
    ("Chair; Headteacher", "Detective Chief Inspector, Head of Safeguarding"), with or without the organisation."""
    role = person.get("role") or ""
    if not role:
        return set()
    parts = re.split(r"\s*[;,]\s*|\s+[–—-]\s+", role)
    parts = [role, parts[0], *(p for p in parts[1:] if _JOB.search(p))]  # not "Adult Social Care" of "Director, ..."
    organisation = person.get("organisation") or ""
    keys = {_role_key(p) for p in parts}
    if organisation:  # "Head of Safeguarding, Tawel Health Board" / "Tawel Health Board Head of Safeguarding"
        keys |= {_role_key(f"{role}, {organisation}"), _role_key(f"{organisation} {parts[1]}")}
    return {k for k in keys if len(k.split()) >= 2}


_JOB = re.compile(r"\b(head|manager|director|officer|lead|leader|chair|nurse|doctor|inspector|co-?ordinator|worker|"
                  r"advis[eo]r|principal|headteacher|superintendent|consultant|chief|deputy|assistant|secretary|clerk|"
                  r"practitioner|paediatrician|commissioner|administrator|analyst|partner)\b", re.I)


def _one_by_role(text: str, roster: Roster) -> dict | None:
    """The one person on the attendance list whose job title the owner is, exactly ("Head of Inclusion",
    "Board Manager", "the Director of Children's Services"); of several, the one at the meeting."""
    key = _role_key(text)
    if not key or len(key.split()) < 2 or re.fullmatch(r"[A-Z]{2,4}", (text or "").strip()):
        return None
    found = {p["name"]: p for p in roster.people if key in _titles(p)}
    if len(found) > 1:
        found = {n: p for n, p in found.items() if n not in roster.absent}
    return next(iter(found.values())) if len(found) == 1 else None


def _titles_joined(tokens: list[str], roster: Roster) -> list[str]:
    """Owner tokens split at commas put back where together they are one listed job title
    ("Head of Service" + "Housing Options")."""
    out: list[str] = []
    for token in tokens:
        if out and not _one_by_role(out[-1], roster) and _one_by_role(f"{out[-1]}, {token}", roster):
            out[-1] = f"{out[-1]}, {token}"
        else:
            out.append(token)
    return out


def _resolve_token(token: str, roster: Roster, context: str, item, flags: list[dict]) -> str | None:
    if not token or re.fullmatch(r"(tbc|n/?a|none|-+|\?)", token, re.I):
        return None
    if token.lower() in ("chair", "the chair", "independent chair"):
        chairs = [p for p in roster.people if re.search(r"\bchair\b", p.get("role") or "", re.I)
                  and not re.search(r"\bvice\b", p.get("role") or "", re.I)]
        return chairs[0]["name"] if len(chairs) == 1 else token
    for tier in roster.tiers():
        found = _candidates(token, tier)
        unique = {p["name"]: p for p in found}
        if len(unique) == 1:
            return next(iter(unique))
        if len(unique) > 1:
            narrowed = {p["name"] for p in _from_context(_not_extended(token, list(unique.values()), roster.tokens),
                                                         context)}
            if len(narrowed) == 1:
                return narrowed.pop()
            there = sorted(n for n in narrowed if n not in roster.absent)
            if len(there) == 1 and roster.absent & narrowed:  # of two SMs, one sent apologies
                flags.append({"kind": "owner_chosen", "item": item, "owner": token, "candidates": sorted(unique),
                              "message": f"owner '{token}' read as {there[0]}, the only one of "
                                         f"{' and '.join(sorted(unique))} at the meeting. Check it."})
                return there[0]
            flags.append({"kind": "ambiguous_owner", "item": item, "owner": token,
                          "candidates": sorted(unique)})
            return token
    role = re.sub(r"^the\s+", "", token, flags=re.I)  # "the Director of Children's Services", as a resolution names them
    by_role = [p for p in roster.people if p.get("role") and
               re.search(rf"(^|[\s,]){re.escape(role)}($|[\s,])", p["role"], re.I)]
    if is_group(token) and not any((p.get("role") or "").lower() == role.lower() for p in by_role):
        return token  # "Business Unit" is the unit, not the "Business Unit Manager"
    if len(by_role) == 1 and not re.fullmatch(r"[A-Z]{2,4}", token) and _JOB.search(token):  # "Business Manager"
        return by_role[0]["name"]
    if is_group(token):
        return token
    bare, _ = split_title(token)
    if re.fullmatch(r"[A-Z]{2,4}|[A-Z]+[A-Z][a-z]{1,4}", bare):
        flags.append({"kind": "unknown_owner", "item": item, "owner": token})
    return bare if is_name(bare) else token


_PERSON_AFTER = re.compile(r"^\s*(?:\(|,|is\b|was\b|will\b|would\b|has\b|had\b|to\b|and\b|advised|reported|said|asked|"
                           r"agreed|noted|presented|shared|confirmed|explained|provided|welcomed|thanked|suggested|stated|"
                           r"raised|highlighted|added|felt|gave|updated|informed|queried|questioned|offered|chaired)")
_PERSON_BEFORE = re.compile(r"(?:\b(?:with|to|from|by|thanked|asked|invited|contact|and|cc|chair|chaired by)|[,(])\s*$", re.I)


_INTRODUCED = re.compile(r"\b([A-Z]{2,4}|[A-Z]{1,3}[A-Z][a-z]{1,3})\s*\(\s*([A-Z][^()]{2,60}?)\s*\)|"
                         r"\b([A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){1,3})\s*\(\s*([A-Z]{2,4}|[A-Z]{1,3}[A-Z][a-z]{1,3})\s*\)")


def introduced_initials(text: str) -> dict[str, str]:
    """"SM (Sofia Mendes) presented..." or "Sofia Mendes (SM)" in the text: full name -> initials."""
    out: dict[str, str] = {}
    for m in _INTRODUCED.finditer(text or ""):
        initials, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        name, _ = split_title(name)
        if is_name(name) and initials[0] == name[0]:
            out.setdefault(name, initials)
    return out


def names_in_text(text: str) -> list[str]:
    """Full names mentioned in the discussion ("Holly Reed is to liaise...", "Contact Dave Andrews"),
    for owners not on the attendance list. A name must sit where a person would (before a verb,
    after "with"/"to"...), so "the Front Door" or "Rapid Review" are not taken for people."""
    seen: list[str] = []
    text = text or ""
    for m in NAME_RE.finditer(text):
        # A sentence's first word may be glued on ("Contact Tracy Pilcher"): try without it too.
        first = re.match(r"\S+\s+", m.group(0))
        for start in (m.start(), m.start() + first.end() if first else None):
            if start is None:
                continue
            written = text[start:m.end()]
            name, _ = split_title(written)
            before = text[max(0, start - 30):start]  # a short window: searching all the text before is quadratic
            if not is_name(name) or len(name.split()) < 2 or name in seen or \
                    re.search(r"\b(a|an|the|this|that|these|our|their|its|each|every|any)\s+$", before, re.I):
                continue
            if _PERSON_AFTER.match(text[m.end():m.end() + 40]) or _PERSON_BEFORE.search(before) or written != name:
                seen.append(name)
                break
    return seen
