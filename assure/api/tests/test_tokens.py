"""Creating and revoking tokens on the pages and on the command line. A token is shown once; only its hash is
kept; everyone manages their own, the business team every token of the partnership."""
import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from assure.api import cli, services
from assure.api.models import ApiToken
from assure.cli import build_parser
from assure.conftest import signed_in_client
from assure.core.secret_links import hash_token

from .conftest import client_with


def test_anyone_signed_in_creates_a_token_that_is_shown_once(partnership, readonly_user):
    client = signed_in_client(readonly_user)
    url = reverse("api:token-list", args=[partnership.slug])
    response = client.post(url, {"name": "Scrutiny spreadsheet"})
    assert response.status_code == 200
    token = ApiToken.objects.get()
    secret = response.context["new"].secret
    assert token.user == readonly_user and token.token_hash == hash_token(secret)
    assert secret in response.content.decode()
    listing = client.get(url).content.decode()
    assert "Scrutiny spreadsheet" in listing and secret not in listing
    assert client_with(secret).get(reverse("api-v1:meeting-list")).status_code == 200


def test_a_token_needs_a_name(partnership, member_user):
    response = signed_in_client(member_user).post(reverse("api:token-list", args=[partnership.slug]), {"name": " "})
    assert "Enter what the token is for" in response.content.decode()
    assert not ApiToken.objects.exists()


def test_the_owner_revokes_their_token_and_it_stops_working(partnership, member_user):
    new = services.create_token(partnership=partnership, user=member_user, name="Dashboard", by=member_user)
    client = signed_in_client(member_user)
    response = client.post(reverse("api:token-revoke", args=[partnership.slug, new.token.pk]))
    assert response.status_code == 302
    new.token.refresh_from_db()
    assert new.token.revoked_at is not None
    assert client_with(new.secret).get(reverse("api-v1:meeting-list")).status_code == 401


def test_the_business_team_sees_and_revokes_anyone_s_token(partnership, business_user, member_user):
    new = services.create_token(partnership=partnership, user=member_user, name="Police dashboard", by=member_user)
    client = signed_in_client(business_user)
    page = client.get(reverse("api:token-all", args=[partnership.slug])).content.decode()
    assert "Police dashboard" in page and "mo" in page
    client.post(reverse("api:token-revoke", args=[partnership.slug, new.token.pk]))
    new.token.refresh_from_db()
    assert new.token.revoked_at is not None


def test_nobody_else_revokes_a_token(partnership, business_user, member_user, readonly_user):
    new = services.create_token(partnership=partnership, user=business_user, name="Board pack", by=business_user)
    for user in (member_user, readonly_user):
        url = reverse("api:token-revoke", args=[partnership.slug, new.token.pk])
        assert signed_in_client(user).post(url).status_code == 404
        with pytest.raises(PermissionDenied):
            services.revoke_token(new.token, by=user)
    new.token.refresh_from_db()
    assert new.token.revoked_at is None


def test_nobody_creates_a_token_for_someone_else(partnership, business_user, member_user):
    with pytest.raises(PermissionDenied):
        services.create_token(partnership=partnership, user=member_user, name="x", by=business_user)
    assert not ApiToken.objects.exists()


def test_the_accounts_page_links_to_every_token(partnership, business_user):
    page = signed_in_client(business_user).get(reverse("partnerships:account-list", args=[partnership.slug]))
    assert reverse("api:token-all", args=[partnership.slug]) in page.content.decode()


def run(*args):
    parsed = build_parser().parse_args(["token", *args])
    return parsed.handler(parsed)


def test_the_command_line_creates_lists_and_revokes_tokens(partnership, member_user, capsys):
    assert run("create", "--user", "mo", "--partnership", partnership.slug, "--name", "Analysts") == 0
    secret = capsys.readouterr().out.strip()
    token = ApiToken.objects.get()
    assert token.token_hash == hash_token(secret) and token.name == "Analysts"
    assert run("list", "--partnership", partnership.slug) == 0
    listed = capsys.readouterr().out
    assert "Analysts" in listed and "working" in listed and secret not in listed
    assert run("revoke", "--partnership", partnership.slug, str(token.pk)) == 0
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_the_command_line_refuses_what_it_cannot_do(partnership, other_partnership, member_user, capsys):
    assert run("create", "--user", "nobody", "--partnership", partnership.slug) == 2
    assert run("create", "--user", "mo", "--partnership", "nowhere") == 2
    assert run("create", "--user", "mo", "--partnership", other_partnership.slug) == 2
    assert "has no role" in capsys.readouterr().err
    assert run("revoke", "--partnership", partnership.slug, "999") == 2
    assert not ApiToken.objects.exists()
    assert cli.register   # registered in assure/cli.py APPS_WITH_COMMANDS
