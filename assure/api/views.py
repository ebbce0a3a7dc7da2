"""The API token pages (ADR 0146): everyone's own tokens, and for the business team every token of the
partnership. A new token is shown once, on the page that answers its creation, and never again."""
from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service
from assure.core.pages import confirm_page

from . import services
from .forms import TokenForm
from .models import ApiToken


def _tokens(partnership):
    return ApiToken.objects.filter(partnership=partnership).select_related("user")


@partnership_view(READ)
def token_list(request):
    """Your own tokens, and the form to create one. Creating answers with the token itself, once."""
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        created = call_service(form, services.create_token, partnership=request.partnership, user=request.user,
                               name=form.cleaned_data["name"], by=request.user)
        if created:
            return render(request, "api/token_created.html", {"new": created.result})
    return render(request, "api/token_list.html", {
        "form": form, "tokens": _tokens(request.partnership).filter(user=request.user),
        "api_docs": reverse("api-v1:docs"),
    })


@partnership_view(MANAGE)
def token_all(request):
    return render(request, "api/token_all.html", {"tokens": _tokens(request.partnership)})


@partnership_view(READ)
def token_revoke(request, pk):
    """The token's owner, or the business team; anyone else gets 404, as for a record they cannot see."""
    token = _tokens(request.partnership).filter(pk=pk).first()
    if token is None or not services.may_revoke(token, request.user):
        raise Http404("No such token")
    back = reverse("api:token-all" if token.user_id != request.user.pk else "api:token-list",
                   args=[request.partnership.slug])
    form = forms.Form(request.POST if request.method == "POST" else None)
    if token.revoked_at is not None:
        return confirm_page(request, title="Revoke this token?", button="Revoke token", cancel_url=back,
                            refusal="This token was revoked already: it no longer works.")
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.revoke_token, token, by=request.user):
            messages.success(request, f"The token '{token.name}' is revoked: it no longer works.")
            return redirect(back)
    return confirm_page(request, title="Revoke this token?", button="Revoke token", cancel_url=back, form=form,
                        quote=f"{token.name} ({token.user.get_username()})",
                        paragraphs=["Anything using this token will be refused from now on. This cannot be undone: "
                                    "its owner can create a new token."])
