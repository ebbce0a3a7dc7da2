"""The request log: one JSON line per request, saying what was asked and how it went, never what was in it."""
import json
import logging

import pytest
from django.test import Client

from assure.core import request_log


@pytest.fixture
def lines():
    """The request log's lines as dicts (the logger does not propagate to pytest's caplog)."""
    collected = []

    class Collect(logging.Handler):
        def emit(self, record):
            collected.append(json.loads(record.getMessage()))

    handler = Collect(level=logging.INFO)
    request_log.log.addHandler(handler)
    yield collected
    request_log.log.removeHandler(handler)


def test_a_signed_in_page_logs_one_line_with_user_partnership_and_no_query(client_for, business_user, lines):
    client = client_for(business_user)
    response = client.get("/p/fenbridge/actions/", {"q": "Child Q bruising", "owner": "Bea Business"})
    assert response.status_code == 200
    assert len(lines) == 1
    line = lines[0]
    assert set(line) == {"event", "method", "path", "status", "duration_ms", "user", "partnership"}
    assert line["method"] == "GET" and line["status"] == 200
    assert line["path"] == "/p/fenbridge/actions/"
    assert line["user"] == business_user.pk and line["partnership"] == "fenbridge"
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    written = json.dumps(line)
    for secret in ("Child", "bruising", "Bea", "q=", "owner"):
        assert secret not in written


def test_a_post_logs_neither_its_body_nor_the_name_typed(client_for, business_user, partnership, lines):
    client = client_for(business_user)
    client.post("/p/fenbridge/actions/mine/", {"full_name": "Jo Anxious Parent", "password": "hunter2 hunter2"})
    assert len(lines) == 1
    assert lines[0]["method"] == "POST"
    assert "Jo" not in json.dumps(lines[0]) and "hunter2" not in json.dumps(lines[0])


def test_an_anonymous_request_logs_no_user_and_no_partnership(db, lines):
    response = Client().get("/sign-in/?next=/p/fenbridge/reviews/")
    assert response.status_code == 200
    assert lines == [{"event": "request", "method": "GET", "path": "/sign-in/", "status": 200,
                      "duration_ms": lines[0]["duration_ms"], "user": None, "partnership": None}]


def test_a_secret_link_s_token_is_blanked(db, partnership, lines):
    token = "k7Qx2mYwPz9vL4nR8sT1uV3wX5yZ6aB0"
    Client().get(f"/p/fenbridge/calendar/feed/{token}.ics")
    assert len(lines) == 1
    assert token not in json.dumps(lines[0])
    assert lines[0]["path"] == "/p/fenbridge/calendar/feed/[secret].ics"


def test_a_probe_is_logged_without_asking_the_database(lines):
    Client().get("/healthz?from=lb")
    assert lines[0]["path"] == "/healthz" and lines[0]["status"] == 200 and lines[0]["user"] is None


def test_the_lines_go_to_standard_output_as_bare_json(settings):
    config = settings.LOGGING
    assert config["loggers"]["assure.requests"]["handlers"] == ["requests"]
    assert config["handlers"]["requests"]["stream"] == "ext://sys.stdout"
    assert config["formatters"][config["handlers"]["requests"]["formatter"]]["format"] == "%(message)s"


def test_a_streamed_download_is_logged_once_its_body_has_been_sent(db, lines, monkeypatch, rf):
    """The time of a CSV export or document is the time to send it, not to start it: the line is written when the
    server closes the response, and counts the body's production."""
    from django.http import StreamingHttpResponse

    now = iter([100.0, 103.5])   # the request starts; the response is closed after its body was sent

    def rows():
        yield "a,b\n"
        yield "1,2\n"

    middleware = request_log.RequestLogMiddleware(lambda request: StreamingHttpResponse(rows()))
    monkeypatch.setattr(request_log.time, "perf_counter", lambda: next(now))
    response = middleware(rf.get("/p/fenbridge/actions/", {"download": "csv"}))
    assert lines == []   # not yet sent
    assert b"".join(response.streaming_content) == b"a,b\n1,2\n"
    response.close()
    assert [(line["status"], line["duration_ms"]) for line in lines] == [(200, 3500.0)]
