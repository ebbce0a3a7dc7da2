"""Forms bind and check the shape of input; the rules (clashes, capacity, the same person twice) live in the
services."""
import datetime
from zoneinfo import ZoneInfo

from django import forms

from assure.core import clock
from assure.core.dates import financial_year_label
from assure.core.forms import STALE_PAGE, DateField, PartnershipChoicesMixin, PoundsField, VersionedForm
from assure.core.money import pounds
from assure.meetings.forms.fields import TIME
from assure.partnerships.models import Organisation, Priority
from assure.reviews.models import Review

from .models import Delegate, Event, Level, Question, Stage

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
        self.fields["review"].queryset = reviews.select_related("case")   # each choice is named by its case

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


class CancelBookingForm(VersionedForm):
    """Nothing to fill in: the version, so a booking changed meanwhile is not cancelled unseen."""


class CancelEventForm(VersionedForm):
    reason = forms.CharField(label="Why is the event cancelled?", max_length=500,
                             help_text="Shown on the event's page, for example 'The trainer is ill'",
                             widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": "Enter why the event is cancelled",
                                             "max_length": "The reason must be 500 characters or fewer"})


class RegisterForm(forms.Form):
    """One set of radios per person on the register (`mark_<booking id>`); a person left unmarked is not changed."""

    def __init__(self, *args, bookings=(), marks=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.bookings = list(bookings)
        for booking in self.bookings:
            name = booking.delegate.name
            self.fields[f"mark_{booking.pk}"] = forms.ChoiceField(
                label=name, choices=marks, widget=forms.RadioSelect, required=False,
                error_messages={"invalid_choice": f"Choose attended, did not attend or cancelled late for {name}"})

    def marks(self) -> dict[int, str]:
        return {booking.pk: self.cleaned_data[f"mark_{booking.pk}"] for booking in self.bookings
                if self.cleaned_data.get(f"mark_{booking.pk}")}

    def rows(self):
        return [(booking, self[f"mark_{booking.pk}"]) for booking in self.bookings]
# --- Policy, charges, delegates, learning outcomes ------------------------------------------------

def _whole_number(*, label, what, least, most, unit, help_text=""):
    return forms.IntegerField(label=label, min_value=least, max_value=most, help_text=help_text,
                              widget=forms.NumberInput(attrs={"class": "govuk-input--width-4"}),
                              error_messages={"required": f"Enter {what}",
                                              "invalid": f"Enter {what} as a whole number",
                                              "min_value": f"{what[0].upper()}{what[1:]} must be {least} or more",
                                              "max_value": f"{what[0].upper()}{what[1:]} must be {most} {unit} "
                                                           "or fewer"})


class PolicyForm(VersionedForm):
    """The version is 0 while the partnership has saved no policy (`expected_version` is then None)."""
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0, error_messages={
        "required": STALE_PAGE, "invalid": STALE_PAGE, "min_value": STALE_PAGE})
    notice_working_days = _whole_number(
        label="Notice period for cancelling, in working days", what="the notice period", least=0, most=30,
        unit="working days", help_text="Cancelling fewer working days than this before the event is cancelling late")
    did_not_attend_charge_pence = PoundsField(what="the charge for not attending",
                                              label="Charge for not attending")
    late_cancellation_charge_pence = PoundsField(what="the charge for cancelling late",
                                                 label="Charge for cancelling late")
    charging_note = forms.CharField(label="Who is charged (optional)", required=False, max_length=300,
                                    help_text="For example, 'Charged to the delegate's organisation'")
    after_link_days = _whole_number(label="Days the straight-after evaluation stays open",
                                    what="how long the evaluation link stays open", least=1, most=60, unit="days")
    follow_up_from_weeks = _whole_number(label="Follow-up with the manager: from this many weeks after the event",
                                         what="the start of the follow-up", least=1, most=26, unit="weeks")
    follow_up_until_weeks = _whole_number(label="Until this many weeks after the event",
                                          what="the end of the follow-up", least=1, most=26, unit="weeks")

    @property
    def expected_version(self):
        return self.cleaned_data["version"] or None

    def service_fields(self) -> dict:
        return {name: value for name, value in self.cleaned_data.items() if name != "version"}

    @staticmethod
    def initial_for(policy) -> dict:
        return {"version": policy.version if policy.pk else 0,
                "notice_working_days": policy.notice_working_days,
                "did_not_attend_charge_pence": pounds(policy.did_not_attend_charge_pence).removeprefix("£"),
                "late_cancellation_charge_pence": pounds(policy.late_cancellation_charge_pence).removeprefix("£"),
                "charging_note": policy.charging_note, "after_link_days": policy.after_link_days,
                "follow_up_from_weeks": policy.follow_up_from_weeks,
                "follow_up_until_weeks": policy.follow_up_until_weeks}


class ChargesYearForm(forms.Form):
    year = forms.TypedChoiceField(label="Financial year", coerce=int, choices=(), error_messages={
        "required": "Choose the financial year", "invalid_choice": "Choose a financial year from the list"})

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, financial_year_label(year)) for year in years]


