"""Writing a checked record: the meeting and everything minuted at it, through the apps' own services.

Called only from services.commit_import, inside its transaction; any ValidationError raised here
rolls the whole meeting back.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, replace

from django.core.exceptions import ValidationError

from assure.actions import services as action_services
from assure.actions.models import Action
from assure.actions.services import MeetingUpdate, Owner
from assure.core import clock
from assure.core.dates import due_before_meeting_problem, parse_date, parse_due, parse_time, parse_when
from assure.core.names import TITLE_WORDS, is_group, looks_like_full_name, normalise_name, split_owners
from assure.core.text import shorten
from assure.meetings import plausible as meeting_plausible
from assure.meetings import services as meeting_services
from assure.meetings.models import Meeting
from assure.meetings.numbering import clean_number
from assure.partnerships import services as partnership_services
from assure.partnerships.models import Body, Organisation, Person

from . import matching
from .queries import NEW_CHOICE, NONE_CHOICE, SKIP_CHOICE, people_candidates, record_people

UPDATE_STATUSES = {
    "closed": Action.Status.COMPLETED,
    "completed": Action.Status.COMPLETED,
    "carried_forward": Action.Status.CARRIED_FORWARD,
    "open": Action.Status.OPEN,
}
NO_OWNER = "Owner not given in the minutes"
_MATTERS_ARISING = re.compile(r"matters arising|action (?:log|tracker|updates?)|actions? (?:from|of) (?:the )?(?:last|previous)",
                              re.I)


@dataclass
class CommitResult:
    """What commit_import saved: the meeting, and what a person should know about how."""
    meeting: Meeting
    notes: list[str] = field(default_factory=list)   # what was saved differently from the minutes, for a person
    created_people: int = 0
    actions: int = 0
    linked_updates: int = 0


class Committer:
    """One commit: turns the checked record into records, noting what a person should know."""

    def __init__(self, partnership, record: dict, by):
        self.partnership, self.record, self.by = partnership, record, by
        self.notes: list[str] = []
        self.created_people = 0

    def run(self) -> CommitResult:
        record = self.record
        date = parse_date(record.get("date"))
        if date is None:
            raise ValidationError("Enter the date of the meeting.")
        body = self._body()
        meeting = self._meeting(body, date)
        people = self._people()                       # (category, record person, Person or None)
        self._attendance(meeting, people)
        updates = self._chosen_updates(meeting)       # (record update, action id or None), checked before any write
        items = self._items(meeting, [u for u, action_id in updates if action_id is None])
        decisions = [(self._item_for(meeting, items, d), (d.get("text") or "").strip())
                     for d in record.get("decisions") or [] if (d.get("text") or "").strip()]
        if decisions:
            meeting_services.add_decisions(meeting, decisions=decisions, by=self.by)
        rows = [self._action(meeting, items, people, action) for action in record.get("actions") or []]
        if rows:
            action_services.create_actions(partnership=self.partnership, actions=rows, by=self.by)
        linked = self._post_updates(meeting, updates)
        self._forward_plan(meeting, items)
        self._next_meeting(meeting)
        return CommitResult(meeting=meeting, notes=self.notes, created_people=self.created_people,
                            actions=len(rows), linked_updates=linked)

    # --- the meeting -------------------------------------------------------------------------------
    def _body(self) -> Body:
        choice = self.record.get("body_match")
        if choice == NEW_CHOICE:
            name = " ".join((self.record.get("body") or "").split())
            if not name:
                raise ValidationError("Enter the name of the new board or group, or choose an existing one.")
            existing = Body.objects.filter(partnership=self.partnership, name__iexact=name).first()
            if existing:
                return existing
            kind = Body.Kind.EXECUTIVE_BOARD if "executive" in name.lower() else Body.Kind.SUBGROUP
            return partnership_services.create_body(partnership=self.partnership, name=name, kind=kind, by=self.by)
        body = Body.objects.filter(partnership=self.partnership, pk=_as_id(choice)).first()
        if body is None:
            raise ValidationError("Choose the board or group that met.")
        return body

    def _meeting(self, body, date) -> Meeting:
        # One read for this meeting and the next one the minutes name (put in the diary at the end, if new).
        next_date = parse_date(self.record.get("next_meeting_date"))
        dated = {m.date: m for m in Meeting.objects.filter(body=body, date__in={date, next_date} - {None})
                 .exclude(status=Meeting.Status.CANCELLED)}
        self._next_in_diary = next_date in dated
        existing = dated.get(date)
        start_time, location = self._when_and_where()
        if existing is None:
            return meeting_services.schedule_meeting(partnership=self.partnership, body=body, date=date, by=self.by,
                                                     status=Meeting.Status.HELD, start_time=start_time,
                                                     location=location)
        # A meeting put in the diary (for example as the 'next meeting' of earlier minutes) gets its minutes now.
        if existing.status == Meeting.Status.SCHEDULED and not existing.attendance.exists() and not existing.items.exists():
            return meeting_services.edit_meeting(existing, by=self.by, expected_version=existing.version, date=date,
                                                 start_time=start_time or existing.start_time,
                                                 location=location or existing.location,
                                                 status=Meeting.Status.HELD)
        raise ValidationError(f"The minutes of {body} on {date:%-d %B %Y} are already recorded. "
                              "Open that meeting to change them.")

    def _when_and_where(self) -> tuple[datetime.time | None, str]:
        """The start time ("14:00", "2pm", "9.30 am") and place as the minutes give them."""
        written = (self.record.get("start_time") or "").strip()
        start_time = parse_time(written)
        if written and start_time is None:
            self.notes.append(f"Start time '{shorten(written, 40)}' is not a time of day; saved without one.")
        location = " ".join((self.record.get("location") or "").split())
        if len(location) > 200:
            self.notes.append(f"The place '{shorten(location)}' is longer than 200 characters; saved cut short.")
            location = location[:200]
        return start_time, location

    def _next_meeting(self, meeting) -> None:
        next_date = parse_date(self.record.get("next_meeting_date"))
        if next_date is None or next_date <= meeting.date:
            return
        if meeting_plausible.meeting_date_problem(next_date, clock.today()):
            self.notes.append(f"Next meeting '{self.record.get('next_meeting_date')}' is too far ahead to be "
                              "right; not put in the diary.")
            return
        if not self._next_in_diary:
            meeting_services.schedule_meeting(partnership=self.partnership, body=meeting.body, date=next_date,
                                              by=self.by)

    # --- people ------------------------------------------------------------------------------------
    def _people(self) -> list[tuple[str, dict, Person | None]]:
        resolved = []
        chosen = {_as_id(person.get("match")) for _c, person in record_people(self.record)} - {None}
        known = {p.pk: p for p in Person.objects.filter(partnership=self.partnership, pk__in=chosen)}   # one query
        new_people = []   # (index in resolved, create_people fields): created together below
        self._create_organisations(person for _c, person in record_people(self.record)
                                   if person.get("match") == NEW_CHOICE and person.get("organisation_match") == NEW_CHOICE)
        for category, person in record_people(self.record):
            choice = person.get("match")
            if choice == SKIP_CHOICE:
                resolved.append((category, person, None))
            elif choice == NEW_CHOICE:
                new_people.append((len(resolved), self._new_person(person)))
                resolved.append((category, person, None))
            else:
                found = known.get(_as_id(choice))
                if found is None:
                    label = person.get("name") or person.get("initials") or "someone"
                    raise ValidationError(f"Choose who {label} is: an existing person, a new person, or leave them out.")
                resolved.append((category, person, found))
        if new_people:
            created = partnership_services.create_people(partnership=self.partnership,
                                                         people=[fields for _i, fields in new_people], by=self.by)
            for (index, _fields), found in zip(new_people, created):
                category, person, _none = resolved[index]
                resolved[index] = (category, person, found)
        return resolved

    def _new_person(self, person: dict) -> dict:
        """create_people's fields for a new person (their organisation found or created)."""
        name = " ".join((person.get("name") or "").split())
        if not name:
            raise ValidationError(f"Enter the full name of the new person with initials {person.get('initials') or '?'}.")
        choice = person.get("organisation_match")
        organisation = None
        if choice == NEW_CHOICE:
            organisation_name = " ".join((person.get("organisation") or "").split())
            if organisation_name:
                organisation = self._organisation_named(organisation_name)
        elif choice not in (None, "", NONE_CHOICE):
            organisation = self._organisations()[1].get(_as_id(choice))
            if organisation is None:
                raise ValidationError(f"Choose {name}'s organisation again: that one is not in this partnership.")
        self.created_people += 1
        return dict(full_name=name, initials=(person.get("initials") or "")[:12],
                    job_title=(person.get("role") or "")[:200], organisation=organisation,
                    confirmed_different=bool(person.get("different_person")))

    def _organisations(self) -> tuple[dict, dict]:
        """The partnership's organisations by lower-case name and by id: one query a commit."""
        if not hasattr(self, "_organisation_index"):
            organisations = list(Organisation.objects.filter(partnership=self.partnership))
            self._organisation_index = ({o.name.casefold(): o for o in organisations}, {o.pk: o for o in organisations})
        return self._organisation_index

    def _create_organisations(self, people) -> None:
        """The new people's new organisations, created together (one insert and one history insert)."""
        by_name, by_id = self._organisations()
        names = {}
        for person in people:
            name = " ".join((person.get("organisation") or "").split())
            if name and name.casefold() not in by_name:
                names.setdefault(name.casefold(), name)
        if names:
            for organisation in partnership_services.create_organisations(partnership=self.partnership,
                                                                          names=list(names.values()), by=self.by):
                by_name[organisation.name.casefold()] = by_id[organisation.pk] = organisation

    def _organisation_named(self, name: str) -> Organisation:
        by_name, by_id = self._organisations()
        organisation = by_name.get(name.casefold())
        if organisation is None:
            organisation = partnership_services.create_organisation(
                partnership=self.partnership, name=name, kind=Organisation.Kind.OTHER, by=self.by)
            by_name[name.casefold()] = by_id[organisation.pk] = organisation
        return organisation

    def _attendance(self, meeting, people) -> None:
        entries, seen, attended = [], set(), set()
        for category, _person, found in people:
            if found is not None and category in ("present", "in_attendance"):
                attended.add(found.pk)
        deputised = set()
        for category, person, found in people:
            if found is None:
                continue
            if found.pk in seen:
                self.notes.append(f"{found} appears more than once in the attendance; recorded once.")
                continue
            seen.add(found.pk)
            deputy_for = None
            if person.get("deputising_for") and category != "apologies":
                deputy_for = self._person_named(person["deputising_for"], people, exclude=found)
                if deputy_for is None or deputy_for.pk in attended or deputy_for.pk in deputised:
                    self.notes.append(f"{found} deputised for '{person['deputising_for']}': not matched to one "
                                      "absent member, so not recorded as deputising.")
                    deputy_for = None
                else:
                    deputised.add(deputy_for.pk)
            entries.append(meeting_services.AttendanceEntry(person=found, status=category, deputising_for=deputy_for))
        if entries:
            meeting_services.record_attendance(meeting, entries=entries, by=self.by)

    def _new_owner(self, name, people) -> Person | None:
        """An owner named in full who is nobody yet ('Holly Reed', mentioned in the discussion) becomes a person."""
        if not looks_like_full_name(name):
            return None
        if matching.find_record_person(name, [person for _c, person, _f in people]) is not None:
            return None   # an attendee left out of the record (ambiguous): their actions stay as written
        key = normalise_name(name)
        created = getattr(self, "_new_owners", {})
        self._new_owners = created
        if key not in created:
            if matching.match_person({"name": name}, self._people_candidates()).outcome != matching.NEW:
                return None   # could be someone already here: not guessed
            full_name = " ".join(w for w in name.split() if w.lower().strip(".") not in TITLE_WORDS) or name
            created[key] = partnership_services.create_person(partnership=self.partnership, full_name=full_name,
                                                              by=self.by)
            self.created_people += 1
            self.notes.append(f"New person added for owner '{name}' (not on the attendance list).")
        return created[key]

    def _people_candidates(self):
        if not hasattr(self, "_candidates"):
            self._candidates = people_candidates(self.partnership)
        return self._candidates

    def _person_named(self, text, people, exclude=None) -> Person | None:
        """A person a name or initials in the minutes refers to: an attendee first, then the partnership."""
        record_list = [person for _c, person, _f in people]
        index = matching.find_record_person(text, record_list)
        if index is not None:
            found = people[index][2]
            return found if found is not None and found != exclude else None
        match = matching.match_person({"name": text}, self._people_candidates())
        if match.is_matched and (exclude is None or match.id != exclude.pk):
            return Person.objects.get(pk=match.id, partnership=self.partnership)
        return None

    # --- the agenda and what was agreed ------------------------------------------------------------
    def _items(self, meeting, unlinked: list[dict]) -> dict[str, object]:
        """The agenda with each item's minutes; an update linked to no action stays in its item's minutes."""
        entries, order = {}, []
        for item in self.record.get("items") or []:
            number = clean_number(item.get("number") or "")
            if number and number in entries:
                self.notes.append(f"Item {number} appears twice; the second ('{item.get('title')}') was left out.")
                continue
            title = " ".join((item.get("title") or "").split()) or (f"Item {number}" if number else "")
            if not title:
                continue   # an empty row: nothing to save
            entry = [number, title[:300], (item.get("discussion") or "").strip()]
            order.append(entry)
            if number:
                entries[number] = entry
        for passage in self.record.get("placed_text") or []:  # text the reading left out, placed by a person
            text, number = (passage.get("text") or "").strip(), clean_number(passage.get("item") or "")
            if not text or not number:
                continue
            entry = entries.get(number)
            if entry is None:
                entry = entries[number] = [number, f"Item {number}", ""]
                order.append(entry)
                self.notes.append(f"Item {number} was not in the list of items; added as 'Item {number}'.")
            if _squash(text) not in _squash(entry[2]):
                entry[2] = f"{entry[2]}\n\n{text}".strip()
        for update in unlinked:
            text = " ".join((update.get("text") or "").split())
            if not text:
                continue
            entry = entries.get(clean_number(update.get("item") or "")) or next(
                (e for e in order if _MATTERS_ARISING.search(e[1])), None)
            status = (update.get("status") or "open").replace("_", " ")
            self.notes.append(f"Update '{shorten(text)}' ({status}) was not linked to an earlier action"
                              + (f"; it is kept in the minutes of item {entry[0] or entry[1]}." if entry else "."))
            if entry is not None and _squash(text) not in _squash(entry[2]):
                entry[2] = f"{entry[2]}\n\nUpdate not linked to an action: {text} ({status})".strip()
        # The whole agenda in one go (one insert and one history insert), in the minutes' order.
        saved = meeting_services.add_agenda_items(meeting, items=[tuple(e) for e in order], by=self.by)
        return {item.number: item for item in saved}

    def _item_for(self, meeting, items, entry, *, required=True):
        number = clean_number(entry.get("item") or "")
        if number in items:
            return items[number]
        if not required:
            return None
        # A decision must hang on an item: one the minutes did not list is added under its number.
        title = f"Item {number}" if number else "Other business"
        item = meeting_services.add_agenda_item(meeting, title=title, number=number, by=self.by)
        items[item.number] = item
        if number:
            self.notes.append(f"Item {number} was not in the list of items; added as '{title}'.")
        return item

    def _action(self, meeting, items, people, action: dict):
        text = (action.get("text") or "").strip()
        if not text:
            raise ValidationError("Each action needs its text: enter what needs to be done, or remove the action.")
        owners = []
        names = [o for o in action.get("owners") or [] if (o or "").strip()] or \
            split_owners(action.get("owner_text") or "")
        for name in names:
            person = None if is_group(name) else self._person_named(name, people)
            if person is None:
                person = self._new_owner(name, people)
            if person is not None:
                if all(o.person != person for o in owners):
                    owners.append(Owner(person=person))
                continue
            owners.append(Owner(group_name=name.strip()[:100]))
            if not is_group(name):
                self.notes.append(f"Owner '{name}' of '{shorten(text)}' was not matched to one person; saved as written.")
        if not owners:
            owners = [Owner(group_name=NO_OWNER)]
            self.notes.append(f"'{shorten(text)}' has no owner in the minutes.")
        # "due" is the date the extractor fixed; "due_text" the phrase as written, read here when it fixed none.
        written = action.get("due") or action.get("due_text")
        due = parse_due(written, meeting.date)
        if not due.understood:
            self.notes.append(f"Due '{written}' of '{shorten(text)}' is not a date; saved without one.")
        if due_before_meeting_problem(due.date, meeting.date):
            self.notes.append(f"Due '{written}' of '{shorten(text)}' is before the meeting; saved without a date.")
            due = replace(due, date=None)
        item = self._item_for(meeting, items, action, required=False)
        return action_services.NewActionRow(text=text, owners=owners, due_date=due.date,
                                            due_at_next_meeting=due.next_meeting, meeting=meeting, item=item)

    def _chosen_updates(self, meeting) -> list[tuple[dict, int | None]]:
        """Each update with the id of the open action chosen for it (the record key `action_match`), or None: not
        linked. Whether each chosen action is a matter arising here is checked as the updates are posted."""
        chosen = []
        for update in self.record.get("action_updates") or []:
            text = (update.get("text") or "").strip()
            choice = update.get("action_match")
            if choice in (None, "", NONE_CHOICE):
                chosen.append((update, None))
                continue
            action_id = _as_id(choice)
            if action_id is None:
                raise ValidationError(f"Update '{shorten(text)}': choose an open action of an earlier meeting of "
                                      f"{meeting.body}, or 'do not link'.")
            if (update.get("status") or "open").strip().lower() not in UPDATE_STATUSES:
                raise ValidationError(f"Update '{shorten(text)}': choose closed, carried forward or open.")
            chosen.append((update, action_id))
        return chosen

    def _post_updates(self, meeting, chosen) -> int:
        """Post the linked updates on their actions, dated the meeting (a completion is dated its day)."""
        updates = [MeetingUpdate(action=action_id, text=(update.get("text") or "").strip(),
                                 status=UPDATE_STATUSES[(update.get("status") or "open").strip().lower()])
                   for update, action_id in chosen if action_id is not None]
        if updates:
            meeting_services.record_matters_arising_updates(meeting, updates=updates, by=self.by)
        return len(updates)

    def _forward_plan(self, meeting, items) -> None:
        next_date = parse_date(self.record.get("next_meeting_date"))
        bookings = []
        for entry in self.record.get("forward_plan") or []:
            title = " ".join((entry.get("text") or "").split())
            if not title:
                continue
            when_text = (entry.get("when") or "").strip()
            when = parse_when(when_text, meeting.date, next_date)
            # Not bookable to a month ('Q3', 'when ready'): kept on the plan as not yet booked.
            bookings.append(meeting_services.Booking(
                title=title[:300], month=when.month, every_year_in=None if when.month else when.every_year_in,
                notes=f"When: {when_text}" if when_text else "",
                source_item=self._item_for(meeting, items, entry, required=False)))
            if not (when.month or when.every_year_in) and when_text:
                self.notes.append(f"Forward plan '{shorten(title)}' for '{when_text}' is not booked to a month.")
        if bookings:
            meeting_services.book_forward_plan_entries(partnership=self.partnership, body=meeting.body,
                                                       entries=bookings, by=self.by)


def _squash(text: str) -> str:
    return re.sub(r"\W+", " ", (text or "").lower()).strip()


def _as_id(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
