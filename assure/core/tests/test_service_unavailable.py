"""When the database is down, a page answers 503 "Sorry, the service is unavailable", not a 500 or a traceback."""
import contextlib
from unittest import mock

from django.db import IntegrityError, OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import RequestFactory

from assure.core.errors import is_database_failure, server_error


@contextlib.contextmanager
def database_down():
    """Every new cursor on every connection fails as it does when PostgreSQL has gone away."""
    def refuse(self, *args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly (db.internal:5432)")

    with mock.patch.object(BaseDatabaseWrapper, "cursor", refuse):
        yield


def test_a_signed_in_page_answers_503_with_the_unavailable_page(client_for, business_user):
    # The session is read when the page asks who is signed in: the failure happens in a middleware, not the view.
    client = client_for(business_user)
    client.raise_request_exception = False
    with database_down():
        response = client.get("/p/fenbridge/actions/")
    assert response.status_code == 503
    page = response.content.decode()
    assert "<h1 class=\"govuk-heading-l\">Sorry, the service is unavailable</h1>" in page
    assert "<title>Sorry, the service is unavailable – Assure</title>" in page
    assert "govuk-frontend.min.css" in page
    assert "db.internal" not in page and "5432" not in page and "Traceback" not in page
    assert response["Retry-After"] == "120"
    assert response["Cache-Control"] == "no-store"


def test_a_page_that_fails_in_its_view_answers_503_too(db, partnership, client_for, business_user):
    client = client_for(business_user)
    client.raise_request_exception = False
    from assure.actions import views

    # Sign-in is read as usual; the list's own query is the one that fails (the connection dropped mid-request).
    with mock.patch.object(views.queries, "action_log", side_effect=OperationalError("could not connect to server")):
        response = client.get("/p/fenbridge/actions/")
    assert response.status_code == 503
    assert b"Sorry, the service is unavailable" in response.content


def test_any_other_error_is_still_the_500_page():
    try:
        raise IntegrityError("duplicate key value violates unique constraint")
    except IntegrityError:
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b"Sorry, there is a problem with the service" in response.content


def test_the_unavailable_page_is_drawn_without_the_database():
    # No `db` fixture: drawing the page may not query (the database is the thing that is down).
    try:
        raise OperationalError("FATAL: the database system is shutting down")
    except OperationalError:
        response = server_error(RequestFactory().get("/p/fenbridge/"))
    assert response.status_code == 503
    assert b"Sorry, the service is unavailable" in response.content
    assert b"shutting down" not in response.content


def test_a_database_failure_is_found_through_what_wrapped_it():
    try:
        try:
            raise OperationalError("database is locked")
        except OperationalError as cause:
            raise RuntimeError("while drawing the template") from cause
    except RuntimeError as wrapped:
        assert is_database_failure(wrapped)
    assert not is_database_failure(IntegrityError("duplicate key"))
    assert not is_database_failure(ValueError("no"))
    assert not is_database_failure(None)
