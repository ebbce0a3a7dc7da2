"""`back_up(out)` and `restore(source, replace=)`: the whole installation (every partnership's rows, history
included, and every uploaded document) to one file and back (ADR 0151).

Neither takes `by` nor writes history: a backup reads, and a restore puts back every row as it was, its history rows
among them, so a row of its own would not be the installation that was backed up (service_cases NO_ACTOR).
"""
import tempfile
import time
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management.color import no_style
from django.db import IntegrityError, connection, transaction
from django.db.migrations.recorder import MigrationRecorder

from assure.core import clock
from assure.core.transactions import refresh_planner_statistics
from assure.partnerships.models import Partnership
from assure.search.services import rebuild

from . import archive
from .archive import Refused
from .contents import backed_up_models, document_names, holds_data, label, rows

__all__ = ["Refused", "RestoreFailed", "back_up", "restore", "migration_state"]


class RestoreFailed(Exception):
    """The restore started and could not finish; its transaction was rolled back and the documents it wrote removed,
    so the database and the documents are as they were."""


def migration_state() -> dict[str, str]:
    """The latest migration applied to each app: a backup restores only into an installation at the same state."""
    latest = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        latest[app] = max(latest.get(app, name), name)
    return dict(sorted(latest.items()))


def back_up(out) -> dict:
    """Write the backup to `out` (a new .tar or .tar.gz file); a summary of what it holds."""
    started, out = time.monotonic(), Path(out)
    if not out.name.endswith(archive.SUFFIXES):
        raise Refused(f"Name the backup file with .tar or .tar.gz at the end, not {out.name!r}.")
    if out.exists():
        raise Refused(f"{out} already exists: give a new file name (a backup never overwrites a file).")
    if not out.parent.is_dir():
        raise Refused(f"There is no folder {out.parent} to write the backup in.")
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".assure-backup-") as folder:
        staging = Path(folder)
        members, models, documents, missing = {}, [], [], []
        with _one_snapshot():
            found = backed_up_models()
            for model in found:
                name = f"data/{label(model)}.jsonl"
                members[name] = staging / name
                members[name].parent.mkdir(parents=True, exist_ok=True)
                with open(members[name], "w", encoding="utf-8") as stream:
                    rows(model, "jsonl", stream=stream)
                with open(members[name], "rb") as stream:
                    models.append({"model": label(model), "file": name, "rows": sum(1 for _ in stream)})
            for number, name in enumerate(document_names(found)):
                if not archive.is_safe_name(name) or not default_storage.exists(name):
                    missing.append(name)
                    continue
                member = f"documents/{name}"
                with default_storage.open(name, "rb") as source:
                    archive.copy_hashing(source, staging / "documents" / f"{number:06d}")
                members[member] = staging / "documents" / f"{number:06d}"
                documents.append({"name": name, "file": member})
            vendor, migrations = connection.vendor, migration_state()
        files = {}
        for name, path in members.items():
            digest, size = archive.file_digest(path)
            files[name] = {"sha256": digest, "bytes": size}
        manifest = {
            "format": archive.FORMAT, "format_version": archive.FORMAT_VERSION,
            "created_at": clock.now().isoformat(), "assure_version": _version(), "database_vendor": vendor,
            "migrations": migrations, "models": models, "rows": sum(m["rows"] for m in models),
            "documents": documents, "document_count": len(documents), "missing_documents": missing,
            "files": files,
        }
        size = archive.write(out, manifest, members)
    return {"backup": str(out), "rows": manifest["rows"], "tables": len(models), "documents": len(documents),
            "missing_documents": len(missing), "bytes": size, "seconds": round(time.monotonic() - started, 1)}


def restore(source, replace: bool = False) -> dict:
    """Check the backup, then in one transaction empty every table, load every row with its id, reset the id
    sequences, put the documents back and rebuild the search index. Refused (nothing written) if the backup is not
    sound or does not fit this installation, or the database holds data and `replace` is not given."""
    started, source = time.monotonic(), Path(source)
    if not source.is_file():
        raise Refused(f"There is no backup file {source}.")
    with tempfile.TemporaryDirectory(prefix="assure-restore-") as folder:
        staging = Path(folder)
        manifest, staged = archive.read(source, staging / "files")
        found = _check_fits(manifest)
        written = []
        try:
            with transaction.atomic():
                occupied = holds_data()
                if occupied and not replace:
                    raise Refused(f"This database already holds data ({len(occupied)} tables, e.g. {occupied[0]}): "
                                  "a restore would replace all of it. Restore into an empty database, or pass "
                                  "--replace to delete everything in this one first.")
                _empty_every_table()
                counted = {entry["model"]: _load(found[entry["model"]], staged[entry["file"]])
                           for entry in manifest["models"]}
                for entry in manifest["models"]:
                    if counted[entry["model"]] != entry["rows"]:
                        raise RestoreFailed(f"{entry['model']}: {counted[entry['model']]} rows loaded, the manifest "
                                            f"says {entry['rows']}.")
                _check_references()
                _reset_sequences(list(found.values()))
                _put_documents(manifest["documents"], staged, staging / "previous", written)
                entries = sum(rebuild(partnership) for partnership in Partnership.objects.order_by("pk"))
        except BaseException:
            _take_back(written)
            raise
        finally:
            ContentType.objects.clear_cache()
    refresh_planner_statistics()
    return {"restored": str(source), "rows": sum(counted.values()), "tables": len(counted),
            "documents": len(manifest["documents"]), "search_entries": entries,
            "replaced": bool(occupied), "seconds": round(time.monotonic() - started, 1)}


