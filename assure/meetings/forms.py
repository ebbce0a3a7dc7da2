"""Forms: they check shape and scope choices to the partnership; the services check the rules."""
import datetime

from django import forms
from django.db.models import Q

from assure.actions.services import Owner
from assure.core import clock
from assure.partnerships import queries as partnership_queries
from assure.partnerships.models import Body

from . import queries
from .models import Attendance, Meeting
from .services import OUTCOMES, AttendanceEntry, NewPerson

MONTHS = [(m, datetime.date(2000, m, 1).strftime("%B")) for m in range(1, 13)]
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time", "class": "govuk-input--width-5"}, format="%H:%M")


def _person_label(person) -> str:
    return f"{person.full_name} ({person.organisation})" if person.organisation_id else person.full_name


class PersonChoiceField(forms.TypedChoiceField):
    """One person of the partnership; the body's members are offered first. Anyone else's id is refused."""

    def __init__(self, *, partnership, body=None, empty_label="None", only_members=False, **kwargs):
        members, others = queries.people_for(partnership, body)
        if only_members:
            others = []
        self.people = {str(p.pk): p for p in members + others}
        choices = [("", empty_label)]
        if members and others:
            choices += [(f"Members of {body}", [(p.pk, _person_label(p)) for p in members]),
                        ("Other people in the partnership", [(p.pk, _person_label(p)) for p in others])]
        else:
            choices += [(p.pk, _person_label(p)) for p in members + others]
        kwargs.setdefault("required", False)
        super().__init__(choices=choices, coerce=lambda value: self.people[str(value)], empty_value=None, **kwargs)


class PeopleChoiceField(forms.TypedMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, *, partnership, body=None, **kwargs):
        members, others = queries.people_for(partnership, body)
        self.people = {str(p.pk): p for p in members + others}
        choices = [(p.pk, _person_label(p) + (" – member" if body else "")) for p in members]
        choices += [(p.pk, _person_label(p)) for p in others]
        kwargs.setdefault("required", False)
        super().__init__(choices=choices, coerce=lambda value: self.people[str(value)], **kwargs)


class VersionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class ScheduleMeetingForm(forms.Form):
    body = forms.ModelChoiceField(queryset=Body.objects.none(), label="Board or group", empty_label="Choose")
    date = forms.DateField(widget=DATE, error_messages={"required": "Enter the date of the meeting",
                                                        "invalid": "Enter a real date, for example 2026-04-23"})
    start_time = forms.TimeField(widget=TIME, required=False, label="Start time (optional)",
                                 error_messages={"invalid": "Enter a time, for example 10:00"})
    location = forms.CharField(max_length=200, required=False, label="Where (optional)")

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = Body.objects.filter(partnership=partnership)


class EditMeetingForm(VersionForm):
    date = ScheduleMeetingForm.base_fields["date"]
    start_time = ScheduleMeetingForm.base_fields["start_time"]
    location = ScheduleMeetingForm.base_fields["location"]
    status = forms.ChoiceField(widget=forms.RadioSelect, choices=[
        (Meeting.Status.SCHEDULED, "Scheduled"), (Meeting.Status.HELD, "Held")])


class CancelMeetingForm(VersionForm):
    reason = forms.CharField(max_length=300, required=False, label="Reason (optional)")


class AgendaItemForm(forms.Form):
    number = forms.CharField(max_length=20, required=False, label="Item number",
                             help_text="For example 3, or 2.1 for a sub-item. Leave empty for the next number.")
    title = forms.CharField(max_length=300, error_messages={"required": "Enter the title of the item"})

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["presenter"] = PersonChoiceField(partnership=meeting.partnership, body=meeting.body,
                                                     label="Presenter (optional)")


class EditAgendaItemForm(AgendaItemForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class MinutesForm(VersionForm):
    discussion = forms.CharField(widget=forms.Textarea(attrs={"rows": 12}), required=False,
                                 label="Minutes of the discussion")


class DecisionForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Decision",
                           error_messages={"required": "Enter the decision"})


