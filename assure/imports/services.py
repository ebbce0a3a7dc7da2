"""Every write the importer makes: taking in a file, and saving a checked record as a meeting.

`start_import` reads and extracts a file (outside any transaction: parsing can take seconds) and
keeps the draft; `commit_import` saves the checked record in ONE transaction – any error and
nothing of the meeting, its people, actions or updates is left behind.
"""
from __future__ import annotations

import hashlib
import logging
import uuid
from dataclasses import dataclass, field
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

from assure.core import clock
from assure.core.audit import service
from assure.core.concurrency import EditConflict
from assure.core.transactions import all_or_nothing
from assure.documents import checks
from assure.jobs.services import start_job

from .commit import CommitResult, Committer
from .models import ImportedDocument
from .queries import CATEGORIES
from .source import layout_of

log = logging.getLogger(__name__)


class ImportRefused(Exception):
    """The file was not imported; str(exc) is the one-line reason shown to the person."""

    def __init__(self, reason: str, document: ImportedDocument | None = None):
        self.reason = " ".join(str(reason).split())
        self.document = document
        super().__init__(self.reason)


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_upload(file_name: str, data: bytes, *, max_bytes: int | None = None):
    """Check, read and extract a file: (Document, record). Raises checks.UnreadableDocument with the reason."""
    from assure.documents.intake import read_document

    from .extract import extract_record
    from .extract.minutes import NotMinutes, looks_like_minutes

    max_bytes = settings.IMPORT_MAX_BYTES if max_bytes is None else max_bytes
    # read_document checks size, real type and zip structure before any parser runs, then parses in a sandbox.
    document = read_document(data, file_name, max_bytes=max_bytes)
    record = extract_record(document)
    reason = looks_like_minutes(record, document)
    if reason:
        raise NotMinutes(reason)
    return document, record


@service
def import_upload(*, partnership, upload, by) -> tuple[ImportedDocument, bool]:
    """start_import for a Django UploadedFile: an oversized upload is refused before it is read into memory."""
    file_name = _base_name(upload.name)
    try:
        checks.check_size(upload.size, settings.IMPORT_MAX_BYTES)
    except checks.UnreadableDocument as exc:
        digest = hashlib.sha256()
        for chunk in upload.chunks():
            digest.update(chunk)
        failed = _record_failure(partnership, file_name, digest.hexdigest(), upload.size, exc.reason, by)
        raise ImportRefused(exc.reason, failed) from None
    return start_import(partnership=partnership, file_name=file_name, data=upload.read(), by=by)


def _base_name(name: str) -> str:
    return (name or "unnamed").replace("\\", "/").rsplit("/", 1)[-1][:255] or "unnamed"


@service
def start_import(*, partnership, file_name: str, data: bytes, by) -> tuple[ImportedDocument, bool]:
    """Read a file into a draft waiting to be checked. Returns (document, created).

    The same file again (same bytes) returns the earlier import and changes nothing. A refused file
    raises ImportRefused; it leaves only a 'refused' row naming the file and the reason, for the audit.
    """
    file_name = _base_name(file_name)
    content_hash = fingerprint(data)
    existing = ImportedDocument.objects.filter(partnership=partnership, content_hash=content_hash).first()
    if existing is not None and existing.status != ImportedDocument.Status.FAILED:
        return existing, False
    return keep_read_file(partnership, read_file(file_name, data), by=by)


MANY = "imports.many"   # the job kind that reads many uploaded files into drafts (jobs.py, ADR 0149)


def _staged_path(partnership, file_name: str) -> str:
    suffix = PurePath(file_name).suffix.lower()[:10]
    return f"imports/{partnership.pk}/incoming/{uuid.uuid4().hex}{suffix}"


