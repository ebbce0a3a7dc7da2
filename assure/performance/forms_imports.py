"""The dataset import's forms: the file to upload, and the (empty) form whose button confirms or discards it."""
from django import forms


class DatasetFileForm(forms.Form):
    # Empty files pass here so the reader's own reason ("The file is empty") is the one shown.
    file = forms.FileField(label="File to import", allow_empty_file=True,
                           help_text="A CSV (.csv) or Excel (.xlsx) file: the partnership's template, published "
                                     "statistics from explore-education-statistics, or statistical neighbours",
                           error_messages={"required": "Choose the file to import"})


class ImportDecisionForm(forms.Form):
    """Nothing to fill in: the buttons import or discard; a refusal from the service shows in the error summary."""
