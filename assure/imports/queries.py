"""Reads for the importer: the partnership's records as matching candidates, and the proposed matches.

`propose` says, for a draft record, what each name most likely is; `resolve_automatically` turns
that into the decisions the bulk import takes without a person (confident matches only).
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from assure.actions.models import Action
from assure.core.dates import parse_date
from assure.core.names import is_group, looks_like_full_name, split_owners
from assure.core.text import shorten
from assure.jobs.models import Job
from assure.partnerships.models import Body, Organisation, Person

from . import matching
from .matching import AMBIGUOUS, MATCHED, NEW, Candidate, Match
from .models import ImportedDocument

CATEGORIES = ("present", "in_attendance", "apologies")
NEW_CHOICE, SKIP_CHOICE, NONE_CHOICE = "new", "skip", "none"


def imported_documents(partnership):
    return (ImportedDocument.objects.filter(partnership=partnership)
            .select_related("meeting__body", "uploaded_by").defer("source_text", "record"))


def last_many(partnership, user):
    """The person's latest upload of several files (the job "imports.many"), for the list page to show what
    became of each file; None when they have not made one."""
    return (Job.objects.filter(partnership=partnership, kind="imports.many", created_by=user)
            .order_by("-created_at", "-id").first())


def meeting_source(partnership, meeting_id) -> ImportedDocument | None:
    """The saved import a meeting of the partnership came from, with its file (the latest, if ever two)."""
    return (ImportedDocument.objects.filter(partnership=partnership, meeting_id=meeting_id,
                                            meeting__partnership=partnership, status=ImportedDocument.Status.SAVED)
            .exclude(source_file="").defer("source_text", "record").order_by("-saved_at", "-id").first())


def people_candidates(partnership) -> list[Candidate]:
    # Plain rows, not Person objects: a partnership's few hundred people are read on every import.
    rows = Person.objects.filter(partnership=partnership).values_list("pk", "full_name", "initials", "organisation__name")
    return [Candidate(pk, full_name, initials, organisation or "") for pk, full_name, initials, organisation in rows]


def organisation_candidates(partnership) -> list[Candidate]:
    rows = Organisation.objects.filter(partnership=partnership).values_list("pk", "name", "short_name")  # plain rows
    return [Candidate(pk, name, organisation=short_name) for pk, name, short_name in rows]


def body_candidates(partnership) -> list[Candidate]:
    rows = Body.objects.filter(partnership=partnership).values_list("pk", "name", "short_name")  # plain rows
    return [Candidate(pk, name, organisation=short_name) for pk, name, short_name in rows]


def open_actions_before(partnership, body_id, date: datetime.date | None):
    """Live actions agreed at earlier meetings of the body: what an action update can refer to."""
    if not body_id or date is None:
        return Action.objects.none()
    return (Action.objects.filter(partnership=partnership, meeting__body_id=body_id, meeting__date__lt=date,
                                  status__in=Action.LIVE)
            .select_related("meeting").order_by("meeting__date", "id"))


def record_people(record: dict) -> list[tuple[str, dict]]:
    """Every person in the record with their category, in the record's order."""
    people = record.get("people") or {}
    return [(category, person) for category in CATEGORIES for person in people.get(category) or []]


@dataclass
class Proposal:
    body: Match
    people: list[Match] = field(default_factory=list)          # one per record_people(record)
    organisations: list[Match] = field(default_factory=list)   # one per record_people(record)
    updates: list[Match] = field(default_factory=list)         # one per record["action_updates"]
    body_given: bool = False                                   # the body came from --body, not the minutes


def propose(partnership, record: dict, *, body_name: str | None = None) -> Proposal:
    bodies = body_candidates(partnership)
    body = matching.match_body(body_name or record.get("body") or "", bodies, partnership.name)
    people = people_candidates(partnership)
    organisations = organisation_candidates(partnership)
    person_matches, organisation_matches = [], []
    names = matching.plain_names(people)   # once for the list, not once a person
    for _category, person in record_people(record):
        person_matches.append(matching.match_person(person, people, names))
        organisation_matches.append(matching.match_organisation(person.get("organisation") or "", organisations))
    updates = update_matches(partnership, record, body.id)
    return Proposal(body=body, people=person_matches, organisations=organisation_matches, updates=updates,
                    body_given=bool(body_name))