@service
def import_many(*, partnership, uploads, by, return_url: str = ""):
    """Several files at once: each checked now (size, and its type from its bytes: nothing is parsed here), the
    accepted ones kept aside for the job "imports.many", which reads each into a draft. Returns (job, refusals),
    refusals being (file name, reason) for the files refused now; job is None when every file was refused.

    A refused file leaves its audit row, as a refused single upload does.
    """
    staged, refusals = [], []
    try:
        for upload in uploads:
            file_name = _base_name(upload.name)
            try:
                checks.check_size(upload.size, settings.IMPORT_MAX_BYTES)   # before it is read into memory
                data = upload.read()
                checks.check_file(data, file_name, accept=checks.READABLE, max_bytes=settings.IMPORT_MAX_BYTES)
            except checks.UnreadableDocument as exc:
                digest = hashlib.sha256()
                for chunk in upload.chunks():
                    digest.update(chunk)
                _record_failure(partnership, file_name, digest.hexdigest(), upload.size, exc.reason, by)
                refusals.append((file_name, exc.reason))
                continue
            path = _storage().save(_staged_path(partnership, file_name), ContentFile(data))
            staged.append({"path": path, "file_name": file_name})
        if not staged:
            return None, refusals
        count = len(staged) + len(refusals)
        job = start_job(MANY, partnership=partnership, by=by, return_url=return_url,
                        title=f"Read {count} minutes file{'s' if count != 1 else ''}",
                        params={"files": staged, "refused": [{"file_name": n, "reason": r} for n, r in refusals]})
    except BaseException:
        for item in staged:
            _storage().delete(item["path"])
        raise
    return job, refusals


@dataclass
class ReadFile:
    """A file read and extracted in memory, or the reason it was refused (nothing written yet)."""

    file_name: str
    content_hash: str
    size: int
    document: object = None
    record: dict | None = None
    refusal: str = ""
    data: bytes = field(default=b"", repr=False)   # the bytes, kept with the draft (none once refused)


def read_file(file_name: str, data: bytes) -> ReadFile:
    """read_upload that never raises: the bulk import reads every file before saving any, in date order."""
    read = ReadFile(_base_name(file_name), fingerprint(data), len(data))
    try:
        read.document, read.record = read_upload(read.file_name, data)
        read.data = data
    except checks.UnreadableDocument as exc:
        read.refusal = exc.reason
    except Exception:  # noqa: BLE001 - a reader bug must give a reason, never a 500 or a half import
        log.exception("Unexpected error reading %s", read.file_name)
        read.refusal = ("The document could not be read because of an error in Assure (logged for the administrators). "
                        "Try saving it again as .docx or .pdf.")
    return read


@service
def keep_read_file(partnership, read: ReadFile, *, by) -> tuple[ImportedDocument, bool]:
    """Keep a read file as a draft, or record its refusal and raise ImportRefused."""
    if read.refusal:
        failed = _record_failure(partnership, read.file_name, read.content_hash, read.size, read.refusal, by)
        raise ImportRefused(read.refusal, failed)
    return _save_draft(partnership, read, by)


@transaction.atomic
def _save_draft(partnership, read: ReadFile, by):
    fields = dict(file_name=read.file_name, size=read.size, kind=read.document.kind or "", uploaded_by=by,
                  uploaded_at=clock.now(), status=ImportedDocument.Status.DRAFT, record=read.record,
                  source_text=read.document.text(),
                  source_layout=layout_of(read.document), failure_reason="")
    draft = ImportedDocument.objects.select_for_update().filter(
        partnership=partnership, content_hash=read.content_hash).first()
    if draft is not None and draft.status != ImportedDocument.Status.FAILED:
        return draft, False   # the same file again: nothing changes
    retry = draft is not None   # a retry of a once-refused file (a reader since fixed)
    draft = draft or ImportedDocument(partnership=partnership, content_hash=read.content_hash)
    for name, value in fields.items():
        setattr(draft, name, value)
    if retry:
        draft.version += 1
    # The file is written first (its name is on the row); if the row cannot be saved the file goes too.
    draft.source_file.save(read.file_name, ContentFile(read.data), save=False)
    stored = draft.source_file.name
    try:
        with transaction.atomic():
            draft.save()
    except IntegrityError:  # the same file uploaded twice at once: the other upload's draft stands
        _storage().delete(stored)
        return ImportedDocument.objects.get(partnership=partnership, content_hash=read.content_hash), False
    except BaseException:
        _storage().delete(stored)
        raise
    return draft, True


