"""Forms bind and check the shape of input; the rules (clashes, capacity, the same person twice) live in the
services."""
import datetime
from zoneinfo import ZoneInfo

from django import forms

from assure.core import clock
from assure.core.dates import financial_year_label
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


class YearForm(forms.Form):
    """The financial-year filter of the impact and returns pages (?year=2026). A year not offered is an error in the
    summary and the default year is shown."""
    year = forms.TypedChoiceField(label="Financial year", coerce=int, required=False, error_messages={
        "invalid_choice": "Choose a financial year from the list"})

    def __init__(self, data, *, years=(), all_years: str = ""):
        super().__init__(data or None)
        choices = [(year, financial_year_label(year)) for year in years]
        self.fields["year"].choices = ([("", all_years)] if all_years else []) + choices

    def chosen(self, default):
        if self.is_bound and self.is_valid() and self.cleaned_data.get("year") not in (None, ""):
            return self.cleaned_data["year"]
        return default


LEVEL_NUMBERS = {level: label.split(":")[0] for level, label in Level.choices}


class ReturnForm(PartnershipChoicesMixin, forms.Form):
    """A single-agency training return: the organisation, the year, and for each level the staff trained and (if
    the agency said) the staff in scope."""
    organisation = forms.ModelChoiceField(Organisation.objects.all(), label="Organisation",
                                          error_messages={"required": "Choose the organisation the return is from",
                                                          "invalid_choice": "Choose the organisation the return is "
                                                                            "from"})
    start_year = forms.TypedChoiceField(label="Financial year", coerce=int, error_messages={
        "required": "Choose the financial year the return covers",
        "invalid_choice": "Choose the financial year the return covers"})
    received_on = DateField(label="Date received (optional)", required=False, latest=clock.today,
                            too_late="The date received must be today or in the past")
    notes = forms.CharField(label="Notes (optional)", required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, partnership, years=(), **kwargs):
        super().__init__(*args, partnership=partnership, **kwargs)
        self.fields["start_year"].choices = [("", "Choose a year")] + [(y, financial_year_label(y)) for y in years]
        for level, label in Level.choices:
            number = LEVEL_NUMBERS[level].lower()
            self.fields[f"trained_{level}"] = forms.IntegerField(
                label=f"{label}: staff trained", min_value=0, initial=0,
                widget=forms.NumberInput(attrs={"class": "govuk-input--width-5"}),
                error_messages={"required": f"Enter the number of staff trained at {number}, or 0",
                                "invalid": f"Enter the number of staff trained at {number} as a whole number",
                                "min_value": f"Staff trained at {number} cannot be less than 0"})
            self.fields[f"in_scope_{level}"] = forms.IntegerField(
                label=f"{label}: staff in scope (optional)", min_value=0, required=False,
                help_text="How many staff should hold this level, if the agency said",
                widget=forms.NumberInput(attrs={"class": "govuk-input--width-5"}),
                error_messages={"invalid": f"Enter the number of staff in scope at {number} as a whole number",
                                "min_value": f"Staff in scope at {number} cannot be less than 0"})

    def service_fields(self) -> dict:
        data = self.cleaned_data
        return {"organisation": data["organisation"], "start_year": data["start_year"],
                "received_on": data.get("received_on"), "notes": data.get("notes", ""),
                "lines": {level: (data[f"trained_{level}"], data.get(f"in_scope_{level}"))
                          for level in Level.values}}

    @staticmethod
    def initial_for(training_return) -> dict:
        initial = {"organisation": training_return.organisation_id, "start_year": training_return.start_year,
                   "received_on": training_return.received_on, "notes": training_return.notes}
        for line in training_return.lines.all():
            initial[f"trained_{line.level}"] = line.staff_trained
            initial[f"in_scope_{line.level}"] = line.staff_in_scope
        return initial


class EditReturnForm(ReturnForm, VersionedForm):
    pass
