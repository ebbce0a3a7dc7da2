"""The identifiability check run before a review report or briefing is published.

Pure Python: no Django, no database. The reviews app reads the uploaded file through the document
intake, runs the check, stores each hit, and asks a person to clear or justify every one before publishing.

Public API
----------
Reading the file is the document intake's job (``assure.documents.intake.read_text``: the same checks and
sandbox as every upload); this package only looks at text.

``check_text(text: str, *, case_names: list[str], people: list[PersonRef], today: date) -> list[Hit]``
    Every passage of ``text`` that may identify someone, ordered by position. ``case_names`` are
    the names of people recorded on the case (child, adult, family members); ``people`` are the
    partnership's people with their professional role and organisation; ``today`` (use
    ``assure.core.clock.today()``) reads two-digit years: one that would be after today is taken
    as the previous century ("DOB 03/04/98" is 1998).

``PersonRef(name: str, role: str = "", organisation: str = "")`` a partnership person.

``Hit`` (frozen dataclass): ``kind`` (one of ``KINDS``), ``text`` (the matched text, at most a
    few hundred characters), ``start``/``end`` (offsets into ``text``: ``text[start:end]``),
    ``context`` (the hit with about 60 characters either side, whitespace collapsed, "…" where
    cut) and the property ``label`` (``KIND_LABELS[kind]``, for people).

``KINDS``: ``case_name, person_name, date_of_birth, age_with_date, address, postcode,
    school_or_setting, nhs_number, phone, email``; ``KIND_LABELS`` maps each to words.

What counts as a hit (the heuristics, so a reviewer knows what is and is not looked for)
-------------------------------------------------------------------------------------
- case_name: the full name (any case, flexible spacing, possessive "Smith's"), and each part
  of it alone (also each half of a double-barrelled name) when it is at least 3 letters and not
  an everyday word or title (Will, May, Grace, Green, Young, Child, Mr... are matched only as
  part of the full name; a name given as that one word alone is matched only capitalised).
- person_name: a partnership person's full name, or title + surname ("Dr Patel"), when neither
  their role nor their organisation is written within 60 characters before or after it (the
  window stops at the end of a sentence or a blank line, not at a line break, so table rows and
  signature blocks keep their role). "Dr Asha Patel, Designated Doctor" is in role; "Asha Patel"
  among the family's friends is a hit. Surnames alone are not looked for. A person with neither
  role nor organisation recorded is a hit wherever named; abbreviations ("ICB" for "Integrated
  Care Board") are not recognised.
- date_of_birth: "DOB", "D.O.B.", "date of birth", "birth date", "born (on|in)" followed by a
  real date, a month and year, or (after "born in") a year.
- age_with_date: an age ("aged 4", "3 years old", "4-year-old", "age: 4", "aged four") and a
  date, month and year, or "in 2021" in the same sentence, at most 60 characters apart.
- address: a house number (1-3 digits, optional letter or range, optional "Flat 2,") then one
  to four capitalised words ending in a street word (Road, Street, Close, Avenue, Lane...).
  "Manchester Road" with no number is not an address.
- postcode: the full UK postcode format, with or without the space, and GIR 0AA.
- school_or_setting: capitalised name words before School, Academy, Nursery, Pre-School,
  College, Children's Centre, Family Hub, Playgroup, Pupil Referral Unit; generic words alone
  ("the Primary School", "Royal College") are not.
- nhs_number: 10 digits, plain or 3-3-4 with spaces or hyphens, only when the modulus 11 check
  digit is right.
- phone: UK numbers starting 01, 02, 03, 07 or +44/0044 (optionally "(0)"), spaced or not,
  with the right number of digits.
- email: addresses of the form name@domain.tld.

Overlaps: a hit lying wholly inside another hit of the same kind is dropped, as is a hit with
exactly the span of a higher-priority one (the order of ``KINDS``) and a person_name overlapping
a case_name. Hits of different kinds may overlap (a name inside "aged 4 ... in May 2021").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from .names import PersonRef, find_case_names, find_people
from .patterns import (
    find_addresses,
    find_ages_with_dates,
    find_dates_of_birth,
    find_emails,
    find_nhs_numbers,
    find_phones,
    find_postcodes,
    find_schools,
)

__all__ = ["Hit", "KINDS", "KIND_LABELS", "PersonRef", "check_text"]

KIND_LABELS = {
    "case_name": "Name of someone on the case",
    "person_name": "Partnership person outside their role",
    "date_of_birth": "Date of birth",
    "age_with_date": "Age next to a date",
    "address": "Address",
    "postcode": "Postcode",
    "school_or_setting": "School or setting",
    "nhs_number": "NHS number",
    "phone": "Phone number",
    "email": "Email address",
}
KINDS = tuple(KIND_LABELS)
CONTEXT_CHARS = 60


@dataclass(frozen=True)
class Hit:
    kind: str
    text: str
    start: int
    end: int
    context: str

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]


def check_text(text: str, *, case_names: list[str], people: list[PersonRef], today: date) -> list[Hit]:
    """Every passage of text that may identify someone (see the module docstring), by position."""
    spans: list[tuple[str, int, int]] = []
    spans += [("case_name", s, e) for s, e in find_case_names(text, case_names)]
    spans += [("person_name", s, e) for s, e in find_people(text, people)]
    spans += [("date_of_birth", s, e) for s, e in find_dates_of_birth(text, today)]
    spans += [("age_with_date", s, e) for s, e in find_ages_with_dates(text, today)]
    spans += [("address", s, e) for s, e in find_addresses(text)]
    spans += [("postcode", s, e) for s, e in find_postcodes(text)]
    spans += [("school_or_setting", s, e) for s, e in find_schools(text)]
    spans += [("nhs_number", s, e) for s, e in find_nhs_numbers(text)]
    spans += [("phone", s, e) for s, e in find_phones(text)]
    spans += [("email", s, e) for s, e in find_emails(text)]
    kept = _resolve_overlaps(spans)
    return [Hit(kind, text[s:e], s, e, _context(text, s, e)) for kind, s, e in kept]


def _resolve_overlaps(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    priority = {kind: i for i, kind in enumerate(KINDS)}
    ordered = sorted(set(spans), key=lambda h: (h[1], -(h[2] - h[1]), priority[h[0]]))
    case_spans = sorted((s, e) for kind, s, e in ordered if kind == "case_name")
    case_starts = [s for s, _e in case_spans]
    case_ends_so_far = list(accumulate((e for _s, e in case_spans), max))
    furthest: dict[str, int] = {}  # per kind, the furthest end of a kept hit (all start at or before this one)
    kept_spans: set[tuple[int, int]] = set()
    kept: list[tuple[str, int, int]] = []
    for kind, s, e in ordered:
        if furthest.get(kind, -1) >= e:
            continue  # inside a longer hit of the same kind ("Smith" inside "Jay Smith")
        if (s, e) in kept_spans:
            continue  # same span already reported under a higher-priority kind
        if kind == "person_name":
            before = bisect_left(case_starts, e)  # case names starting before this one ends
            if before and case_ends_so_far[before - 1] > s:
                continue
        kept.append((kind, s, e))
        kept_spans.add((s, e))
        furthest[kind] = max(furthest.get(kind, -1), e)
    return sorted(kept, key=lambda h: (h[1], h[2], priority[h[0]]))


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT_CHARS):start]
    after = text[end:end + CONTEXT_CHARS]
    snippet = re.sub(r"\s+", " ", before + text[start:end] + after).strip()
    return ("…" if start > CONTEXT_CHARS else "") + snippet + ("…" if end + CONTEXT_CHARS < len(text) else "")
