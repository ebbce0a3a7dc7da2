"""Writing a checked record: the meeting and everything minuted at it, through the apps' own services.

Called only from services.commit_import, inside its transaction; any ValidationError raised here
rolls the whole meeting back.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from django.core.exceptions import ValidationError

from assure.actions import services as action_services
from assure.actions.models import Action
from assure.actions.services import Owner
from assure.core import clock
from assure.core.dates import due_before_meeting_problem, parse_date, parse_due, parse_when
from assure.core.names import TITLE_WORDS, is_group, looks_like_full_name, normalise_name, split_owners
from assure.meetings import plausible as meeting_plausible
from assure.meetings import services as meeting_services
from assure.meetings.models import ForwardPlanEntry, Meeting
from assure.meetings.numbering import clean_number
from assure.partnerships import services as partnership_services
from assure.partnerships.models import Body, Organisation, Person

from . import matching
from .queries import NEW_CHOICE, NONE_CHOICE, SKIP_CHOICE, open_actions_before, people_candidates, record_people

UPDATE_STATUSES = {
    "closed": Action.Status.COMPLETED,
    "completed": Action.Status.COMPLETED,
    "carried_forward": Action.Status.CARRIED_FORWARD,
    "open": Action.Status.OPEN,
}
NO_OWNER = "Owner not given in the minutes"


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
        items = self._items(meeting)
        for decision in record.get("decisions") or []:
            text = (decision.get("text") or "").strip()
            if text:
                meeting_services.add_decision(self._item_for(meeting, items, decision), text=text, by=self.by)
        actions = sum(1 for action in record.get("actions") or [] if self._action(meeting, items, people, action))
        linked = self._updates(meeting)
        self._forward_plan(meeting, items)
        self._next_meeting(meeting)
        return CommitResult(meeting=meeting, notes=self.notes, created_people=self.created_people,
                            actions=actions, linked_updates=linked)

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
        existing = Meeting.objects.filter(body=body, date=date).exclude(status=Meeting.Status.CANCELLED).first()
        if existing is None:
            return meeting_services.schedule_meeting(partnership=self.partnership, body=body, date=date, by=self.by,
                                                     status=Meeting.Status.HELD)
        # A meeting put in the diary (for example as the 'next meeting' of earlier minutes) gets its minutes now.
        if existing.status == Meeting.Status.SCHEDULED and not existing.attendance.exists() and not existing.items.exists():
            return meeting_services.edit_meeting(existing, by=self.by, expected_version=existing.version, date=date,
                                                 start_time=existing.start_time, location=existing.location,
                                                 status=Meeting.Status.HELD)
        raise ValidationError(f"The minutes of {body} on {date:%-d %B %Y} are already recorded. "
                              "Open that meeting to change them.")

    def _next_meeting(self, meeting) -> None:
        next_date = parse_date(self.record.get("next_meeting_date"))
        if next_date is None or next_date <= meeting.date:
            return
        if meeting_plausible.meeting_date_problem(next_date, clock.today()):
            self.notes.append(f"Next meeting '{self.record.get('next_meeting_date')}' is too far ahead to be "
                              "right; not put in the diary.")
            return
        if not Meeting.objects.filter(body=meeting.body, date=next_date).exclude(status=Meeting.Status.CANCELLED).exists():
            meeting_services.schedule_meeting(partnership=self.partnership, body=meeting.body, date=next_date, by=self.by)

    # --- people ------------------------------------------------------------------------------------
    def _people(self) -> list[tuple[str, dict, Person | None]]:
        resolved = []
        chosen = {_as_id(person.get("match")) for _c, person in record_people(self.record)} - {None}
        known = {p.pk: p for p in Person.objects.filter(partnership=self.partnership, pk__in=chosen)}   # one query
        new_people = []   # (index in resolved, create_people fields): created together below
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
    def _items(self, meeting) -> dict[str, object]:
        items, wanted = {}, []
        for item in self.record.get("items") or []:
            number = clean_number(item.get("number") or "")
            if number and number in items:
                self.notes.append(f"Item {number} appears twice; the second ('{item.get('title')}') was left out.")
                continue
            title = " ".join((item.get("title") or "").split()) or (f"Item {number}" if number else "")
            if not title:
                continue   # an empty row: nothing to save
            wanted.append((number, title[:300]))
            if number:
                items[number] = None
        # The whole agenda in one go (one insert and one history insert), in the minutes' order.
        return {saved.number: saved for saved in meeting_services.add_agenda_items(meeting, items=wanted, by=self.by)}

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
                self.notes.append(f"Owner '{name}' of '{text[:60]}' was not matched to one person; saved as written.")
        if not owners:
            owners = [Owner(group_name=NO_OWNER)]
            self.notes.append(f"'{text[:60]}' has no owner in the minutes.")
        due = parse_due(action.get("due") or action.get("due_text"), meeting.date)  # "ASAP": no date, the words noted
        if not due.understood:
            self.notes.append(f"Due '{action.get('due')}' of '{text[:60]}' is not a date; saved without one.")
        if due_before_meeting_problem(due.date, meeting.date):
            self.notes.append(f"Due '{action.get('due')}' of '{text[:60]}' is before the meeting; saved without a date.")
            due = replace(due, date=None)
        item = self._item_for(meeting, items, action, required=False)
        if item is not None:
            return meeting_services.record_item_action(item, text=text, owners=owners, by=self.by, due_date=due.date,
                                                       due_at_next_meeting=due.next_meeting)
        return action_services.create_action(partnership=self.partnership, text=text, owners=owners, by=self.by,
                                             due_date=due.date, due_at_next_meeting=due.next_meeting, meeting=meeting)

    def _updates(self, meeting) -> int:
        """Updates to earlier actions: posted on the open action they refer to, moving its status."""
        linked = 0
        allowed = set(open_actions_before(self.partnership, meeting.body_id, meeting.date).values_list("pk", flat=True))
        for update in self.record.get("action_updates") or []:
            text = (update.get("text") or "").strip()
            choice = update.get("action_match")
            if choice in (None, "", NONE_CHOICE):
                self.notes.append(f"Update '{text[:60]}' was not linked to an earlier action.")
                continue
            action_id = _as_id(choice)
            if action_id not in allowed:
                raise ValidationError(f"Update '{text[:60]}': choose an open action of an earlier meeting of "
                                      f"{meeting.body}, or 'do not link'.")
            status = UPDATE_STATUSES.get((update.get("status") or "open").strip().lower())
            if status is None:
                raise ValidationError(f"Update '{text[:60]}': choose closed, carried forward or open.")
            action = Action.objects.get(pk=action_id)
            meeting_services.record_matters_arising_update(meeting, action, text=text, status=status, by=self.by,
                                                           expected_version=action.version)
            linked += 1
        return linked

    def _forward_plan(self, meeting, items) -> None:
        next_date = parse_date(self.record.get("next_meeting_date"))
        for entry in self.record.get("forward_plan") or []:
            title = " ".join((entry.get("text") or "").split())
            if not title:
                continue
            when_text = (entry.get("when") or "").strip()
            when = parse_when(when_text, meeting.date, next_date)
            source_item = self._item_for(meeting, items, entry, required=False)
            if when.month or when.every_year_in:
                meeting_services.book_forward_plan_entry(
                    partnership=self.partnership, body=meeting.body, title=title[:300], by=self.by, month=when.month,
                    every_year_in=when.every_year_in, notes=f"When: {when_text}" if when_text else "",
                    source_item=source_item, allow_past=True)
            else:
                # Not bookable to a month ('Q3', 'when ready'): kept on the plan as not yet booked.
                entry_row = ForwardPlanEntry(partnership=self.partnership, body=meeting.body, title=title[:300],
                                             notes=f"When: {when_text}" if when_text else "", source_item=source_item,
                                             created_by=self.by)
                entry_row.save()
                if when_text:
                    self.notes.append(f"Forward plan '{title[:60]}' for '{when_text}' is not booked to a month.")


def _as_id(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