class ItemActionForm(forms.Form):
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), label="Action",
                           error_messages={"required": "Enter what needs to be done"})
    groups = forms.CharField(max_length=300, required=False, label="Group owners (optional)",
                             help_text="Named groups, separated by commas, for example: Business team, All members")
    due_date = forms.DateField(widget=DATE, required=False, label="Due date (optional)",
                               error_messages={"invalid": "Enter a real date, for example 2026-04-23"})
    due_at_next_meeting = forms.BooleanField(required=False, label="Due at the next meeting")

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"] = PeopleChoiceField(partnership=meeting.partnership, body=meeting.body, label="Owners")
        self.order_fields(["text", "people", "groups", "due_date", "due_at_next_meeting"])

    def owners(self) -> list[Owner]:
        people = [Owner(person=p) for p in self.cleaned_data.get("people") or []]
        groups = [Owner(group_name=g.strip()) for g in (self.cleaned_data.get("groups") or "").split(",") if g.strip()]
        return people + groups


class PaperForm(forms.Form):
    title = forms.CharField(max_length=200, required=False, label="Title (optional)",
                            help_text="Leave empty to use the file name")
    file = forms.FileField(label="Paper", help_text="PDF, Word, Excel, PowerPoint, OpenDocument text or plain text, up to 20 MB",
                           error_messages={"required": "Choose a file to upload", "empty": "The selected file is empty"})


MEMBER_STATUSES = [("present", "Present"), ("apologies", "Apologies"), ("deputy", "Sent a deputy"),
                   ("absent", "Absent without apology")]
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
        self.members, _ = queries.people_for(meeting.partnership, meeting.body)
        recorded = list(meeting.attendance.select_related("person", "deputising_for"))
        member_ids = {p.pk for p in self.members}
        deputies = {row.deputising_for_id: row for row in recorded if row.deputising_for_id in member_ids}
        by_person = {row.person_id: row for row in recorded}
        for person in self.members:
            prefix = f"m{person.pk}"
            self.fields[f"{prefix}-status"] = forms.ChoiceField(
                choices=MEMBER_STATUSES, required=False, widget=forms.RadioSelect, label=_person_label(person))
            self.fields[f"{prefix}-deputy"] = self._person_field("Who deputised")
            self._new_name_fields(prefix, "deputy_name", "Or the full name of someone new")
            row, deputy = by_person.get(person.pk), deputies.get(person.pk)
            if deputy is not None:
                self.initial.setdefault(f"{prefix}-status", "deputy")
                self.initial.setdefault(f"{prefix}-deputy", deputy.person_id)
            elif row is not None:
                status = "present" if row.attended else row.status
                self.initial.setdefault(f"{prefix}-status", status)
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
        matches = partnership_queries.close_matches(self.meeting.partnership, typed)
        if matches and not different:
            self.close_matches[f"{prefix}-{name}"] = matches
            self.add_error(f"{prefix}-{name}", f"{typed} closely matches {matches[0].full_name}, already in Assure. "
                                               "Choose them from the list, or tick 'This is a different person'")
            return None
        return NewPerson(full_name=typed, confirmed_different=bool(matches))

    def clean(self):
        data = super().clean()
        entries = []
        for person in self.members:
            prefix, status = f"m{person.pk}", data.get(f"m{person.pk}-status")
            if status == "deputy":
                deputy = self._who(data, prefix, "deputy_name",
                                   missing=f"Choose who deputised for {person.full_name}, or type the name of someone new")
                entries.append(AttendanceEntry(person, Attendance.Status.APOLOGIES))
                if deputy is not None:
                    entries.append(AttendanceEntry(deputy, Attendance.Status.PRESENT, deputising_for=person))
                continue
            if data.get(f"{prefix}-deputy") or data.get(f"{prefix}-deputy_name", "").strip():
                # Kept, not dropped: the person typed a deputy, so the status must say so.
                self.add_error(f"{prefix}-status", f"Choose 'Sent a deputy' for {person.full_name}, "
                                                   "or clear who deputised")
            if status:
                entries.append(AttendanceEntry(person, status))
        for prefix in self.other_prefixes:
            who = self._who(data, prefix, "name")
            if who is not None:
                entries.append(AttendanceEntry(who, data.get(f"{prefix}-status") or Attendance.Status.IN_ATTENDANCE))
        data["entries"] = entries
        return data


