"""Forms bind and check what was typed; the services decide and write. Choices are scoped to one partnership."""
from django import forms
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from assure.core import clock
from assure.core.dates import financial_year_label, financial_year_of
from assure.core.forms import VersionedForm

from .models import Body, Membership, Organisation, Person, Role
from .queries import close_matches


def _people(partnership):
    return Person.objects.filter(partnership=partnership).select_related("organisation").order_by("full_name")


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, person):
        where = f", {person.organisation.short_name or person.organisation.name}" if person.organisation_id else ""
        return f"{person.full_name} ({person.initials}{where})" if person.initials else f"{person.full_name}{where}"


class OrganisationForm(forms.Form):
    name = forms.CharField(label="Name", max_length=200,
                           error_messages={"required": "Enter the organisation's name"})
    short_name = forms.CharField(label="Short name (optional)", max_length=40, required=False,
                                 help_text="As used in minutes, for example 'WCC' or 'ICB'")
    kind = forms.ChoiceField(label="Kind of organisation", choices=Organisation.Kind.choices, widget=forms.RadioSelect,
                             help_text="Local authority, police and health are the three statutory safeguarding partners",
                             error_messages={"required": "Choose what kind of organisation this is"})

    field_order = ["name", "short_name", "kind"]


class EditOrganisationForm(OrganisationForm, VersionedForm):
    pass


class PersonForm(forms.Form):
    full_name = forms.CharField(label="Full name", max_length=200, error_messages={"required": "Enter the person's full name"})
    initials = forms.CharField(label="Initials (optional)", max_length=12, required=False,
                               help_text="As written against actions in minutes, for example 'JCol'. "
                                         "Left empty, they are taken from the name")
    job_title = forms.CharField(label="Job title (optional)", max_length=200, required=False)
    organisation = forms.ModelChoiceField(label="Organisation (optional)", queryset=Organisation.objects.none(),
                                          required=False, empty_label="None",
                                          error_messages={"invalid_choice": "Choose an organisation from the list"})
    email = forms.EmailField(label="Email address (optional)", required=False,
                             error_messages={"invalid": "Enter an email address in the right format, like name@example.org"})

    field_order = ["full_name", "initials", "job_title", "organisation", "email"]

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organisation.objects.filter(partnership=partnership).order_by("name")
        self.close_matches = []


class AddPersonForm(PersonForm):
    """Adding someone: a name closely matching a person already here is shown, linked, and must be confirmed.
    Editing (`person=`) asks the same only when the name changes, and never about the person themselves."""

    def __init__(self, *args, partnership, person=None, **kwargs):
        super().__init__(*args, partnership=partnership, **kwargs)
        typed = " ".join(str(self.data.get("full_name", "")).split()) if self.is_bound else ""
        unchanged = person is not None and typed.casefold() == " ".join(person.full_name.split()).casefold()
        if typed and not unchanged:
            self.close_matches = close_matches(partnership, typed, exclude_pk=person.pk if person else None)
        if self.close_matches:
            links = format_html_join(", ", '<a class="govuk-link" href="{}">{}</a>', [
                (reverse("partnerships:person-detail", args=[partnership.slug, p.pk]),
                 p.full_name + (f" ({p.organisation})" if p.organisation_id else "")) for p in self.close_matches])
            self.fields["different_person"] = forms.BooleanField(
                required=False, label="This is a different person",
                help_text=format_html("Already in the partnership: {}. Tick only if this is someone else.", links))

    def clean(self):
        data = super().clean()
        if self.close_matches and not data.get("different_person"):
            self.add_error("full_name", f"{data.get('full_name') or 'This name'} closely matches "
                                        f"{self.close_matches[0].full_name}, already in this partnership. Open their "
                                        "record, or tick 'This is a different person'")
        return data


class EditPersonForm(AddPersonForm, VersionedForm):
    pass


class BodyForm(forms.Form):
    name = forms.CharField(label="Name", max_length=200, error_messages={"required": "Enter the name of the board or group"})
    short_name = forms.CharField(label="Short name (optional)", max_length=40, required=False)
    kind = forms.ChoiceField(label="Kind", choices=Body.Kind.choices, widget=forms.RadioSelect,
                             error_messages={"required": "Choose whether this is the Executive Board, "
                                                         "a partnership group or a subgroup"})
    reports_to = forms.ModelChoiceField(label="Reports to (optional)", queryset=Body.objects.none(), required=False,
                                        empty_label="Nobody",
                                        error_messages={"invalid_choice": "Choose a board or group from the list"})

    field_order = ["name", "short_name", "kind", "reports_to"]

    def __init__(self, *args, partnership, body=None, **kwargs):
        super().__init__(*args, **kwargs)
        choices = Body.objects.filter(partnership=partnership).order_by("name")
        if body is not None:
            choices = choices.exclude(pk=body.pk)
        self.fields["reports_to"].queryset = choices


