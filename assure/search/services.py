"""Keeping the index current: one record at a time (the signal receivers) or a whole partnership (`rebuild`, for
bulk writes, the demo and `assure search reindex`).

These write only the index, which is derived from the records and can be rebuilt from them at any time: no
history and no acting user (service_cases NO_ACTOR); the records' own services carry both.
"""
from django.db import transaction

from assure.partnerships.models import Partnership

from . import engine, records
from .indexing import entry_for, records_of, row
from .models import SearchEntry


def index_record(record, with_files: bool = True) -> None:
    """(Re)write the entry of one record."""
    entry = entry_for(record, with_files=with_files)
    if entry is None:
        return
    with transaction.atomic():
        saved, _ = SearchEntry.objects.update_or_create(kind=entry.kind, record_id=entry.record_id,
                                                         defaults=row(entry))
        engine.write(SearchEntry.objects.filter(pk=saved.pk))


def refresh(changed) -> None:
    """(Re)write the entries of the changed records, given as (model, pk) pairs, in one batch: a record still there
    gets its entry afresh (its file's text is read separately, by a job), one gone loses it."""
    by_model = {}
    for model, pk in changed:
        by_model.setdefault(model, set()).add(pk)
    with transaction.atomic():
        for model, pks in by_model.items():
            kind = records.KIND_OF[model]
            entries = [entry for record in model._default_manager.filter(pk__in=pks)
                       if (entry := entry_for(record, with_files=False)) is not None]
            SearchEntry.objects.filter(kind=kind, record_id__in=pks).delete()
            SearchEntry.objects.bulk_create([SearchEntry(kind=e.kind, record_id=e.record_id, **row(e)) for e in entries])
            engine.write(SearchEntry.objects.filter(kind=kind, record_id__in=[e.record_id for e in entries]))


def rebuild(partnership: Partnership, with_files: bool = True) -> int:
    """Index every record of the partnership afresh, in one transaction; returns how many entries."""
    entries = [entry for record in records_of(partnership)
               if (entry := entry_for(record, with_files=with_files)) is not None]
    with transaction.atomic():
        SearchEntry.objects.filter(partnership=partnership).delete()
        SearchEntry.objects.bulk_create(
            [SearchEntry(kind=e.kind, record_id=e.record_id, **row(e)) for e in entries], batch_size=500)
        engine.write(SearchEntry.objects.filter(partnership=partnership))
    return len(entries)