@dataclass
class UpdateLink:
    """For the check page: an update in the minutes, the open action it most likely reports on, and the others."""

    update: dict
    match: Match                                   # matching.link_update's answer (MATCHED is linked on its own)
    proposed: Action | None = None                 # the action linked unless a person chooses otherwise
    confidence: int = 0                            # 0-100
    candidates: list[Action] = field(default_factory=list)   # every open action it could be: likely ones first

    @property
    def needs_a_person(self) -> bool:
        return self.proposed is None


def action_candidates(partnership, body_id, date: datetime.date | None) -> list[matching.ActionCandidate]:
    """The open actions an update at a meeting of the body on `date` may report on, with the references each
    answers to (its place in its meeting, item.place, year/place in the body's year), in the log's order
    (meeting date, then as minuted). One query, of plain rows: every import reads them."""
    if not body_id or date is None:
        return []
    earlier = Action.objects.filter(partnership=partnership, meeting__body_id=body_id, meeting__date__lt=date)
    # Every action of the years that have an open one (closed ones too: "Action 3" counts the meeting's whole
    # list, "25/31" the year's).
    years = earlier.filter(status__in=Action.LIVE).values("meeting__date__year")
    rows = (earlier.filter(meeting__date__year__in=years).order_by("meeting__date", "id")
            .values_list("pk", "text", "status", "meeting_id", "meeting__date", "item__number"))
    candidates, in_meeting, in_item, in_year = [], {}, {}, {}
    for pk, text, status, meeting_id, meeting_date, item_number in rows:
        in_meeting[meeting_id] = in_meeting.get(meeting_id, 0) + 1
        item_key = (meeting_id, item_number or "")
        in_item[item_key] = in_item.get(item_key, 0) + 1
        in_year[meeting_date.year] = in_year.get(meeting_date.year, 0) + 1
        if status in Action.LIVE:
            candidates.append(matching.ActionCandidate(pk, text, matching.action_references(
                in_meeting[meeting_id], item_number or "", in_item[item_key] if item_number else 0,
                (meeting_date.year, in_year[meeting_date.year]))))
    return candidates


def update_matches(partnership, record: dict, body_id) -> list[Match]:
    """matching.link_update for each record["action_updates"], in order."""
    updates = record.get("action_updates") or []
    if not updates:
        return []
    candidates = action_candidates(partnership, body_id, parse_date(record.get("date")))
    return [matching.link_update(update, candidates) for update in updates]


def update_links(partnership, record: dict, body_id) -> list[UpdateLink]:
    """One UpdateLink per record["action_updates"], in order: what the check page shows for matters arising.
    Two queries: the candidates' references, then the open actions themselves."""
    matches = update_matches(partnership, record, body_id)
    if not matches:
        return []
    actions = list(open_actions_before(partnership, body_id, parse_date(record.get("date"))).select_related("item"))
    by_id = {a.pk: a for a in actions}
    links = []
    for update, match in zip(record.get("action_updates") or [], matches):
        offered = [by_id[cid] for cid, _score in match.candidates if cid in by_id]
        proposed = by_id.get(match.id) if match.is_matched else None
        links.append(UpdateLink(update=update, match=match, proposed=proposed,
                                confidence=match.confidence if proposed else (match.candidates[0][1] if match.candidates else 0),
                                candidates=offered + [a for a in actions if a not in offered]))
    return links


