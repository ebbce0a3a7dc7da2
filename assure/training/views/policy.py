"""The partnership's training policy: read by everyone, changed by the business team."""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service
from assure.core.history import history_rows
from assure.core.pages import form_page

from .. import queries, services
from ..forms import PolicyForm


def policy_url(request) -> str:
    return reverse("training:policy", args=[request.partnership.slug])


@partnership_view(READ)
def policy(request):
    found = queries.policy_for(request.partnership)
    return render(request, "training/policy.html", {
        "policy": found, "saved": found.pk is not None,
        "history": history_rows(found, partnership=request.partnership) if found.pk else [],
    })


@partnership_view(MANAGE)
def policy_edit(request):
    found = queries.policy_for(request.partnership)
    form = PolicyForm(request.POST or None, initial=PolicyForm.initial_for(found))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.save_policy, partnership=request.partnership, by=request.user,
                        expected_version=form.expected_version, **form.service_fields()):
            messages.success(request, "Training policy saved.")
            return redirect(policy_url(request))
    return form_page(request, form, title="Change the training policy", caption="Training",
                     back_url=policy_url(request))
