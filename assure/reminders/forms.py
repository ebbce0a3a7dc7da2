from django import forms

from assure.core.forms import VersionedForm

from .models import WEEKDAYS, Preference, ReminderSettings


class PreferenceForm(VersionedForm):
    due_soon = forms.BooleanField(required=False, label=Preference._meta.get_field("due_soon").verbose_name)
    overdue = forms.BooleanField(required=False, label=Preference._meta.get_field("overdue").verbose_name)
    digest = forms.BooleanField(required=False, label=Preference._meta.get_field("digest").verbose_name)
    circulation = forms.BooleanField(required=False, label=Preference._meta.get_field("circulation").verbose_name)

    @staticmethod
    def initial_for(preference) -> dict:
        return {name: getattr(preference, name) for name in Preference.KINDS} | VersionedForm.version_of(preference)


class SettingsForm(VersionedForm):
    days_before_due = forms.IntegerField(
        label=ReminderSettings._meta.get_field("days_before_due").verbose_name, min_value=1, max_value=60,
        help_text="Owners are emailed once when an action comes this close to its due date, and again when it "
                  "becomes overdue.",
        widget=forms.NumberInput(attrs={"class": "govuk-input--width-3"}),
        error_messages={"required": "Enter the number of days before an action is due to remind its owners",
                        "invalid": "Days before an action is due must be a whole number, like 7",
                        "min_value": "Days before an action is due must be 1 or more",
                        "max_value": "Days before an action is due must be 60 or fewer"})
    digest_weekday = forms.TypedChoiceField(
        label=ReminderSettings._meta.get_field("digest_weekday").verbose_name, choices=WEEKDAYS, coerce=int,
        widget=forms.RadioSelect, error_messages={"required": "Choose the day the weekly digests are sent"})
    team_digest = forms.BooleanField(required=False, label=ReminderSettings._meta.get_field("team_digest").verbose_name,
                                     help_text="Overdue actions across the partnership, those due this week, review "
                                               "clocks within two weeks and owners with no email address.")

    @staticmethod
    def initial_for(settings) -> dict:
        return {"days_before_due": settings.days_before_due, "digest_weekday": settings.digest_weekday,
                "team_digest": settings.team_digest} | VersionedForm.version_of(settings)
