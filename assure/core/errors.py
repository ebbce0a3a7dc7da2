"""The page for an unexpected error (urls.handler500): "Sorry, the service is unavailable" (503) when the cause is
the database being down or refusing, anywhere in the request; otherwise the usual 500 page.

Both pages are drawn without the request (no sign-in, no navigation, no database) so they cannot fail in turn.
"""
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader

# Long enough for a database restart or fail-over; browsers and proxies may retry after it.
RETRY_AFTER_SECONDS = 120


def is_database_failure(exc: BaseException | None) -> bool:
    """The exception, or one it was raised from, is the database being down, unreachable or refusing (a template or
    service may wrap it). A bad query (ProgrammingError, IntegrityError) is a fault of ours: a 500, not a 503."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, OperationalError | InterfaceError):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def service_unavailable() -> HttpResponse:
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    if is_database_failure(sys.exc_info()[1]):
        return service_unavailable()
    return HttpResponseServerError(loader.render_to_string("500.html"))
