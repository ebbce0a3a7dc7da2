from django import forms

from .services import NAME_MAX


class TokenForm(forms.Form):
    name = forms.CharField(
        label="What is the token for?", max_length=NAME_MAX,
        help_text="For example, the police analysts' dashboard. You will see this name in the list of your tokens.",
        error_messages={"required": "Enter what the token is for",
                        "max_length": f"The name must be {NAME_MAX} characters or fewer"})
