"""/healthz and /readyz for the load balancer or orchestrator: unauthenticated, outside the partnerships' pages.

They answer in a middleware that sits before the host check, the HTTPS redirect, the session and sign-in, so a
probe over plain HTTP to the machine's own address gets its answer. Neither says more than "ok" or "unavailable":
no versions, no error text.
"""
import logging

from django.db import Error as DatabaseFailure
from django.db import connections
from django.http import HttpResponse

log = logging.getLogger(__name__)

HEALTH = "/healthz"   # the process is alive and answering; touches nothing else
READY = "/readyz"     # it can serve pages: the database answers a trivial query


def database_answers(alias: str = "default") -> bool:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseFailure:  # OperationalError, InterfaceError...: the database is down or refusing
        log.warning("readiness check: the database did not answer", exc_info=True)
        return False
    return True


def _plain(text: str, status: int) -> HttpResponse:
    response = HttpResponse(f"{text}\n", content_type="text/plain; charset=utf-8", status=status)
    response["Cache-Control"] = "no-store"
    return response


class HealthMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path not in (HEALTH, READY):
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            response = _plain("method not allowed", 405)
            response["Allow"] = "GET, HEAD"
            return response
        if request.path == HEALTH:
            return _plain("ok", 200)
        return _plain("ok", 200) if database_answers() else _plain("unavailable", 503)
