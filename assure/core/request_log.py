"""The request log: one JSON line per request on the "assure.requests" logger (standard output in settings.LOGGING).

A line says what was asked and how it went, never what was in it: the method, the path without its query string
(secret links' tokens blanked), the status, the time taken, the user's id and the partnership's slug. A streamed
answer (a CSV export, a document) is logged when the server closes it, so its time includes sending the body. No query
strings, bodies, names or email addresses: search terms and form contents are safeguarding information.
"""
import json
import logging
import time

from django.utils.functional import empty

log = logging.getLogger("assure.requests")

SECRET_URL_PARTS = ("token",)   # URL arguments that are secrets (calendar feeds, evaluation links)
BLANKED = "[secret]"


def logged_path(request) -> str:
    path = request.path
    match = getattr(request, "resolver_match", None)
    for name, value in (match.kwargs.items() if match else ()):
        if name in SECRET_URL_PARTS and value:
            path = path.replace(str(value), BLANKED)
    return path


def _user_id(request):
    """The signed-in user's id, if sign-in was looked up while answering; never a query of its own (a request
    that did not need the session, or failed because the database is down, is logged without one)."""
    user = getattr(request, "user", None)
    if user is None or getattr(user, "_wrapped", None) is empty:
        return None
    return user.pk if user.is_authenticated else None


def _partnership(request):
    partnership = getattr(request, "partnership", None)
    if partnership is not None:
        return partnership.slug
    match = getattr(request, "resolver_match", None)
    return match.kwargs.get("slug") if match else None


def request_line(request, status: int, duration_ms: float) -> dict:
    return {"event": "request", "method": request.method, "path": logged_path(request), "status": status,
            "duration_ms": round(duration_ms, 1), "user": _user_id(request), "partnership": _partnership(request)}


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        if not log.isEnabledFor(logging.INFO):
            return response
        if response.streaming:
            _log_when_closed(request, response, started)
        else:
            _log(request, response, started)
        return response


def _log(request, response, started: float) -> None:
    line = request_line(request, response.status_code, (time.perf_counter() - started) * 1000)
    log.info(json.dumps(line, separators=(",", ":")))


def _log_when_closed(request, response, started: float) -> None:
    """The WSGI server closes a response once its body is sent (or the client has gone); a FileResponse handed to
    the server's file wrapper is closed the same way, since Django gives the wrapper this `close`."""
    close = response.close

    def close_and_log():
        try:
            close()
        finally:
            _log(request, response, started)

    response.close = close_and_log
