"""Forms: they check shape and scope choices to the partnership; the services check the rules.

The attendance form and the item page's forms are in attendance.py and minutes.py; shared fields in fields.py.
"""
import datetime

from django import forms
from django.db.models import Q

from assure.core import clock
from assure.core.forms import DateField, VersionedForm
from assure.partnerships.models import Body

from ..models import Meeting
from ..services import OUTCOMES
from .attendance import AttendanceForm
from .fields import MONTHS, TIME, PeopleChoiceField, PersonChoiceField, person_label
from .minutes import ActionRowForm, DecisionRowForm, ItemMinutesForm, ItemPage


class ScheduleMeetingForm(forms.Form):
    body = forms.ModelChoiceField(queryset=Body.objects.none(), label="Board or group", empty_label="Choose",
                                  error_messages={"required": "Choose the board or group that is meeting",
                                                  "invalid_choice": "Choose a board or group from the list"})
    date = DateField(label="Date", what="the date of the meeting")
    start_time = forms.TimeField(widget=TIME, required=False, label="Start time (optional)",
                                 error_messages={"invalid": "Enter a time, for example 10:00"})
    location = forms.CharField(max_length=200, required=False, label="Where (optional)")

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = Body.objects.filter(partnership=partnership)


class EditMeetingForm(VersionedForm):
    date = ScheduleMeetingForm.base_fields["date"]
    start_time = ScheduleMeetingForm.base_fields["start_time"]
    location = ScheduleMeetingForm.base_fields["location"]
    status = forms.ChoiceField(widget=forms.RadioSelect, choices=[
        (Meeting.Status.SCHEDULED, "Scheduled"), (Meeting.Status.HELD, "Held")],
        error_messages={"required": "Choose whether the meeting is scheduled or has been held"})


class CancelMeetingForm(VersionedForm):
    reason = forms.CharField(max_length=300, required=False, label="Reason (optional)")


class AgendaItemForm(forms.Form):
    number = forms.CharField(max_length=20, required=False, label="Item number",
                             help_text="For example 3, or 2.1 for a sub-item. Leave empty for the next number.")
    title = forms.CharField(max_length=300, error_messages={"required": "Enter the title of the item"})

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["presenter"] = PersonChoiceField(partnership=meeting.partnership, body=meeting.body,
                                                     label="Presenter (optional)")


class EditAgendaItemForm(AgendaItemForm, VersionedForm):
    pass


class PaperForm(forms.Form):
    title = forms.CharField(max_length=200, required=False, label="Title (optional)",
                            help_text="Leave empty to use the file name")
    file = forms.FileField(label="Paper", help_text="PDF, Word, Excel, PowerPoint, OpenDocument text or plain text, up to 20 MB",
                           error_messages={"required": "Choose a file to upload", "empty": "The selected file is empty"})


class MattersArisingForm(VersionedForm):
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
            self.fields["body"] = forms.ModelChoiceField(
                queryset=Body.objects.filter(partnership=partnership), label="Board or group", empty_label="Choose",
                error_messages={"required": "Choose the board or group whose forward plan this is for",
                                "invalid_choice": "Choose a board or group from the list"})
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


class EditForwardPlanForm(ForwardPlanForm, VersionedForm):
    pass


__all__ = [
    "MONTHS", "TIME", "ActionRowForm", "AgendaItemForm", "AttendanceForm",
    "CancelMeetingForm", "DecisionRowForm", "EditAgendaItemForm", "EditForwardPlanForm", "EditMeetingForm",
    "ForwardPlanForm", "ItemMinutesForm", "ItemPage", "MattersArisingForm", "PaperForm", "PeopleChoiceField",
    "PersonChoiceField", "ScheduleMeetingForm", "person_label",
]