def _version() -> str:
    try:
        return metadata.version("assure")
    except metadata.PackageNotFoundError:
        return "unknown"


@contextmanager
def _one_snapshot():
    """Every table read as of one moment, while the site keeps running (PostgreSQL: a repeatable-read, read-only
    transaction; SQLite: one read transaction)."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def _check_fits(manifest: dict) -> dict:
    """The backup's models, by label, if this installation is at the backup's migration state."""
    here = migration_state()
    theirs = manifest["migrations"]
    if theirs != here:
        differ = sorted(app for app in set(here) | set(theirs) if here.get(app) != theirs.get(app))
        first = differ[0]
        raise Refused(f"The backup was made at another migration state than this installation: {len(differ)} app(s) "
                      f"differ, e.g. {first}: the backup has {theirs.get(first) or 'none'}, this database has "
                      f"{here.get(first) or 'none'}. Restore it with the Assure version that made it "
                      f"({manifest.get('assure_version', 'unknown')}), migrated to the same state.")
    found = {}
    for entry in manifest["models"]:
        try:
            found[entry["model"]] = apps.get_model(entry["model"])
        except (LookupError, ValueError):
            raise Refused(f"The backup holds a table this installation does not have: {entry['model']}.") from None
    return found


def _empty_every_table() -> None:
    """Every table Django knows, left-out ones too (sessions, the search index): the flush `manage.py flush` runs,
    inside our transaction."""
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # TRUNCATE refuses a table with foreign-key checks still pending from earlier in the transaction
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for sql in connection.ops.sql_flush(no_style(), tables, reset_sequences=False, allow_cascade=False):
            cursor.execute(sql)
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def _load(model, path: Path) -> int:
    """Insert the file's rows as they are: `raw`, as loaddata saves, so no field fills itself in (auto_now) and no
    signal runs (no history rows, no indexing); in batches the database accepts."""
    fields = model._meta.local_concrete_fields
    size = max(1, min(500, connection.ops.bulk_batch_size(fields, [None] * 500)))
    loaded, batch = 0, []
    with open(path, encoding="utf-8") as stream:
        for item in serializers.deserialize("jsonl", stream):
            if type(item.object) is not model:
                raise RestoreFailed(f"{path.name} holds a row of {label(type(item.object))}, not {label(model)}.")
            batch.append(item.object)
            if len(batch) == size:
                loaded += _insert(model, batch, fields)
                batch = []
    if batch:
        loaded += _insert(model, batch, fields)
    return loaded


def _insert(model, batch: list, fields) -> int:
    model._base_manager._insert(batch, fields=fields, raw=True, using=connection.alias)
    return len(batch)


def _check_references() -> None:
    """Every foreign key points at a row, checked before commit (on both databases the keys are checked at commit;
    checking now gives a message instead of a failed commit)."""
    try:
        connection.check_constraints()
    except IntegrityError as error:
        raise RestoreFailed(f"The backup's rows do not fit together: {error}") from None


def _reset_sequences(models: list) -> None:
    """New rows get ids after the restored ones (PostgreSQL's sequences; SQLite's need nothing)."""
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)


def _put_documents(documents: list, staged: dict, previous: Path, written: list) -> None:
    """Each document under its own name through the storage. A file already there with the same bytes is left; one
    with other bytes is kept aside first, so `_take_back` can put it back if the restore fails."""
    for number, document in enumerate(documents):
        name, path = document["name"], staged[document["file"]]
        if not archive.is_safe_name(name):
            raise RestoreFailed(f"The backup names a document {name!r}, which is not a safe file name.")
        kept = None
        if default_storage.exists(name):
            with default_storage.open(name, "rb") as current:
                if archive.copy_hashing(current, previous / f"{number:06d}") == archive.file_digest(path):
                    continue
            kept = previous / f"{number:06d}"
            default_storage.delete(name)
        written.append((name, kept))
        with open(path, "rb") as stream:
            saved = default_storage.save(name, File(stream, name=name))
        if saved != name:
            written.append((saved, None))
            raise RestoreFailed(f"The storage saved the document {name!r} as {saved!r}.")


def _take_back(written: list) -> None:
    for name, kept in reversed(written):
        if default_storage.exists(name):
            default_storage.delete(name)
        if kept is not None:
            with open(kept, "rb") as stream:
                default_storage.save(name, File(stream, name=name))
