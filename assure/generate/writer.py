"""Bulk writes with history: each record's creation row names the generator and is dated when the record was made."""
import contextlib
import datetime
from collections import Counter

from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from assure.core.audit import History

BATCH_SIZE = 500


def moment(day: datetime.date, hour: int = 10, minute: int = 0) -> datetime.datetime:
    """A time on `day` (UTC), for history rows and created_at fields."""
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=datetime.UTC)


@contextlib.contextmanager
def dates_as_given(model):
    """created_at (auto_now_add) and updated_at (auto_now) keep the dates the generator gives them, for this block."""
    fields = [f for f in model._meta.concrete_fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


def label(model) -> str:
    return f"{model._meta.app_label}.{model.__name__}"


class Writer:
    """Writes lists of unsaved records in batches; counts what it wrote, by model, and the history rows."""

    def __init__(self, actor):
        self.actor = actor
        self.counts = Counter()

    def create(self, model, objs: list, when=None) -> list:
        """Save `objs` (each may carry `_history_date`, else `when`); returns them with their primary keys."""
        if not objs:
            return objs
        with dates_as_given(model):
            if model in History.registered:
                objs = bulk_create_with_history(objs, model, batch_size=BATCH_SIZE, default_user=self.actor,
                                                default_date=when)
                self.counts["history rows"] += len(objs)
            else:
                objs = model.objects.bulk_create(objs, batch_size=BATCH_SIZE)
        self.counts[label(model)] += len(objs)
        return objs

    def update(self, model, objs: list, fields: list[str], when=None) -> None:
        """A later change to records already written (each may carry `_history_date`), with its history row."""
        if not objs:
            return
        with dates_as_given(model):
            if model in History.registered:
                bulk_update_with_history(objs, model, fields, batch_size=BATCH_SIZE, default_user=self.actor,
                                         default_date=when)
                self.counts["history rows"] += len(objs)
            else:
                model.objects.bulk_update(objs, fields, batch_size=BATCH_SIZE)
