"""The whole meeting's attendance on one form."""
from django import forms

from assure.partnerships import queries as partnership_queries

from .. import queries
from ..models import Attendance
from ..services import AttendanceEntry, NewPerson
from .fields import PersonChoiceField, person_label

MEMBER_STATUSES = [("present", "Present"), ("apologies", "Apologies"), ("deputy", "Sent a deputy"),
                   ("absent", "Absent without apology")]
# Offered on a member's row only when recorded (e.g. by a minutes import), so re-saving keeps it; members are "Present".
MEMBER_IN_ATTENDANCE = (Attendance.Status.IN_ATTENDANCE, "In attendance")
OTHER_STATUSES = [(Attendance.Status.IN_ATTENDANCE, "In attendance"), (Attendance.Status.PRESENT, "Present"),
                  (Attendance.Status.APOLOGIES, "Apologies")]
FULL_WIDTH = {"class": "govuk-!-width-full"}   # a long name in a select must not widen the page at 390 px
MAX_OTHERS = 40


class AttendanceForm(forms.Form):
    """The whole meeting's attendance on one form: a row per member of the body, then anyone else who came.

    A member who sent a deputy is recorded with apologies and the deputy as present, deputising for them.
    A deputy or other attendee can be someone already in Assure or a new name; a new name closely matching
    an existing person needs "This is a different person" ticked (the form shows who it matches).
    """

    others = forms.IntegerField(widget=forms.HiddenInput, min_value=0, max_value=MAX_OTHERS, required=False)

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.meeting = meeting
        self.members, self.non_members = queries.people_for(meeting.partnership, meeting.body)   # once, for every row
        recorded = list(meeting.attendance.select_related("person", "deputising_for"))
        member_ids = {p.pk for p in self.members}
        deputies = {row.deputising_for_id: row for row in recorded if row.deputising_for_id in member_ids}
        by_person = {row.person_id: row for row in recorded}
        for person in self.members:
            prefix = f"m{person.pk}"
            row, deputy = by_person.get(person.pk), deputies.get(person.pk)
            choices = MEMBER_STATUSES
            if row is not None and row.status == Attendance.Status.IN_ATTENDANCE:
                choices = [*MEMBER_STATUSES[:1], MEMBER_IN_ATTENDANCE, *MEMBER_STATUSES[1:]]
            self.fields[f"{prefix}-status"] = forms.ChoiceField(
                choices=choices, required=False, widget=forms.RadioSelect, label=person_label(person))
            self.fields[f"{prefix}-deputy"] = self._person_field("Who deputised")
            self._new_name_fields(prefix, "deputy_name", "Or the full name of someone new")
            if deputy is not None:
                self.initial.setdefault(f"{prefix}-status", "deputy")
                self.initial.setdefault(f"{prefix}-deputy", deputy.person_id)
            elif row is not None:
                self.initial.setdefault(f"{prefix}-status", row.status)
        # Everyone else recorded (not a member, not a member's deputy), then empty rows to add people.
        deputy_ids = {row.person_id for row in deputies.values()}
        extra = [row for row in recorded if row.person_id not in member_ids and row.person_id not in deputy_ids]
        count = self._others_count(len(extra))
        self.initial.setdefault("others", count)
        self.other_prefixes = [f"o{index}" for index in range(count)]
        for index, prefix in enumerate(self.other_prefixes):
            self.fields[f"{prefix}-person"] = self._person_field("Person")
            self._new_name_fields(prefix, "name", "Or the full name of someone new")
            self.fields[f"{prefix}-status"] = forms.ChoiceField(choices=OTHER_STATUSES, required=False, label="Attendance")
            if index < len(extra):
                self.initial.setdefault(f"{prefix}-person", extra[index].person_id)
                self.initial.setdefault(f"{prefix}-status", extra[index].status)
        self.close_matches = {}   # field name -> people a new name closely matches

    def _others_count(self, recorded: int) -> int:
        asked = self.data.get("others") if self.is_bound else self.initial.get("others")
        try:
            return min(max(recorded + 2, int(asked or 0)), MAX_OTHERS)
        except (TypeError, ValueError):
            return min(recorded + 2, MAX_OTHERS)

    def _person_field(self, label):
        field = PersonChoiceField(partnership=self.meeting.partnership, body=self.meeting.body, label=label,
                                  people=(self.members, self.non_members),
                                  empty_label="Choose someone already in Assure")
        field.widget.attrs.update(FULL_WIDTH)
        return field

    def _new_name_fields(self, prefix, name, label):
        self.fields[f"{prefix}-{name}"] = forms.CharField(max_length=200, required=False, label=label)
        self.fields[f"{prefix}-{name}_different"] = forms.BooleanField(required=False, label="This is a different person")

    def member_rows(self):
        """(person, status, deputy, new name, "different" box, close matches) for the template."""
        return [(person, self[f"m{person.pk}-status"], self[f"m{person.pk}-deputy"], self[f"m{person.pk}-deputy_name"],
                 self[f"m{person.pk}-deputy_name_different"], self.close_matches.get(f"m{person.pk}-deputy_name", []))
                for person in self.members]

    def other_rows(self):
        return [(self[f"{p}-person"], self[f"{p}-name"], self[f"{p}-name_different"], self[f"{p}-status"],
                 self.close_matches.get(f"{p}-name", [])) for p in self.other_prefixes]

    def _who(self, data, prefix, name, missing=None):
        """The existing person chosen, a NewPerson for a typed name, or None; errors go on the row's fields."""
        chosen, typed = data.get(f"{prefix}-{'deputy' if name == 'deputy_name' else 'person'}"), data.get(f"{prefix}-{name}", "")
        field = f"{prefix}-{'deputy' if name == 'deputy_name' else 'person'}"
        typed = " ".join(typed.split())
        if chosen and typed:
            self.add_error(f"{prefix}-{name}", f"Choose {chosen} from the list or type a new name, not both")
            return None
        if chosen:
            return chosen
        if not typed:
            if missing:
                self.add_error(field, missing)
            return None
        different = data.get(f"{prefix}-{name}_different", False)
        matches = partnership_queries.close_matches(self.meeting.partnership, typed,
                                                    among=self.members + self.non_members)
        if matches and not different:
            self.close_matches[f"{prefix}-{name}"] = matches
            self.add_error(f"{prefix}-{name}", f"{typed} closely matches {matches[0].full_name}, already in Assure. "
                                               "Choose them from the list, or tick 'This is a different person'")
            return None
        return NewPerson(full_name=typed, confirmed_different=bool(matches))

    def clean(self):
        data = super().clean()
        entries, deputised = [], {}   # deputised: a member's deputy's id -> the member they stood in for
        for person in self.members:
            prefix = f"m{person.pk}"
            if data.get(f"{prefix}-status") == "deputy":
                deputy = self._who(data, prefix, "deputy_name",
                                   missing=f"Choose who deputised for {person.full_name}, or type the name of someone new")
                entries.append(AttendanceEntry(person, Attendance.Status.APOLOGIES))
                if deputy is not None:
                    entries.append(AttendanceEntry(deputy, Attendance.Status.PRESENT, deputising_for=person))
                    if getattr(deputy, "pk", None) is not None:
                        deputised[deputy.pk] = person
        for person in self.members:
            prefix, status = f"m{person.pk}", data.get(f"m{person.pk}-status")
            if status == "deputy":
                continue
            if data.get(f"{prefix}-deputy") or data.get(f"{prefix}-deputy_name", "").strip():
                # Kept, not dropped: the person typed a deputy, so the status must say so.
                self.add_error(f"{prefix}-status", f"Choose 'Sent a deputy' for {person.full_name}, "
                                                   "or clear who deputised")
            if person.pk in deputised:
                # A member who deputised for another member is there already, on that member's row.
                if status in (Attendance.Status.APOLOGIES, Attendance.Status.ABSENT):
                    self.add_error(f"{prefix}-status", f"{person.full_name} deputised for "
                                                       f"{deputised[person.pk].full_name}, so was there: choose Present")
                continue
            if status:
                entries.append(AttendanceEntry(person, status))
        for prefix in self.other_prefixes:
            who = self._who(data, prefix, "name")
            if who is not None:
                entries.append(AttendanceEntry(who, data.get(f"{prefix}-status") or Attendance.Status.IN_ATTENDANCE))
        data["entries"] = entries
        return data
