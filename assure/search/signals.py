"""The index follows the records: every save or delete of an indexed model (or of a part of one, such as an
action's update) rewrites or removes its entry. Connected in apps.Config.ready()."""
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save

from assure.actions.models import ActionOwner
from assure.meetings.models import AgendaItem, Paper
from assure.reviews.models import Publication

from . import records, services

FILES = (Paper, Publication)


def _as_stored(instance):
    """The record as the database holds it: a caller may have saved a date given as text ("2026-03-09"), which
    the database reads as a date but the instance still holds as a string."""
    if any(isinstance(getattr(instance, field.attname, None), str)
           for field in instance._meta.concrete_fields if isinstance(field, models.DateField)):
        instance.refresh_from_db()
    return instance


def _saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    services.index_record(_as_stored(instance), with_files=False)
    if isinstance(instance, FILES):
        transaction.on_commit(lambda: _read_file_later(instance))
    if isinstance(instance, AgendaItem):  # the meeting's entry lists its items
        _reindex(lambda: instance.meeting)


def _read_file_later(instance):
    from .jobs import index_file_text
    index_file_text(instance)


def _deleted(sender, instance, **kwargs):
    services.remove_record(sender, instance.pk)
    if isinstance(instance, AgendaItem):
        _reindex(lambda: instance.meeting)


def _reindex(parent_of):
    """Re-index a parent still there (when it is being deleted itself, its own receiver removes it)."""
    try:
        parent = parent_of()
    except Exception:  # the parent went first, in the same cascade  # noqa: BLE001
        return
    if parent is not None and type(parent)._default_manager.filter(pk=parent.pk).exists():
        services.index_record(type(parent)._default_manager.get(pk=parent.pk), with_files=False)


def _part_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _reindex(lambda: PARENTS[sender](instance))


PARENTS = {**records.PARENTS, ActionOwner: lambda owner: owner.action}


def connect():
    for model in records.BUILDERS:
        post_save.connect(_saved, sender=model, dispatch_uid=f"search-save-{model.__name__}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"search-delete-{model.__name__}")
    for model in PARENTS:
        post_save.connect(_part_changed, sender=model, dispatch_uid=f"search-part-save-{model.__name__}")
        post_delete.connect(_part_changed, sender=model, dispatch_uid=f"search-part-delete-{model.__name__}")
