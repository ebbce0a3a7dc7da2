"""The yearly report's forms: what people type; the services check it."""
from django import forms

from assure.core import clock
from assure.core.forms import DateField, PartnershipChoicesMixin, VersionedForm
from assure.partnerships.models import Organisation

from .models import YearlyReport


class StartReportForm(forms.Form):
    kind = forms.ChoiceField(label="Which report", choices=YearlyReport.Kind.choices, widget=forms.RadioSelect,
                             error_messages={"required": "Choose whether the report is children's, adults' or joint"})
    starts_on = DateField(label="Period from", what="the date the period starts",
                          help_text="For example, 1 4 2025")
    ends_on = DateField(label="Period to", what="the date the period ends", help_text="For example, 31 3 2026")
    title = forms.CharField(label="Title (optional)", required=False, max_length=200,
                            help_text="Leave blank for a title such as “Yearly report 2025/26”")


class SectionTextForm(VersionedForm):
    text = forms.CharField(label="Your text", required=False, widget=forms.Textarea(attrs={"rows": 12}),
                           help_text="Leave a blank line between paragraphs.")


class CommentForm(forms.Form):
    text = forms.CharField(label="Comment", widget=forms.Textarea(attrs={"rows": 4}), max_length=4000,
                           error_messages={"required": "Enter your comment"})
    key = forms.CharField(required=False, widget=forms.HiddenInput)


class ReasonForm(forms.Form):
    reason = forms.CharField(label="Why the report does not meet this requirement",
                             widget=forms.Textarea(attrs={"rows": 5}), max_length=2000,
                             error_messages={"required": "Enter why the report does not meet this requirement"})


class PartnerReportForm(PartnershipChoicesMixin, forms.Form):
    organisation = forms.ModelChoiceField(label="Partner", queryset=Organisation.objects.all(),
                                          error_messages={"required": "Choose the partner whose report this is"})
    title = forms.CharField(label="Title", max_length=200,
                            error_messages={"required": "Enter the title of the partner's report"})
    file = forms.FileField(label="The report", help_text="A PDF, Word, Excel, PowerPoint, OpenDocument or text file",
                           error_messages={"required": "Choose the partner's report to upload"})


class SignOffForm(VersionedForm):
    pass


class ReopenForm(VersionedForm):
    reason = forms.CharField(label="Why reopen the report", widget=forms.Textarea(attrs={"rows": 4}),
                             error_messages={"required": "Enter why the report is being reopened"})


class PublishForm(VersionedForm):
    published_on = DateField(label="Date published", what="the date the report was published",
                             latest=clock.today, too_late="The date the report was published must be today or in "
                                                          "the past")
    web_address = forms.URLField(label="Web address", max_length=200, assume_scheme="https",
                                 help_text="Where the public can read the report, for example "
                                           "https://www.example.org.uk/yearly-report",
                                 error_messages={"required": "Enter the web address where the report can be read",
                                                 "invalid": "Enter a web address, like https://www.example.org.uk"})


class RecipientForm(forms.Form):
    name = forms.CharField(label="Who else the report is sent to", max_length=200,
                           error_messages={"required": "Enter who the report is sent to"})


class SendingForm(VersionedForm):
    sent_on = DateField(label="Date sent", what="the date the report was sent", latest=clock.today,
                        too_late="The date the report was sent must be today or in the past")
    how = forms.CharField(label="How it was sent", max_length=200,
                          help_text="For example, by email to the Panel's mailbox",
                          error_messages={"required": "Enter how the report was sent"})
