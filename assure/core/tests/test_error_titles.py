"""Every form page sent back with errors starts its title with "Error: " (GOV.UK), and only then.

Walks every partnership URL of the permission matrix as the business team (who may open every page), posting an
empty form and asking with nonsense filters, plus the sign-in pages.
"""
import re

import pytest
from django.test import Client
from django.urls import reverse

from assure.conftest import signed_in_client
from assure.core.tests.test_permission_matrix import cases, partnership_url_names, url_for, world  # noqa: F401

# What a browser posts for a form left empty: the CSRF token (not checked in tests), nothing typed.
EMPTY_FORM = {"csrfmiddlewaretoken": "not-checked-in-tests"}
NONSENSE = {"status": "nonsense", "owner": "x", "due": "never", "start_day": "99", "start_month": "1",
            "start_year": "2026", "end_day": "", "end_month": "", "end_year": "", "body": "x"}


def title_of(response) -> str:
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)[1].strip()


def has_summary(response) -> bool:
    return "govuk-error-summary" in response.content.decode()


def check(response, label, wrong):
    if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
        return False
    title = title_of(response)
    if has_summary(response) != title.startswith("Error: "):
        wrong.append(f"{label}: title {title!r} but {'an' if has_summary(response) else 'no'} error summary")
    return has_summary(response)


def test_every_form_page_with_errors_says_so_in_its_title(cases, world):  # noqa: F811
    kwargs, _ = cases
    client = signed_in_client(world.business_user)
    wrong, with_errors = [], set()
    for name in partnership_url_names():
        url = url_for(name, world.partnership.slug, kwargs[name])
        if check(client.post(url, EMPTY_FORM), f"POST {name}", wrong):
            with_errors.add(name)
        if check(client.get(url, NONSENSE), f"GET {name} with nonsense", wrong):
            with_errors.add(name)
    assert not wrong, "\n".join(wrong)
    # A floor, so the walk cannot pass by finding no form pages at all.
    assert len(with_errors) >= 25, sorted(with_errors)


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["core:sign-in"])
def test_sign_in_with_nothing_typed_says_error_in_the_title(name):
    response = Client().post(reverse(name), {"username": "", "password": ""})
    assert title_of(response).startswith("Error: ") and "Enter your username" in response.content.decode()