class MattersArisingForm(VersionForm):
    status = forms.ChoiceField(choices=list(OUTCOMES.items()), widget=forms.RadioSelect, label="Outcome",
                               error_messages={"required": "Choose what the meeting decided about this action"})
    text = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False, label="Update reported at the meeting")


class ForwardPlanForm(forms.Form):
    BOOKINGS = [("meeting", "A meeting"), ("month", "A month"), ("yearly", "Every year in a month")]

    title = forms.CharField(max_length=300, label="Item", error_messages={"required": "Enter what the item is"})
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False, label="Notes (optional)")
    booking = forms.ChoiceField(choices=BOOKINGS, widget=forms.RadioSelect, label="Booked for",
                                error_messages={"required": "Choose a meeting, a month, or every year"})
    meeting = forms.ModelChoiceField(queryset=Meeting.objects.none(), required=False, label="Meeting", empty_label="Choose")
    month_month = forms.TypedChoiceField(choices=[("", "Choose")] + MONTHS, coerce=int, empty_value=None,
                                         required=False, label="Month")
    month_year = forms.IntegerField(required=False, label="Year", min_value=2000, max_value=2100,
                                    error_messages={"invalid": "Enter a year, for example 2027"})
    every_year_in = forms.TypedChoiceField(choices=[("", "Choose")] + MONTHS, coerce=int, empty_value=None,
                                           required=False, label="Every year in")

    def __init__(self, *args, partnership, body=None, with_body=True, **kwargs):
        super().__init__(*args, **kwargs)
        if with_body:
            self.fields["body"] = forms.ModelChoiceField(queryset=Body.objects.filter(partnership=partnership),
                                                         label="Board or group", empty_label="Choose")
        # Only meetings still to come can be booked, plus the one an entry is already booked for.
        current = (self.initial or {}).get("meeting")
        meetings = (Meeting.objects.filter(partnership=partnership).exclude(status=Meeting.Status.CANCELLED)
                    .filter(Q(date__gte=clock.today()) | Q(pk=current or 0)).select_related("body"))
        if body is not None:
            meetings = meetings.filter(body=body)
        self.fields["meeting"].queryset = meetings.order_by("date")
        self.fields["meeting"].label_from_instance = lambda m: f"{m.body} – {m.date:%-d %B %Y}"
        self.fields["presenter"] = PersonChoiceField(partnership=partnership, body=body, label="Presenter (optional)")
        self.order_fields(["body", "title", "notes", "presenter", "booking", "meeting", "month_month", "month_year", "every_year_in"])

    def clean(self):
        data = super().clean()
        booking = data.get("booking")
        data["booked_meeting"] = data["booked_month"] = data["booked_every_year_in"] = None
        if booking == "meeting":
            if not data.get("meeting"):
                self.add_error("meeting", "Choose the meeting")
            data["booked_meeting"] = data.get("meeting")
        elif booking == "month":
            if not data.get("month_month") or not data.get("month_year"):
                self.add_error("month_month", "Choose the month and enter the year")
            else:
                data["booked_month"] = datetime.date(data["month_year"], data["month_month"], 1)
        elif booking == "yearly":
            if not data.get("every_year_in"):
                self.add_error("every_year_in", "Choose the month of the year")
            data["booked_every_year_in"] = data.get("every_year_in")
        return data


class EditForwardPlanForm(ForwardPlanForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class AttendanceReportForm(forms.Form):
    start = forms.DateField(widget=DATE, label="From", error_messages={
        "required": "Enter the start date", "invalid": "Enter a real start date, for example 2025-04-01"})
    end = forms.DateField(widget=DATE, label="To", error_messages={
        "required": "Enter the end date", "invalid": "Enter a real end date, for example 2026-03-31"})
    body = forms.ModelChoiceField(queryset=Body.objects.none(), required=False, label="Board or group",
                                  empty_label="All boards and groups")

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = Body.objects.filter(partnership=partnership)

    def clean(self):
        from .attendance_report import check_range

        data = super().clean()
        if data.get("start") and data.get("end"):
            try:
                check_range(data["start"], data["end"])
            except ValueError as error:
                self.add_error("end", str(error))
        return data