def _storage():
    return ImportedDocument._meta.get_field("source_file").storage


def _forget_file(document: ImportedDocument) -> None:
    """Delete the document's stored file once the transaction commits (kept if it rolls back)."""
    stored = document.source_file.name
    if stored:
        document.source_file = ""
        transaction.on_commit(lambda: _storage().delete(stored))


@transaction.atomic
def _record_failure(partnership, file_name, content_hash, size, reason, by) -> ImportedDocument:
    # Nothing of the refused file's content is kept: only its name, size, fingerprint and the reason.
    earlier = ImportedDocument.objects.filter(partnership=partnership, content_hash=content_hash).first()
    if earlier is not None and earlier.source_file.name:
        _forget_file(earlier)
    failed, _ = ImportedDocument.objects.update_or_create(
        partnership=partnership, content_hash=content_hash,
        defaults=dict(file_name=file_name, size=size, kind="", uploaded_by=by, uploaded_at=clock.now(),
                      status=ImportedDocument.Status.FAILED, record={}, source_text="", source_layout=[],
                      failure_reason=reason[:300], source_file=""),
    )
    return failed


@service
@transaction.atomic
def mark_failed(document: ImportedDocument, *, reason: str, by) -> ImportedDocument:
    """A draft that could not be saved (bulk import): keep only the audit row and the reason, like a refusal."""
    document = ImportedDocument.objects.select_for_update().get(pk=document.pk)
    if document.status == ImportedDocument.Status.SAVED:
        raise ValidationError("This document has been saved as a meeting.")
    document.status, document.failure_reason = ImportedDocument.Status.FAILED, " ".join(reason.split())[:300]
    document.record, document.source_text, document.source_layout = {}, "", []
    _forget_file(document)
    document.version += 1
    document.save()
    return document


@service
@transaction.atomic
def discard_import(document: ImportedDocument, *, by) -> None:
    """Throw away a draft (or a refusal) that will not be saved. A saved import stays, as the meeting's source."""
    document = ImportedDocument.objects.select_for_update().get(pk=document.pk)
    if document.status == ImportedDocument.Status.SAVED:
        raise ValidationError("This document has been saved as a meeting, so it cannot be discarded.")
    _forget_file(document)
    document.delete()


@service
def commit_import(document: ImportedDocument, *, record: dict, by, expected_version: int | None = None) -> CommitResult:
    """Save a checked record as a held meeting, all or nothing.

    `record` is the MINUTES_SCHEMA record plus the checker's choices: `body_match` (a Body id or
    "new"), per person `match` (Person id, "new" or "skip") and `organisation_match` (Organisation id,
    "new" or "none"), per action update `action_match` (Action id or "none"). See queries.resolve_automatically.
    """
    # One transaction, and the services it calls open no savepoints of their own: any refusal undoes it all.
    with all_or_nothing():
        # The draft's text and layout are neither read nor changed here: not loaded, not written back.
        document = (ImportedDocument.objects.select_for_update().select_related("partnership")
                    .defer("source_text", "source_layout").get(pk=document.pk))
        if expected_version is not None and document.version != expected_version:
            raise EditConflict()   # the draft changed since the check page was opened (the row is locked: no race)
        if document.status == ImportedDocument.Status.SAVED:
            raise ValidationError("This document has already been saved as a meeting.")
        if document.status == ImportedDocument.Status.FAILED:
            raise ValidationError("This document was refused, so there is nothing to save.")
        committer = Committer(document.partnership, record, by)   # it reads the record and never changes it
        result = committer.run()
        document.status = ImportedDocument.Status.SAVED
        document.meeting = result.meeting
        document.record = {**committer.record, "commit_notes": result.notes}
        document.saved_at, document.saved_by = clock.now(), by
        document.version += 1
        document.save(update_fields=["status", "meeting", "record", "saved_at", "saved_by", "version"])
    return result


__all__ = ["CATEGORIES", "CommitResult", "ImportRefused", "commit_import", "discard_import", "fingerprint",
           "import_many", "import_upload", "keep_read_file", "mark_failed", "read_file", "read_upload", "start_import"]
