"""The GOV.UK date input: messages, which boxes are highlighted, where the summary links, range limits."""
import datetime

import pytest
from django import forms
from django.template import Context, Template

from assure.core import clock
from assure.core.forms import DateField


class AwareForm(forms.Form):
    aware = DateField(label="Date the partnership became aware")
    due = DateField(label="Due date (optional)", required=False)
    held = DateField(label="Date held", required=False, latest=clock.today)
    meeting = DateField(label="Meeting date", required=False, earliest=datetime.date(2000, 1, 1),
                        too_early="A meeting before 2000 is not plausible: check the year")


def bound(**dates):
    data = {"aware_day": "9", "aware_month": "3", "aware_year": "2026"}
    for name, (day, month, year) in dates.items():
        data.update({f"{name}_day": day, f"{name}_month": month, f"{name}_year": year})
    return AwareForm(data)


@pytest.mark.parametrize("dates, field, message", [
    ({"aware": ("", "", "")}, "aware", "Enter the date the partnership became aware"),
    ({"aware": ("9", "", "2026")}, "aware", "The date the partnership became aware must include a month"),
    ({"aware": ("", "", "2026")}, "aware", "The date the partnership became aware must include a day and month"),
    ({"aware": ("31", "2", "2026")}, "aware", "The date the partnership became aware must be a real date"),
    ({"aware": ("1", "2", "26")}, "aware", "Year must include 4 numbers"),
    ({"due": ("1", "x", "2026")}, "due", "The due date must be a real date"),
    ({"held": ("10", "3", "2026")}, "held", "The date held must be today or in the past"),
    ({"meeting": ("1", "1", "1926")}, "meeting", "A meeting before 2000 is not plausible: check the year"),
])
def test_design_system_messages(dates, field, message):
    form = bound(**dates)
    assert not form.is_valid()
    assert form.errors[field] == [message]


def test_a_valid_date_and_an_empty_optional_one():
    form = bound(due=("", "", ""), held=("9", "3", "2026"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["aware"] == datetime.date(2026, 3, 9)
    assert form.cleaned_data["due"] is None
    assert form.cleaned_data["held"] == clock.today()


def test_only_the_boxes_in_error_are_highlighted_and_the_summary_links_to_the_first():
    form = bound(aware=("", "3", ""))
    form.is_valid()
    html = str(form["aware"].as_field_group())
    assert 'id="id_aware" name="aware_day" type="text" inputmode="numeric" aria-invalid' in html
    assert 'govuk-input--error" id="id_aware_year"' in html
    assert 'govuk-input--error" id="id_aware_month"' not in html
    summary = Template('{% include "includes/error_summary.html" %}').render(Context({"form": form}))
    assert '<a href="#id_aware">The date the partnership became aware must include a day and year</a>' in summary


def test_summary_links_to_the_month_when_only_the_month_is_missing():
    form = bound(aware=("9", "", "2026"))
    form.is_valid()
    assert form["aware"].error_anchor == "id_aware_month"


def test_rendered_in_a_fieldset_with_legend_hint_and_the_value_kept():
    form = bound(aware=("9", "x", "2026"))
    form.is_valid()
    html = str(form["aware"].as_field_group())
    assert '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Date the partnership became aware</legend>' in html
    assert "For example, 27 3 2026" in html
    assert 'value="x"' in html and 'value="9"' in html


def test_initial_date_fills_the_boxes():
    html = str(AwareForm(initial={"aware": datetime.date(2026, 4, 23)})["aware"])
    assert 'name="aware_day" type="text" inputmode="numeric" value="23"' in html
    assert 'name="aware_month" type="text" inputmode="numeric" value="4"' in html
