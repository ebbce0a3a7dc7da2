"""The GOV.UK date input: day, month and year boxes in a fieldset, with the Design System's error messages.

Every date a person types goes through `DateField`, so they all read and complain the same way.
"""
import datetime
from collections.abc import Callable

from django import forms
from django.core.exceptions import ValidationError
from django.forms.boundfield import BoundField

from assure.core import clock

from .date_parts import PARTS, DateProblem, missing_phrase, read_date

DEFAULT_HINT = "For example, 27 3 2026"
DateLimit = datetime.date | Callable[[], datetime.date] | None


class DateInput(forms.MultiWidget):
    """Three text boxes (day, month, year); the day box carries the field's id so labels and links land on it."""

    template_name = "django/forms/widgets/date_input.html"

    def __init__(self, attrs=None):
        box = {"inputmode": "numeric"}
        super().__init__({part: forms.TextInput(attrs=box) for part in PARTS}, attrs)

    def decompress(self, value):
        if isinstance(value, str):
            try:
                value = datetime.date.fromisoformat(value)
            except ValueError:
                return [None, None, None]
        if isinstance(value, datetime.date):
            return [str(value.day), str(value.month), str(value.year)]
        return [None, None, None]

    def get_context(self, name, value, attrs):
        attrs = dict(attrs or {})
        error_parts = attrs.pop("error_parts", ())
        context = super().get_context(name, value, attrs)
        field_id = context["widget"]["attrs"].get("id")
        for part, box in zip(PARTS, context["widget"]["subwidgets"]):
            box["part"], box["label"], box["error"] = part, part.capitalize(), part in error_parts
            if field_id:
                box["attrs"]["id"] = field_id if part == "day" else f"{field_id}_{part}"
        return context


class DateBoundField(BoundField):
    """Knows which boxes are in error, so only those are highlighted and the summary links to the first."""

    def error_parts(self) -> tuple[str, ...]:
        parts = []
        for error in self.errors.as_data():
            named = (error.params or {}).get("parts") if isinstance(error.params, dict) else None
            parts.extend(named or PARTS)
        return tuple(part for part in PARTS if part in parts)

    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        attrs["error_parts"] = self.error_parts()
        return attrs

    @property
    def error_anchor(self) -> str:
        parts = self.error_parts()
        first = parts[0] if parts else "day"
        return self.auto_id if first == "day" else f"{self.auto_id}_{first}"


def _resolve(limit: DateLimit) -> datetime.date | None:
    return limit() if callable(limit) else limit


class DateField(forms.Field):
    """A date typed as day / month / year.

    `what` is how messages name the date ("the date the partnership became aware"); it defaults to the
    label. `earliest` / `latest` (a date, or a function giving one, called on each check) refuse dates
    out of range; `too_early` / `too_late` say why in the users' words.
    """

    widget = DateInput

    def __init__(self, *, label: str, what: str | None = None, required: bool = True, help_text: str = DEFAULT_HINT,
                 earliest: DateLimit = None, latest: DateLimit = None, too_early: str | None = None,
                 too_late: str | None = None, **kwargs):
        self.what = what or "the " + label.removesuffix("(optional)").strip()[:1].lower() + \
            label.removesuffix("(optional)").strip()[1:]
        self.earliest, self.latest, self.too_early, self.too_late = earliest, latest, too_early, too_late
        super().__init__(label=label, required=required, help_text=help_text, **kwargs)
        what_capital = self.what[:1].upper() + self.what[1:]
        self.error_messages = {
            "required": f"Enter {self.what}",
            "not_real": f"{what_capital} must be a real date",
            "year_digits": "Year must include 4 numbers",
            "missing": f"{what_capital} must include {{missing}}",
            **(kwargs.get("error_messages") or {}),
        }

    def get_bound_field(self, form, field_name):
        return DateBoundField(form, self, field_name)

    def _problem(self, problem: DateProblem) -> ValidationError:
        message = self.error_messages[problem.kind].replace("{missing}", missing_phrase(problem.parts))
        return ValidationError(message, code=problem.kind, params={"parts": problem.parts})

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                raise self._problem(DateProblem("not_real")) from None
        try:
            return read_date(*value)
        except DateProblem as problem:
            raise self._problem(problem) from None

    def clean(self, value):
        date = self.to_python(value)
        if date is None:
            if self.required:
                raise ValidationError(self.error_messages["required"], code="required", params={"parts": PARTS})
            return None
        self._check_range(date)
        self.run_validators(date)
        return date

    def _check_range(self, date: datetime.date) -> None:
        what = self.what[:1].upper() + self.what[1:]
        earliest, latest, today = _resolve(self.earliest), _resolve(self.latest), clock.today()
        if earliest and date < earliest:
            default = (f"{what} must be today or in the future" if earliest == today
                       else f"{what} must be the same as or after {earliest:%-d %B %Y}")
            raise ValidationError(self.too_early or default, code="too_early")
        if latest and date > latest:
            default = (f"{what} must be today or in the past" if latest == today
                       else f"{what} must be the same as or before {latest:%-d %B %Y}")
            raise ValidationError(self.too_late or default, code="too_late")

    def has_changed(self, initial, data):
        try:
            return self.to_python(initial) != self.to_python(data)
        except ValidationError:
            return True
