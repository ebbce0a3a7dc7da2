"""A record's change history (django-simple-history) as rows a person can read: when, who, what changed.

Generic: works for any model with `history = History()` (assure.core.audit's HistoricalRecords). Pages
call `history_rows(record)` and render them with {% include "includes/history.html" with rows=history %}.
Related records (an action's owners, a meeting's attendance) can be folded in by passing their historical
querysets as `related`.
"""
from dataclasses import dataclass, field
from datetime import datetime

from django.db import models
from django.utils import timezone

from assure.core.money import pounds

# Bookkeeping fields nobody needs to see changing.
HIDDEN_FIELDS = {"version", "id", "created_at", "created_by"}
KINDS = {"+": "Created", "~": "Changed", "-": "Deleted"}
EMPTY = "(blank)"


@dataclass(frozen=True)
class FieldChange:
    field: str   # the field's label, as on forms
    old: str
    new: str


@dataclass(frozen=True)
class HistoryRow:
    when: datetime
    who: str
    kind: str                     # Created / Changed / Deleted
    record: str                   # what the row is about ("Action", "Owner: Jo Bloggs")
    changes: list[FieldChange] = field(default_factory=list)
    reason: str = ""


def _label(model, name: str) -> str:
    try:
        label = str(model._meta.get_field(name).verbose_name)
        if name.endswith("_pence") and label.endswith(" pence"):   # money is shown in pounds (see _display)
            label = label[:-len(" pence")]
        return label[:1].upper() + label[1:]
    except Exception:  # a field since removed from the model
        return name.replace("_", " ").capitalize()


def _display(model, name: str, value, cache: dict | None = None) -> str:
    """A stored value as a person would write it: choice labels, related records' names, dates."""
    if value is None or value == "":
        return EMPTY
    try:
        model_field = model._meta.get_field(name)
    except Exception:
        return str(value)
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.BooleanField):
        return "Yes" if value else "No"
    if isinstance(model_field, models.DateTimeField):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return f"{local:%-d %B %Y, %H:%M}"
    if isinstance(model_field, models.DateField):
        return f"{value:%-d %B %Y}"
    if name.endswith("_pence") and isinstance(value, int):
        return pounds(value)
    if isinstance(model_field, models.ForeignKey):
        key = (model_field.related_model, value)
        if cache is None or key not in cache:
            related = model_field.related_model._default_manager.filter(pk=value).first()
            label = str(related) if related is not None else "(deleted record)"
            if cache is None:
                return label
            cache[key] = label
        return cache[key]
    return str(value)


def _shown_fields(model, record) -> list[str]:
    return [f.name for f in record.instance_type._meta.fields
            if f.editable and f.name not in HIDDEN_FIELDS and not isinstance(f, models.AutoField)]


# A row written outside any service (before issue 7, or by hand in the admin shell) names no one.
NOT_RECORDED = "Not recorded"


def _who(user, names: dict) -> str:
    if user is None:
        return NOT_RECORDED
    return names.get(user.pk) or user.get_full_name() or user.get_username()


def _with_previous(records):
    """Pairs (record, the same object's previous record or None).

    Ordered by history_id as well as date: simple-history's prev_record compares dates only, which
    misses changes saved within the same instant (and every change under a frozen test clock).
    """
    last_seen = {}
    pairs = []
    for record in sorted(records, key=lambda r: (r.history_date, r.history_id)):
        key = (record.instance_type, record.id)
        pairs.append((record, last_seen.get(key)))
        last_seen[key] = record
    return pairs


def _foreign_keys(model):
    return [f for f in model._meta.fields if isinstance(f, models.ForeignKey)]


def _related_records(records) -> dict:
    """Every record the history rows refer to by foreign key, fetched in one query per related model:
    {(model, pk): record}. Without it each row's title and each changed reference is a query of its own."""
    wanted = {}
    for record in records:
        for fk in _foreign_keys(record.instance_type):
            value = getattr(record, fk.attname, None)
            if value is not None:
                wanted.setdefault(fk.related_model, set()).add(value)
    found = {}
    for related_model, pks in wanted.items():
        for obj in related_model._default_manager.filter(pk__in=pks):
            found[(related_model, obj.pk)] = obj
    return found


def _title_instance(record, related: dict):
    """The historical record's object with its references filled from `related` (its str() needs no query)."""
    instance = record.instance
    for fk in _foreign_keys(record.instance_type):
        obj = related.get((fk.related_model, getattr(instance, fk.attname, None)))
        if obj is not None:
            fk.set_cached_value(instance, obj)
    return instance


class _Labels(dict):
    """Names of related records by (model, pk): from the records fetched together, named when first shown; any
    other (a deleted record) is looked up by `_display` and kept here."""

    def __init__(self, related: dict):
        super().__init__()
        self.related = related

    def __contains__(self, key):
        return super().__contains__(key) or key in self.related

    def __getitem__(self, key):
        if not super().__contains__(key):
            self[key] = str(self.related[key])
        return super().__getitem__(key)


def _rows_for(records, names, main_model, exclude) -> list[HistoryRow]:
    rows = []
    related = _related_records(records)
    cache = _Labels(related)  # related records' names, each worked out once per page
    for record, previous in _with_previous(records):
        model = record.instance_type
        fields = [f for f in _shown_fields(model, record) if f not in exclude]
        is_main = model is main_model
        title = model._meta.verbose_name.capitalize()
        if not is_main:
            title = f"{title}: {_title_instance(record, related)}"
        changes = []
        if record.history_type == "~" and previous is not None:
            delta = record.diff_against(previous, included_fields=fields)
            changes = [FieldChange(_label(model, c.field), _display(model, c.field, c.old, cache),
                                   _display(model, c.field, c.new, cache))
                       for c in sorted(delta.changes, key=lambda c: fields.index(c.field))]
            if not changes:
                continue  # saved without a visible change (a version bump)
        elif record.history_type == "+" and is_main:
            values = {f: getattr(record, _attname(model, f)) for f in fields}
            changes = [FieldChange(_label(model, f), EMPTY, _display(model, f, value, cache))
                       for f, value in values.items() if value not in (None, "", False)]
        rows.append(HistoryRow(
            when=record.history_date, who=_who(record.history_user, names),
            kind=KINDS.get(record.history_type, record.history_type), record=title,
            changes=changes, reason=record.history_change_reason or "",
        ))
    rows.reverse()  # newest first
    return rows


def _attname(model, name: str) -> str:
    return model._meta.get_field(name).attname


def history_rows(instance, *, related=(), partnership=None, exclude=()) -> list[HistoryRow]:
    """Newest first: every saved change to `instance` and to the `related` historical querysets.

    `partnership` (optional) names people by their Person record there rather than their username.
    `exclude` lists field names not to show (e.g. "partnership").
    """
    exclude = set(exclude) | {"partnership"}
    records = list(instance.history.select_related("history_user"))
    for queryset in related:
        records.extend(queryset.select_related("history_user"))
    names = {}
    if partnership is not None:
        user_ids = {r.history_user_id for r in records if r.history_user_id}
        # Through the partnership's own relation: core imports none of our apps (ADR 0075).
        names = dict(partnership.people.filter(user_id__in=user_ids).values_list("user_id", "full_name"))
    return _rows_for(records, names, type(instance), exclude)