def resolve_automatically(partnership, record: dict, *, body_name: str | None = None) -> tuple[dict, list[str]]:
    """The record with every choice made as the bulk import makes it, and notes of what a person should check.

    Confident matches are taken, people nobody resembles are created, ambiguous people are left off
    the attendance list (and so owners naming them stay as written), never guessed.
    """
    from django.core.exceptions import ValidationError

    # A copy of what gets choices written into (the people and the updates), not of the minutes' text.
    people = record.get("people") or {}
    record = {**record, "people": {category: [dict(p) for p in people.get(category) or []] for category in CATEGORIES},
              "action_updates": [dict(u) for u in record.get("action_updates") or []]}
    proposal = propose(partnership, record, body_name=body_name)
    notes = []
    if proposal.body.outcome == MATCHED:
        record["body_match"] = proposal.body.id
    elif body_name:
        names = ", ".join(c.name for c in body_candidates(partnership)) or "none yet"
        raise ValidationError(f"There is no board or group called '{body_name}' (bodies: {names}).")
    elif proposal.body.outcome == NEW and (record.get("body") or "").strip():
        record["body_match"] = NEW_CHOICE
        notes.append(f"New board or group created: {record['body']}.")
    elif proposal.body.outcome == AMBIGUOUS:
        raise ValidationError(f"The minutes' heading '{record.get('body')}' does not say which one board or group "
                              "met: give --body NAME.")
    else:
        raise ValidationError("The minutes do not say which board or group met: give --body NAME.")

    for (category, person), match, organisation in zip(record_people(record), proposal.people, proposal.organisations):
        label = person.get("name") or person.get("initials") or "?"
        if match.outcome == MATCHED:
            person["match"] = match.id
        elif match.outcome == NEW and (person.get("name") or "").strip():
            person["match"] = NEW_CHOICE
        else:
            person["match"] = SKIP_CHOICE
            why = ("is not certainly anyone already in the partnership" if match.outcome == AMBIGUOUS
                   else "has no name")
            notes.append(f"Not recorded as {category.replace('_', ' ')}: {label} {why}; add them on the meeting page.")
        if organisation.outcome == MATCHED:
            person["organisation_match"] = organisation.id
        elif organisation.outcome == NEW and (person.get("organisation") or "").strip():
            person["organisation_match"] = NEW_CHOICE
        else:
            person["organisation_match"] = NONE_CHOICE

    for update, match in zip(record.get("action_updates") or [], proposal.updates):
        update["action_match"] = match.id if match.outcome == MATCHED else NONE_CHOICE
    # What the reading did not find in a partly read file: saved without it, so said (never guessed at).
    notes += [flag["message"] for flag in record.get("flags") or []
              if isinstance(flag, dict) and flag.get("kind") == "not_understood" and flag.get("message")]
    return record, notes


def describe_flag(flag) -> str:
    """The extractor's flags ({"kind": "ambiguous_owner", ...}) in words for the person checking."""
    if not isinstance(flag, dict):
        return str(flag)
    where = f"Item {flag['item']}: " if flag.get("item") else ""
    owner = flag.get("owner") or ""
    if flag.get("kind") == "ambiguous_owner":
        names = " or ".join(flag.get("candidates") or [])
        return f"{where}owner '{owner}' could be {names}. Write the right name in the action's owners."
    if flag.get("kind") == "unknown_owner":
        return f"{where}owner '{owner}' is not on the attendance list. It will be saved as written unless you change it."
    return where + (flag.get("message") or flag.get("kind") or str(flag))


def owner_warnings(partnership, record: dict) -> list[str]:
    """Owners that will not become a person: not an attendee, not anyone in the partnership, not a group."""
    return [message for _index, message in owner_problems(partnership, record)]


def owner_problems(partnership, record: dict) -> list[tuple[int, str]]:
    """owner_warnings with the index of the action each is about, so the check page can link to its row."""
    people = [person for _c, person in record_people(record)]
    candidates = None
    warnings = []
    for index, action in enumerate(record.get("actions") or []):
        names = [o for o in action.get("owners") or [] if (o or "").strip()] or \
            split_owners(action.get("owner_text") or "")
        if not names:
            warnings.append((index, f"'{shorten(action.get('text'))}' has no owner."))
        for name in names:
            if is_group(name) or matching.find_record_person(name, people) is not None:
                continue
            if candidates is None:
                candidates = people_candidates(partnership)
            outcome = matching.match_person({"name": name}, candidates).outcome
            if outcome == MATCHED:
                continue
            what = f"Owner '{name}' of '{shorten(action.get('text'))}'"
            if outcome == NEW and looks_like_full_name(name):
                warnings.append((index, f"{what} is not on the attendance list; they will be added as a new person."))
            else:
                warnings.append((index, f"{what} is not one known person; it will be saved as written."))
    return warnings
