"""CSRF with a client that enforces it (Django's test client skips the check by default)."""
import re

from django.test import Client

from assure.conftest import signed_in_client


def csrf_token_from(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode()).group(1)


def test_sign_in_without_csrf_token_is_refused(member_user):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/sign-in/", {"username": member_user.username, "password": "correct horse battery staple"})
    assert response.status_code == 403
    assert "form expired" in response.content.decode()


def test_sign_in_with_csrf_token_is_accepted(member_user):
    client = Client(enforce_csrf_checks=True)
    token = csrf_token_from(client.get("/sign-in/"))
    response = client.post("/sign-in/", {"username": member_user.username, "password": "correct horse battery staple",
                                         "csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_sign_out_without_csrf_token_keeps_session(member_user, partnership):
    client = signed_in_client(member_user, client=Client(enforce_csrf_checks=True))
    assert client.post("/sign-out/").status_code == 403
    assert client.get(f"/p/{partnership.slug}/").status_code == 200


def test_signed_in_post_with_token_from_page_works(member_user, partnership):
    client = signed_in_client(member_user, client=Client(enforce_csrf_checks=True))
    token = csrf_token_from(client.get(f"/p/{partnership.slug}/"))
    assert client.post("/sign-out/", {"csrfmiddlewaretoken": token}).status_code == 302
