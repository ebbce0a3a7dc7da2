"""Security headers on every URL, for a signed-in user over HTTPS, and on the public pages."""
import pytest
from django.test import Client
from django.urls import reverse

from assure.conftest import signed_in_client

from .test_permission_matrix import PUBLIC_URLS, cases, partnership_url_names, url_for, world  # noqa: F401  (fixtures)

CSP_MUST_HAVE = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]


def header_problems(response, signed_in: bool) -> list[str]:
    problems = []
    csp = response.get("Content-Security-Policy", "")
    problems += [f"CSP lacks {d}" for d in CSP_MUST_HAVE if d not in csp]
    if "unsafe-inline" in csp or "unsafe-eval" in csp:
        problems.append("CSP allows unsafe-inline/eval")
    if "max-age=" not in response.get("Strict-Transport-Security", ""):
        problems.append("no HSTS")
    if response.get("X-Content-Type-Options") != "nosniff":
        problems.append("no nosniff")
    if not response.get("Referrer-Policy"):
        problems.append("no Referrer-Policy")
    if response.get("X-Frame-Options") != "DENY":
        problems.append("framing allowed")
    if signed_in and "no-store" not in response.get("Cache-Control", ""):
        problems.append("signed-in page may be cached")
    return problems


def test_every_partnership_url_sends_security_headers(cases, world):  # noqa: F811
    kwargs, _ = cases
    client = signed_in_client(world.business_user)
    wrong = []
    for name in partnership_url_names():
        if name in kwargs:
            response = client.get(url_for(name, world.partnership.slug, kwargs[name]), secure=True)
            problems = header_problems(response, signed_in=True)
            if problems:
                wrong.append(f"{name}: {', '.join(problems)}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", sorted(PUBLIC_URLS | {"core:home"}))
def test_public_and_home_pages_send_security_headers(name, member_user):
    response = Client().get(reverse(name), secure=True)
    assert header_problems(response, signed_in=False) == []
    signed = signed_in_client(member_user).get(reverse(name), secure=True)
    assert header_problems(signed, signed_in=True) == []


def test_http_is_redirected_to_https_in_production(settings):
    settings.SECURE_SSL_REDIRECT = True
    response = Client().get("/sign-in/")
    assert response.status_code == 301 and response["Location"].startswith("https://")


def test_session_and_csrf_cookies_are_secure_in_production():
    from django.conf import settings

    # Production is the default (DEBUG off); make run opts out for plain-HTTP localhost.
    assert settings.SESSION_COOKIE_SECURE and settings.CSRF_COOKIE_SECURE
    assert settings.SESSION_COOKIE_HTTPONLY
