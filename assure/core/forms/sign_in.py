from django import forms


class SignInForm(forms.Form):
    username = forms.CharField(label="Username", max_length=150, widget=forms.TextInput(attrs={"autocomplete": "username", "spellcheck": "false"}),
                               error_messages={"required": "Enter your username"})
    password = forms.CharField(label="Password", widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
                               error_messages={"required": "Enter your password"})


class CodeForm(forms.Form):
    token = forms.CharField(
        label="Security code", max_length=16,
        help_text="The 6-digit code from your authenticator app, or one of your backup codes",
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"}),
        error_messages={"required": "Enter the security code from your authenticator app"},
    )

    def clean_token(self):
        return self.cleaned_data["token"].replace(" ", "").strip()