class EditBodyForm(BodyForm, VersionedForm):
    pass


def financial_years(*keep) -> list[tuple[str, str]]:
    """Financial years to choose from: five back and five ahead of the current one, and any year already set."""
    current = financial_year_of(clock.today())
    years = sorted({*range(current - 5, current + 6), *(year for year in keep if year is not None)})
    return [(str(year), financial_year_label(year)) for year in years]


class PriorityForm(forms.Form):
    title = forms.CharField(label="Priority", max_length=200, help_text="For example 'Neglect' or 'Exploitation'",
                            error_messages={"required": "Enter the priority, for example 'Neglect'"})
    description = forms.CharField(label="Description (optional)", required=False, widget=forms.Textarea(attrs={"rows": 4}),
                                  help_text="What the partnership wants to change, and how it will know")
    first_year = forms.TypedChoiceField(label="First year (optional)", required=False, coerce=int, empty_value=None,
                                        help_text="The financial year the priority was set",
                                        error_messages={"invalid_choice": "Choose a financial year from the list"})
    last_year = forms.TypedChoiceField(label="Last year (optional)", required=False, coerce=int, empty_value=None,
                                       help_text="Leave as 'Still a priority' while it stands",
                                       error_messages={"invalid_choice": "Choose a financial year from the list"})

    field_order = ["title", "description", "first_year", "last_year"]

    def __init__(self, *args, priority=None, **kwargs):
        super().__init__(*args, **kwargs)
        years = financial_years(*((priority.first_year, priority.last_year) if priority else ()))
        self.fields["first_year"].choices = [("", "Not set"), *years]
        self.fields["last_year"].choices = [("", "Still a priority"), *years]

    def clean(self):
        data = super().clean()
        first, last = data.get("first_year"), data.get("last_year")
        if first is not None and last is not None and last < first:
            self.add_error("last_year", "The last year must be the same as or after the first year")
        return data


class EditPriorityForm(PriorityForm, VersionedForm):
    pass


class MembershipForm(forms.Form):
    person = PersonChoiceField(label="Person", queryset=Person.objects.none(),
                               error_messages={"required": "Choose the person to add",
                                               "invalid_choice": "Choose a person from the list of this partnership's people"})
    role = forms.ChoiceField(label="Role", choices=Membership.Role.choices, initial=Membership.Role.MEMBER,
                             widget=forms.RadioSelect, error_messages={"required": "Choose the member's role"})
    deputy = PersonChoiceField(label="Named deputy (optional)", queryset=Person.objects.none(), required=False,
                               empty_label="No named deputy", help_text="Who attends in this member's place",
                               error_messages={"invalid_choice": "Choose a deputy from the list of this "
                                                                 "partnership's people"})

    field_order = ["person", "role", "deputy"]

    def __init__(self, *args, partnership, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = _people(partnership)
        self.fields["deputy"].queryset = _people(partnership)
        if editing:
            del self.fields["person"]


class EditMembershipForm(MembershipForm, VersionedForm):
    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, partnership=partnership, editing=True, **kwargs)


class AccountForm(forms.Form):
    person = PersonChoiceField(label="Person", queryset=Person.objects.none(),
                               help_text="Only people without an account are listed. Add them on the People page first",
                               error_messages={"required": "Choose the person this account is for",
                                               "invalid_choice": "Choose a person from the list"})
    username = forms.CharField(label="Username", max_length=150, help_text="What they type to sign in",
                               error_messages={"required": "Enter a username"})
    kind = forms.ChoiceField(label="Role", choices=Role.Kind.choices, widget=forms.RadioSelect,
                             help_text="Business team: manage everything. Member: read the partnership's business "
                                       "and update their own actions. Read-only: read only",
                             error_messages={"required": "Choose a role"})

    def __init__(self, *args, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = _people(partnership).filter(user__isnull=True)


class RoleForm(forms.Form):
    kind = forms.ChoiceField(label="Role", choices=Role.Kind.choices, widget=forms.RadioSelect,
                             error_messages={"required": "Choose a role"})
