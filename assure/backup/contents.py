"""What a backup holds: the rows of every table of every installed app (history, sign-in devices and the action log
of the admin included), but for the few that are not records, and the files their FileFields name. Pure reading:
nothing here writes."""
from django.apps import apps
from django.core import serializers
from django.db import models

# Tables left out, and why (ADR 0151). A restore empties them too.
LEFT_OUT = {
    "sessions.session": "sign-ins in progress: short-lived, and one restored into another database could sign in "
                        "as whoever has that user id there",
    "search.searchentry": "derived from the records and their files: rebuilt after a restore",
}
# Rows `migrate` itself writes: every migrated database has them, so they do not make a database 'hold data'. They
# are still backed up and restored with their ids, so every reference to them (history, the admin's log, permissions)
# stays as it was.
MADE_BY_MIGRATE = {"contenttypes.contenttype", "auth.permission"}


def label(model) -> str:
    return model._meta.label_lower


def backed_up_models() -> list:
    """Every model whose table holds data, in dependency order (a table after those it refers to)."""
    found = [model for model in apps.get_models(include_auto_created=True)
             if model._meta.managed and not model._meta.proxy and label(model) not in LEFT_OUT]
    return in_dependency_order(found)


def in_dependency_order(found: list) -> list:
    """Each model after the models its foreign keys point to; a cycle is broken at its model waiting for the fewest
    others. Both databases check the keys at the end of the restore's transaction, so the order is for a reader of
    the backup, and for restoring it some day into a database that checks each row at once."""
    pending = {label(model): model for model in found}
    needs = {name: {label(f.remote_field.model._meta.concrete_model) for f in model._meta.concrete_fields
                    if f.is_relation and f.remote_field is not None} & pending.keys() - {name}
             for name, model in pending.items()}
    ordered = []
    while pending:
        ready = sorted(name for name in pending if not needs[name] & pending.keys())
        if not ready:   # only cycles (and what waits on them) are left: start one of the cycles
            cyclic = [name for name in pending if name in _reachable(name, needs, pending.keys())]
            ready = [min(cyclic, key=lambda name: (len(needs[name] & pending.keys()), name))]
        for name in ready:
            ordered.append(pending.pop(name))
    return ordered


def _reachable(start: str, needs: dict, among) -> set:
    seen, todo = set(), [start]
    while todo:
        for name in needs[todo.pop()] & among:
            if name not in seen:
                seen.add(name)
                todo.append(name)
    return seen


def field_names(model) -> list[str]:
    """The columns a row is written with: the table's own fields (many-to-many rows are their own table)."""
    return [field.name for field in model._meta.local_concrete_fields if not field.primary_key]


def rows(model, serializer: str = "python", **options):
    """The model's rows, in id order, through Django's serializer: a foreign key is the other row's id, so rows keep
    their ids and every reference and address stays the same."""
    return serializers.serialize(serializer, model._base_manager.order_by("pk").iterator(chunk_size=2000),
                                 fields=field_names(model), **options)


def document_names(found: list | None = None) -> list[str]:
    """Every file named by a FileField of any row (history rows too: an earlier version of a paper), once each."""
    names = set()
    for model in found if found is not None else backed_up_models():
        # simple-history keeps a FileField as the file's name in a text column of the same name
        fields = getattr(model, "instance_type", model)._meta.local_concrete_fields
        for attname in [field.attname for field in fields if isinstance(field, models.FileField)]:
            names.update(model._base_manager.exclude(**{attname: ""}).exclude(**{attname: None})
                         .values_list(attname, flat=True).distinct())
    return sorted(names)


def holds_data(found: list | None = None) -> list[str]:
    """The labels of the tables that hold rows a restore would replace (those `migrate` writes do not count)."""
    return [label(model) for model in (found if found is not None else backed_up_models())
            if label(model) not in MADE_BY_MIGRATE and model._base_manager.exists()]
