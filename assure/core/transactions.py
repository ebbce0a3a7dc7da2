"""One transaction for a whole save made of many services (an imported meeting), without a savepoint per service.

Every service is atomic on its own, and when it runs inside another transaction Django gives it a savepoint, so
a refusal undoes only that service and the caller may carry on. A caller that wants all or nothing (saving an
imported meeting: forty writes through ten services) gains nothing from those savepoints and pays two queries
for each. Inside `all_or_nothing()`, services decorated with `atomic` join the caller's transaction instead:
any refusal rolls back the whole block, which is what that caller wants (ADR 0112). Outside it they behave
exactly as `transaction.atomic`.
"""
import functools
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection, transaction

_joined: ContextVar[bool] = ContextVar("assure_all_or_nothing", default=False)


@contextmanager
def all_or_nothing():
    """A transaction (a savepoint when already in one) whose services open no savepoints of their own."""
    with transaction.atomic():
        token = _joined.set(True)
        try:
            yield
        finally:
            _joined.reset(token)


def atomic(func):
    """transaction.atomic for a service; inside all_or_nothing() it opens no savepoint of its own."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with transaction.atomic(savepoint=not _joined.get()):
            return func(*args, **kwargs)
    return wrapper


def refresh_planner_statistics() -> None:
    """After a bulk load (a restore, a generated data set), tell the database the tables' sizes now.

    PostgreSQL's planner takes freshly loaded tables for empty until autovacuum gets round to them, and then
    chooses nested loops that cost a page tens of milliseconds (My actions: 24 ms a query instead of 2, ADR 0156).
    ANALYZE gives it the statistics a database in use would have (it may run inside a transaction, and counts
    the rows that transaction wrote). SQLite plans without statistics unless asked, and is left as a running
    instance has it."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
