"""Reading a survey tool's export of self-assessment returns: pure, no database (tested with tables of cases).

The export has a heading row, then one row per school or organisation: a column naming it, a column per standard
(headed with the standard's number, "Standard 2", "2. Safer recruitment", or its title) holding red, amber or green,
optionally a column of evidence per standard ("2 evidence", "Evidence: Safer recruitment") and the date submitted.
`plan_import` says which rows will be imported and, for each refused row, its row number (as the spreadsheet shows
it: the heading is row 1) and why. A file that cannot be matched at all (no column naming the school, a standard
with no column) raises `SurveyFileError` with the reason.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from assure.core.text import shorten

ORGANISATION_WORDS = ("school", "college", "organisation", "organization", "agency", "setting", "establishment",
                      "academy")
SUBMITTED_HEADINGS = ("submitted", "date submitted", "submitted on", "completed", "date completed",
                      "completion time", "end time", "timestamp", "date")
EVIDENCE_WORDS = ("evidence", "comments", "comment")
RATING_WORDS = {"red": "red", "r": "red", "amber": "amber", "a": "amber", "green": "green", "g": "green"}


class SurveyFileError(ValueError):
    """The file as a whole cannot be imported; str() says why, in words a person can act on."""


@dataclass(frozen=True)
class Standard:
    id: int
    number: str
    title: str

    @property
    def label(self) -> str:
        return f"standard {self.number}"


@dataclass(frozen=True)
class Organisation:
    id: int
    name: str
    short_name: str = ""


@dataclass
class Plan:
    accepted: list[dict] = field(default_factory=list)   # {"row", "organisation_id", "name", "submitted_on", "ratings"}
    refused: list[dict] = field(default_factory=list)    # {"row", "reason"}


def normalise(text) -> str:
    return " ".join(str(text or "").replace("\u2013", "-").replace("\u2014", "-").lower().split())


def _number_in(heading: str) -> str | None:
    heading = re.sub(r"^(standard|std)\.?\s*", "", heading)
    match = re.match(r"([0-9]+[a-z]?)(?=$|[\s.:)\-])", heading)
    return match.group(1) if match else None


def match_heading(heading: str, standards: list[Standard]) -> Standard | None:
    """The standard a heading names, by number ("2", "Standard 2", "2. Safer recruitment") or by title."""
    number = _number_in(heading)
    if number is not None:
        for standard in standards:
            if normalise(standard.number) == number:
                return standard
        return None
    for standard in sorted(standards, key=lambda s: -len(s.title)):
        title = normalise(standard.title)
        if title and (heading == title or title in heading):
            return standard
    return None


@dataclass
class Columns:
    organisation: int
    ratings: dict[int, int]            # standard id -> column
    evidence: dict[int, int]           # standard id -> column
    submitted: int | None = None


def find_columns(headings: list, standards: list[Standard], *, noun: str = "school") -> Columns:
    organisation, submitted = None, None
    ratings, evidence = {}, {}
    for column, raw in enumerate(headings):
        heading = normalise(raw)
        if not heading:
            continue
        words = heading.split()
        evidence_word = next((word for word in EVIDENCE_WORDS if word in words), None)
        if evidence_word:
            rest = " ".join(word for word in words if word not in EVIDENCE_WORDS).strip(" :-")
            standard = match_heading(rest, standards)
            if standard is not None:
                evidence.setdefault(standard.id, column)
            continue
        standard = match_heading(heading, standards)
        if standard is not None:
            ratings.setdefault(standard.id, column)
        elif organisation is None and any(word in heading for word in ORGANISATION_WORDS):
            organisation = column
        elif submitted is None and heading in SUBMITTED_HEADINGS:
            submitted = column
    if organisation is None and "name" in [normalise(h) for h in headings]:   # a bare "Name" column
        organisation = [normalise(h) for h in headings].index("name")
    if organisation is None:
        raise SurveyFileError(f"The file has no column naming the {noun}: head one column '{noun.capitalize()}' "
                              "or 'Organisation'.")
    missing = [standard for standard in standards if standard.id not in ratings]
    if missing:
        named = ", ".join(f"{s.number} ({shorten(s.title, 40)})" for s in missing)
        raise SurveyFileError(f"The file has no column for standard{'s' if len(missing) > 1 else ''} {named}: "
                              "head each standard's column with its number or title.")
    return Columns(organisation=organisation, ratings=ratings, evidence=evidence, submitted=submitted)


def read_rating(value) -> str | None:
    text = normalise(value).strip(" .")
    if not text:
        return None
    if text in RATING_WORDS:
        return RATING_WORDS[text]
    first = re.split(r"[\s\-:/(]", text, maxsplit=1)[0]   # "Green - fully met"
    return RATING_WORDS.get(first) if len(first) > 1 else None


def read_date(value) -> datetime.date | None:
    if isinstance(value, datetime.date):
        return value
    text = normalise(value).split(" ")[0] if value else ""
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def _day(date: datetime.date) -> str:
    return f"{date.day} {date:%B %Y}"


def _cell(row: list, column: int | None):
    if column is None or column >= len(row):
        return ""
    return row[column]


def plan_import(rows: list[list], standards: list[Standard], asked: list[Organisation], *,
                known_elsewhere: set[str] = frozenset(), returned: dict[int, datetime.date] | None = None,
                today: datetime.date, noun: str = "school") -> Plan:
    """Which rows will be imported and why each other row is refused. `asked`: the round's organisations;
    `known_elsewhere`: names (normalised) of the partnership's organisations not asked; `returned`: the organisations
    that have returned already (they change their return on its page, not by import)."""
    if not rows:
        raise SurveyFileError("The file is empty.")
    returned = returned or {}
    columns = find_columns(rows[0], standards, noun=noun)
    by_name = {}
    for organisation in asked:
        by_name.setdefault(normalise(organisation.name), organisation)
        if organisation.short_name:
            by_name.setdefault(normalise(organisation.short_name), organisation)
    seen: dict[int, int] = {}
    plan = Plan()
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell != "" for cell in row):
            continue
        reasons = []
        named = _cell(row, columns.organisation)
        organisation = by_name.get(normalise(named))
        if not normalise(named):
            reasons.append(f"no {noun} named")
        elif organisation is None:
            quoted = shorten(str(named), 60)
            reasons.append(f"'{quoted}' was not asked in this round" if normalise(named) in known_elsewhere
                           else f"unknown {noun} '{quoted}'")
        elif organisation.id in seen:
            reasons.append(f"duplicate: {organisation.name} is already on row {seen[organisation.id]}")
        elif organisation.id in returned:
            reasons.append(f"{organisation.name} has returned already (on {_day(returned[organisation.id])}): "
                           "change it on its return page")
        if organisation is not None and organisation.id not in seen:
            seen[organisation.id] = number
        ratings = {}
        for standard in standards:
            value = _cell(row, columns.ratings[standard.id])
            rating = read_rating(value)
            if rating is None:
                reasons.append(f"no rating for {standard.label}" if normalise(value) == ""
                               else f"rating '{shorten(str(value), 30)}' for {standard.label} is not red, amber "
                                    "or green")
                continue
            evidence = _cell(row, columns.evidence.get(standard.id))
            ratings[str(standard.id)] = [rating, str(evidence or "").strip()]
        submitted_on = today
        if columns.submitted is not None and _cell(row, columns.submitted) != "":
            submitted_on = read_date(_cell(row, columns.submitted))
            if submitted_on is None:
                reasons.append(f"the date submitted '{shorten(str(_cell(row, columns.submitted)), 30)}' is not a "
                               "date")
            elif submitted_on > today:
                reasons.append("the date submitted is in the future")
        if reasons:
            plan.refused.append({"row": number, "reason": "; ".join(reasons)})
        else:
            plan.accepted.append({"row": number, "organisation_id": organisation.id, "name": organisation.name,
                                  "submitted_on": submitted_on.isoformat(), "ratings": ratings})
    return plan
