"""Fields and small bases shared by the meetings forms."""
import datetime

from django import forms

from .. import queries

MONTHS = [(m, datetime.date(2000, m, 1).strftime("%B")) for m in range(1, 13)]
TIME = forms.TimeInput(attrs={"type": "time", "class": "govuk-input--width-5"}, format="%H:%M")


def person_label(person) -> str:
    return f"{person.full_name} ({person.organisation})" if person.organisation_id else person.full_name


class PersonChoiceField(forms.TypedChoiceField):
    """One person of the partnership; the body's members are offered first. Anyone else's id is refused."""

    def __init__(self, *, partnership, body=None, empty_label="None", only_members=False, people=None, **kwargs):
        # `people`: people_for's (members, others), when a form with many such fields has read them once already.
        members, others = people if people is not None else queries.people_for(partnership, body)
        if only_members:
            others = []
        self.people = {str(p.pk): p for p in members + others}
        choices = [("", empty_label)]
        if members and others:
            choices += [(f"Members of {body}", [(p.pk, person_label(p)) for p in members]),
                        ("Other people in the partnership", [(p.pk, person_label(p)) for p in others])]
        else:
            choices += [(p.pk, person_label(p)) for p in members + others]
        kwargs.setdefault("required", False)
        super().__init__(choices=choices, coerce=lambda value: self.people[str(value)], empty_value=None, **kwargs)


class PeopleChoiceField(forms.TypedMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, *, partnership, body=None, **kwargs):
        members, others = queries.people_for(partnership, body)
        self.people = {str(p.pk): p for p in members + others}
        choices = [(p.pk, person_label(p) + (" – member" if body else "")) for p in members]
        choices += [(p.pk, person_label(p)) for p in others]
        kwargs.setdefault("required", False)
        super().__init__(choices=choices, coerce=lambda value: self.people[str(value)], **kwargs)
