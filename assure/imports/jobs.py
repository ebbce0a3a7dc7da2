"""The imports' background work (ADR 0149), registered when the app is ready: "imports.many" reads the files an
upload of several kept aside (services.import_many) into drafts, one at a time."""
import logging

from django.urls import reverse

from assure.jobs import progress
from assure.jobs.registry import job_kind

from . import services
from .models import ImportedDocument

log = logging.getLogger(__name__)


def _storage():
    return ImportedDocument._meta.get_field("source_file").storage


@job_kind(services.MANY)
def read_many(job, *, files, refused=()) -> dict:
    """The work of "imports.many": each kept file read into a draft (all or nothing per file: a file that fails
    leaves only its refusal row), progress reported after each, the kept copy deleted once read."""
    partnership, by = job.partnership, job.created_by
    lines = [{"file_name": item["file_name"], "refused": True, "reason": item["reason"]} for item in refused]
    total, done = len(files) + len(refused), len(refused)
    progress.report(job, done, total, f"{done} of {total} read")
    try:
        for item in files:
            lines.append(_read_one(partnership, item, by))
            done += 1
            progress.report(job, done, total, f"{done} of {total} read")
    finally:
        for item in files:
            _storage().delete(item["path"])
    drafts = sum(1 for line in lines if not line["refused"])
    refusals = total - drafts
    summary = f"{total} of {total} read: {drafts} to check"
    if refusals:
        summary += f", {refusals} refused"
    progress.report(job, done, total, summary + ".")
    return {"lines": lines, "drafts": drafts, "refused": refusals}


def _read_one(partnership, item: dict, by) -> dict:
    name = item["file_name"]
    try:
        with _storage().open(item["path"], "rb") as handle:
            data = handle.read()
    except OSError:
        return {"file_name": name, "refused": True, "reason": "The uploaded file was lost before it was read: "
                                                              "upload it again."}
    try:
        document, created = services.start_import(partnership=partnership, file_name=name, data=data, by=by)
    except services.ImportRefused as refused:
        return {"file_name": name, "refused": True, "reason": refused.reason}
    except Exception:  # noqa: BLE001 - one file's failure must not stop the others
        log.exception("Unexpected error keeping %s", name)
        return {"file_name": name, "refused": True,
                "reason": "The draft could not be kept because of an error in Assure (logged). Try again."}
    line = {"file_name": name, "refused": False, "document_id": document.pk,
            "url": reverse("imports:check", args=[partnership.slug, document.pk])}
    if not created:
        line["note"] = f"already imported on {document.uploaded_at:%-d %B %Y}: nothing changed"
    return line
