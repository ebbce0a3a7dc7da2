"""Forms bind and check the shape of input; the rules (clashes, capacity, the same person twice) live in the
services."""
import datetime
from zoneinfo import ZoneInfo

from django import forms

from assure.core.forms import DateField, PartnershipChoicesMixin, VersionedForm
from assure.meetings.forms.fields import TIME
from assure.partnerships.models import Organisation, Priority
from assure.reviews.models import Review

from .models import Event, Level

LONDON = ZoneInfo("Europe/London")


def _radios(choices, *, label, required_message, **kwargs):
    return forms.ChoiceField(label=label, choices=choices, widget=forms.RadioSelect,
                             error_messages={"required": required_message, "invalid_choice": required_message},
                             **kwargs)


class CourseForm(PartnershipChoicesMixin, forms.Form):
    title = forms.CharField(label="Title", max_length=200,
                            error_messages={"required": "Enter the course's title"})
    level = _radios(Level.choices, label="Level", required_message="Choose the course's level")
    summary = forms.CharField(label="Summary (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    audience = forms.CharField(label="Who it is for (optional)", required=False, max_length=300,
                               help_text="For example, practitioners in early help and children's social care")
    outcomes = forms.CharField(label="Learning outcomes", widget=forms.Textarea(attrs={"rows": 5}),
                               help_text="One on each line, each something a delegate will be able to do, for "
                                         "example 'Recognise the signs of neglect in a baby'",
                               error_messages={"required": "Enter at least one learning outcome"})
    priority = forms.ModelChoiceField(Priority.objects.all(), required=False, label="Priority it answers (optional)",
                                      empty_label="None")
    review = forms.ModelChoiceField(Review.objects.none(), required=False,
                                    label="Review whose learning it shares (optional)", empty_label="None")

    def __init__(self, *args, partnership, reviews, **kwargs):
        super().__init__(*args, partnership=partnership, **kwargs)
        self.fields["review"].queryset = reviews

    def clean_outcomes(self):
        return [line for line in self.cleaned_data["outcomes"].splitlines() if line.strip()]


class EditCourseForm(CourseForm, VersionedForm):
    """Outcomes are changed one at a time on the course's page, so answers already given keep their outcome."""

    def __init__(self, *args, partnership, reviews, **kwargs):
        super().__init__(*args, partnership=partnership, reviews=reviews, **kwargs)
        del self.fields["outcomes"]


class EventForm(forms.Form):
    date = DateField(label="Date", required=True)
    start_time = forms.TimeField(widget=TIME, label="Start time", error_messages={
        "required": "Enter the time the event starts", "invalid": "Enter the start time as hours and minutes, "
                                                                  "like 09:30"})
    end_time = forms.TimeField(widget=TIME, label="End time", error_messages={
        "required": "Enter the time the event ends", "invalid": "Enter the end time as hours and minutes, like 12:30"})
    delivery = _radios(Event.Delivery.choices, label="How it is delivered",
                       required_message="Choose whether the event is online or at a venue")
    venue = forms.CharField(label="Venue or platform", required=False, max_length=300,
                            help_text="The venue's name and address, or the online platform")
    trainer = forms.CharField(label="Trainer (optional)", required=False, max_length=200)
    capacity = forms.IntegerField(label="Places", min_value=1, max_value=1000,
                                  widget=forms.NumberInput(attrs={"class": "govuk-input--width-4"}),
                                  error_messages={"required": "Enter how many places the event has",
                                                  "invalid": "Enter the number of places as a whole number",
                                                  "min_value": "The event needs at least 1 place",
                                                  "max_value": "An event has at most 1,000 places"})
    booking_deadline = DateField(label="Booking deadline (optional)", required=False)
    notes = forms.CharField(label="Notes (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def clean(self):
        data = super().clean()
        day, start, end = data.get("date"), data.get("start_time"), data.get("end_time")
        if day and start and end:
            data["starts_at"] = datetime.datetime.combine(day, start, tzinfo=LONDON)
            data["ends_at"] = datetime.datetime.combine(day, end, tzinfo=LONDON)
            if end <= start:
                self.add_error("end_time", "The end time must be after the start time")
        return data

    def service_fields(self) -> dict:
        data = self.cleaned_data
        return {name: data[name] for name in ("starts_at", "ends_at", "delivery", "venue", "trainer", "capacity",
                                              "booking_deadline", "notes")}

    @staticmethod
    def initial_for(event) -> dict:
        starts, ends = event.starts_at.astimezone(LONDON), event.ends_at.astimezone(LONDON)
        return {"date": starts.date(), "start_time": starts.time(), "end_time": ends.time(),
                "delivery": event.delivery, "venue": event.venue, "trainer": event.trainer,
                "capacity": event.capacity, "booking_deadline": event.booking_deadline, "notes": event.notes}


class EditEventForm(EventForm, VersionedForm):
    pass


class BookingForm(PartnershipChoicesMixin, forms.Form):
    name = forms.CharField(label="Full name", max_length=200, error_messages={"required": "Enter the delegate's "
                                                                                          "full name"})
    email = forms.EmailField(label="Email address", error_messages={
        "required": "Enter the delegate's email address",
        "invalid": "Enter the delegate's email address in the right format, like name@example.org"})
    organisation = forms.ModelChoiceField(Organisation.objects.all(), label="Organisation",
                                          error_messages={"required": "Choose the delegate's organisation",
                                                          "invalid_choice": "Choose the delegate's organisation"})
    job_role = forms.CharField(label="Role (optional)", required=False, max_length=200)
    manager_email = forms.EmailField(label="Manager's email address (optional)", required=False,
                                     help_text="The six-to-eight-week follow-up is completed with the manager",
                                     error_messages={"invalid": "Enter the manager's email address in the right "
                                                                "format, like name@example.org"})


class BookingFileForm(forms.Form):
    # Empty files pass here so the reader's own reason ("The file is empty") is the one shown.
    file = forms.FileField(label="Booking system export", allow_empty_file=True,
                           help_text="A CSV (.csv) or Excel (.xlsx) file with a row for each person booked",
                           error_messages={"required": "Choose the file to import",
                                           "invalid": "Choose the file to import",
                                           "empty": "The file is empty: export the bookings again"})
