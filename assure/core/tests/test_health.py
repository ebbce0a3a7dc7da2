"""/healthz and /readyz: unauthenticated, outside the partnerships' pages, "ok" or "unavailable" and nothing more."""
import pytest
from django.db import OperationalError, connections
from django.test import Client


def test_healthz_answers_without_touching_the_database():
    # No `db` fixture: pytest-django refuses any query, so a 200 here proves the database was not asked.
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert response["Content-Type"].startswith("text/plain")
    assert response["Cache-Control"] == "no-store"


def test_probes_answer_plain_http_from_any_host_name_in_production(settings, db):
    # A load balancer probes the machine's own address over HTTP: no HTTPS redirect, no host check.
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["assure.example.org"]
    client = Client(HTTP_HOST="10.0.0.7:8000")
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200


@pytest.mark.django_db
def test_readyz_is_ok_when_the_database_answers():
    response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.content == b"ok\n"


@pytest.mark.django_db
def test_readyz_is_503_when_the_database_fails_and_says_nothing_of_why(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError('connection to server at "db.internal" (10.1.2.3), port 5432 failed: password')

    monkeypatch.setattr(connections["default"], "cursor", refuse)
    response = Client().get("/readyz")
    assert response.status_code == 503
    assert response.content == b"unavailable\n"
    assert b"db.internal" not in response.content and b"5432" not in response.content


def test_probes_take_no_posts():
    response = Client().post("/healthz")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_probes_are_not_under_a_partnership_or_sign_in():
    # Exact paths only: anything else goes on to the site (and to sign-in).
    from assure.core import health

    assert health.HEALTH == "/healthz" and health.READY == "/readyz"
    response = Client().get("/healthz/extra")
    assert response.status_code != 200 or response.content != b"ok\n"
