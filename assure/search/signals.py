"""The index follows the records. A save or delete of an indexed model (or of a part of one, such as an action's
update) marks the record; when the transaction commits, every record it marked is indexed once, in one batch
(`services.refresh`). Nothing is added to the transaction itself, so a write costs the same queries with search
as without it, and a transaction rolled back leaves the index as it was. Connected in apps.Config.ready().

A paper's or publication's file is read for the index by a job (`jobs.index_file_text`), never in the request.
"""
import threading
from contextlib import contextmanager

from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models.signals import post_delete, post_save

from assure.actions.models import ActionOwner
from assure.meetings.models import AgendaItem, Paper
from assure.reviews.models import Publication

from . import records, services

FILES = (Paper, Publication)
_state = threading.local()


@contextmanager
def suspended():
    """For a bulk writer that rebuilds its partnership's index when it is done (the demo): its writes mark
    nothing, so they are not indexed twice."""
    _state.suspended = getattr(_state, "suspended", 0) + 1
    try:
        yield
    finally:
        _state.suspended -= 1


class PendingIndex:
    """The records one transaction changed, indexed together when it commits (registered once per transaction)."""

    def __init__(self):
        self.records: set[tuple[type, int]] = set()
        self.files: set[tuple[type, int]] = set()

    def __call__(self):
        services.refresh(self.records)
        for model, pk in self.files:
            record = model._default_manager.filter(pk=pk).first()
            if record is not None:
                _read_file_later(record)


def _pending() -> PendingIndex:
    """This transaction's pending records (a savepoint rolled back takes its own registration with it)."""
    for _sids, callback, _robust in connections[DEFAULT_DB_ALIAS].run_on_commit:
        if isinstance(callback, PendingIndex):
            return callback
    pending = PendingIndex()
    transaction.on_commit(pending)
    return pending


def _mark(model, pk, with_file=False):
    if pk is None or getattr(_state, "suspended", 0):
        return
    if not connections[DEFAULT_DB_ALIAS].in_atomic_block:  # autocommit: the write is already committed
        services.refresh({(model, pk)})
        if with_file:
            record = model._default_manager.filter(pk=pk).first()
            if record is not None:
                _read_file_later(record)
        return
    pending = _pending()
    pending.records.add((model, pk))
    if with_file:
        pending.files.add((model, pk))


def _read_file_later(instance):
    from .jobs import index_file_text
    index_file_text(instance)


def _saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    _mark(sender, instance.pk, with_file=isinstance(instance, FILES))
    if isinstance(instance, AgendaItem):  # the meeting's entry lists its items
        _mark_parent(lambda: instance.meeting)


def _deleted(sender, instance, **kwargs):
    _mark(sender, instance.pk)
    if isinstance(instance, AgendaItem):
        _mark_parent(lambda: instance.meeting)


def _mark_parent(parent_of):
    try:
        parent = parent_of()
    except Exception:  # the parent went first, in the same cascade  # noqa: BLE001
        return
    if parent is not None:
        _mark(type(parent), parent.pk)


def _part_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _mark_parent(lambda: PARENTS[sender](instance))


PARENTS = {**records.PARENTS, ActionOwner: lambda owner: owner.action}


def connect():
    for model in records.BUILDERS:
        post_save.connect(_saved, sender=model, dispatch_uid=f"search-save-{model.__name__}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"search-delete-{model.__name__}")
    for model in PARENTS:
        post_save.connect(_part_changed, sender=model, dispatch_uid=f"search-part-save-{model.__name__}")
        post_delete.connect(_part_changed, sender=model, dispatch_uid=f"search-part-delete-{model.__name__}")
