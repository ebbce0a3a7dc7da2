"""Every field shows its own error beside it, as the GOV.UK error message pattern asks: the summary at the top
links to it, and the field itself says what is wrong and is marked in error (not the summary alone)."""
import re

from django import forms

from assure.core.forms import DateField


class ThingForm(forms.Form):
    title = forms.CharField(label="Title", error_messages={"required": "Enter the title"})
    kind = forms.ChoiceField(label="Kind", choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect,
                             error_messages={"required": "Choose the kind"})
    agreed = forms.BooleanField(label="Agreed", error_messages={"required": "Tick to say it was agreed"})
    due = DateField(label="Due date")


def test_each_field_in_error_shows_its_message_beside_it_and_is_marked():
    form = ThingForm({})
    assert not form.is_valid()
    for name, message in [("title", "Enter the title"), ("kind", "Choose the kind"),
                          ("agreed", "Tick to say it was agreed"), ("due", "Enter the due date")]:
        html = form[name].as_field_group()
        assert "govuk-form-group--error" in html, name
        error = re.search(r'<p class="govuk-error-message" id="([^"]+)">(.*?)</p>', html, re.S)
        assert error and message in error.group(2), name
        assert error.group(1) in html.split(error.group(0))[0] + html.split(error.group(0))[1], name


def test_a_field_without_errors_shows_none():
    form = ThingForm({"title": "Neglect audit", "kind": "a", "agreed": "on", "due_day": "1", "due_month": "4",
                      "due_year": "2026"})
    assert form.is_valid(), form.errors
    assert "govuk-error-message" not in form["title"].as_field_group()
