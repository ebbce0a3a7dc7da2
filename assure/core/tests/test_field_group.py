"""`{% field_group %}` writes a plain select or text box exactly as `{{ field.as_field_group }}` does through our
form templates, and leaves every other field to them."""
import pytest
from django import forms

from assure.core.forms import DateField
from assure.core.templatetags.widgets import field_group


class Filters(forms.Form):
    kind = forms.ChoiceField(choices=[("", "Any kind"), ("a", "A & B"), ("b", "<b>")], required=False,
                             label="Kind <of>")
    owner = forms.ChoiceField(choices=[(1, "Ann O'Neil"), (2, "Bo")], help_text="Who holds it & why")
    theme = forms.CharField(required=False, max_length=100, label="Theme contains")
    number = forms.CharField(widget=forms.TextInput(attrs={"inputmode": "numeric", "spellcheck": False}))
    grouped = forms.ChoiceField(choices=[("Group", [("x", "X")]), ("y", "Y")], required=False)
    many = forms.MultipleChoiceField(choices=[("x", "X")], required=False)
    agree = forms.BooleanField(required=False)
    note = forms.CharField(widget=forms.Textarea, required=False)
    day = DateField(required=False, label="Day")


@pytest.mark.parametrize("data", [
    None,
    {},
    {"kind": "a", "owner": "2", "theme": 'rock "n" <roll>', "number": "12"},
    {"kind": "nonsense", "owner": "9", "theme": "x" * 101, "number": ""},   # errors on every field
    {"grouped": "x", "many": ["x"], "agree": "on", "note": "<p>", "day_day": "31", "day_month": "2",
     "day_year": "2026"},
])
def test_each_field_as_the_templates_write_it(data):
    form = Filters(data)
    for name in form.fields:
        assert str(field_group(form[name])) == str(form[name].as_field_group()), name


def test_a_select_or_text_box_is_written_in_python_and_anything_else_by_the_templates(monkeypatch):
    rendered = []
    monkeypatch.setattr(forms.BoundField, "as_field_group", lambda field: rendered.append(field.name) or "")
    form = Filters({"kind": "a"})
    for name in form.fields:
        field_group(form[name])
    assert rendered == ["grouped", "many", "agree", "note", "day"]
