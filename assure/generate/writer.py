"""Bulk writes with history: each record's creation row names the generator and is dated when the record was made."""
import contextlib
import datetime
from collections import Counter

from simple_history.utils import bulk_create_with_history, bulk_update_with_history, get_history_manager_for_model

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

    def create(self, model, objs: list, when=None, history=True) -> list:
        """Save `objs` (each may carry `_history_date`, else `when`); returns them with their primary keys.
        history=False: the caller writes their history rows (`history()`)."""
        if not objs:
            return objs
        with dates_as_given(model):
            if history and model in History.registered:
                objs = bulk_create_with_history(objs, model, batch_size=BATCH_SIZE, default_user=self.actor,
                                                default_date=when)
                self.counts["history rows"] += len(objs)
            else:
                objs = model.objects.bulk_create(objs, batch_size=BATCH_SIZE)
        self.counts[label(model)] += len(objs)
        return objs

    def create_changed(self, model, objs: list, first: dict) -> list:
        """Save `objs` as they end up, without an UPDATE: their history is a creation row with the values in `first`
        (at each one's `_history_date`) and, for those with a `_changed_at`, a change row with the values they have."""
        if not objs:
            return objs
        with dates_as_given(model):
            objs = model.objects.bulk_create(objs, batch_size=BATCH_SIZE)
        self.counts[label(model)] += len(objs)
        self.history(model, objs, first)
        return objs

    def history(self, model, objs: list, first: dict) -> None:
        """The creation and change rows of records saved as they end up (see create_changed)."""
        manager = get_history_manager_for_model(model)
        changed = [obj for obj in objs if getattr(obj, "_changed_at", None)]
        final = [{name: getattr(obj, name) for name in first} for obj in changed]
        for obj in changed:
            for name, value in first.items():
                setattr(obj, name, value)
        manager.bulk_history_create(objs, batch_size=BATCH_SIZE, default_user=self.actor)
        for obj, values in zip(changed, final):
            for name, value in values.items():
                setattr(obj, name, value)
            obj._history_date = obj._changed_at
        manager.bulk_history_create(changed, batch_size=BATCH_SIZE, default_user=self.actor, update=True)
        self.counts["history rows"] += len(objs) + len(changed)

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