class WaiveForm(VersionedForm):
    reason = forms.CharField(label="Why is the charge waived?", max_length=300,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             help_text="For example, 'Called in to a child protection conference'",
                             error_messages={"required": "Enter why the charge is waived"})


class EditDelegateForm(BookingForm, VersionedForm):
    pass


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(Delegate.objects.none(), label="The delegate to keep",
                                  error_messages={"required": "Choose the delegate to keep",
                                                  "invalid_choice": "Choose the delegate to keep"})

    def __init__(self, *args, candidates=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["into"].queryset = candidates if candidates is not None else Delegate.objects.none()
        self.fields["into"].label_from_instance = lambda d: f"{d.name} ({d.email}, {d.organisation})"


class OutcomeForm(forms.Form):
    text = forms.CharField(label="Learning outcome", max_length=300, widget=forms.Textarea(attrs={"rows": 2}),
                           help_text="Something a delegate will be able to do, for example 'Recognise the signs "
                                     "of neglect in a baby'",
                           error_messages={"required": "Enter the learning outcome"})


class EditOutcomeForm(OutcomeForm, VersionedForm):
    pass
class BookingFileForm(forms.Form):
    # Empty files pass here so the reader's own reason ("The file is empty") is the one shown.
    file = forms.FileField(label="Booking system export", allow_empty_file=True,
                           help_text="A CSV (.csv) or Excel (.xlsx) file with a row for each person booked",
                           error_messages={"required": "Choose the file to import",
                                           "invalid": "Choose the file to import",
                                           "empty": "The file is empty: export the bookings again"})
# --- Evaluation ---------------------------------------------------------------------------------------------------

class QuestionForm(forms.Form):
    stage = _radios(Stage.choices, label="Stage", required_message="Choose the stage that asks the question")
    kind = _radios(Question.Kind.choices, label="Kind of question", required_message="Choose the kind of question",
                   help_text="A confidence question is asked once for each learning outcome")
    text = forms.CharField(label="Question", max_length=300, widget=forms.Textarea(attrs={"rows": 2}),
                           error_messages={"required": "Enter the question"})
    required = forms.BooleanField(label="People must answer it", required=False, initial=True)


class EditQuestionForm(QuestionForm, VersionedForm):
    """The stage stays: a question moves to another stage by adding it there."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["stage"]


class IssueLinksForm(forms.Form):
    stage = _radios(Stage.choices, label="Which form", required_message="Choose the form to issue links to")


SCALES = {
    Question.Kind.CONFIDENCE: ["1 Not at all confident", "2 A little confident", "3 Fairly confident",
                               "4 Confident", "5 Very confident"],
    Question.Kind.USEFULNESS: ["1 Not at all useful", "2 A little useful", "3 Fairly useful", "4 Useful",
                               "5 Very useful"],
    Question.Kind.RATING: ["1 Very poor", "2 Poor", "3 Fair", "4 Good", "5 Very good"],
}


class EvaluationForm(forms.Form):
    """One stage's questions for one delegate: a confidence question becomes one 1-5 group per learning outcome.
    `groups` gives each question with its bound fields, for the page to show under the question."""

    def __init__(self, *args, questions=(), outcomes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.keys, self.question_fields = {}, []
        for question in questions:
            names = []
            if question.kind == Question.Kind.CONFIDENCE:
                for outcome in outcomes:
                    name = f"q{question.pk}_o{outcome.pk}"
                    self.fields[name] = self._field(question, label=outcome.text,
                                                    required_message=f"Choose how confident you are: {outcome.text}")
                    self.keys[name] = (question.pk, outcome.pk)
                    names.append(name)
            else:
                name = f"q{question.pk}"
                self.fields[name] = self._field(question, label=question.text)
                self.keys[name] = (question.pk, None)
                names.append(name)
            self.question_fields.append((question, names))

    @staticmethod
    def _field(question, *, label, required_message=""):
        kind, required = question.kind, question.required
        if kind in SCALES:
            message = required_message or f"Choose a number from 1 to 5: {question.text}"
            return _radios([(str(n), text) for n, text in enumerate(SCALES[kind], start=1)], label=label,
                           required_message=message, required=required)
        if kind == Question.Kind.CHANGED_PRACTICE:
            return _radios([("yes", "Yes"), ("no", "No")], label=label,
                           required_message=f"Choose yes or no: {question.text}", required=required)
        return forms.CharField(label=label if required else f"{label} (optional)", required=required,
                               max_length=5000, widget=forms.Textarea(attrs={"rows": 4}),
                               error_messages={"required": f"Enter your answer: {question.text}",
                                               "max_length": "Your answer must be 5,000 characters or fewer"})

    def groups(self):
        return [(question, [self[name] for name in names]) for question, names in self.question_fields]

    def answers(self) -> dict:
        """{(question_id, outcome_id or None): value} for submit_evaluation."""
        found = {}
        for name, key in self.keys.items():
            value = self.cleaned_data.get(name)
            if value in (None, ""):
                continue
            if isinstance(self.fields[name], forms.ChoiceField):
                value = {"yes": True, "no": False}.get(value, value)
                if isinstance(value, str):
                    value = int(value)
            found[key] = value
        return found
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
