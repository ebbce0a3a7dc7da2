"""Reading an uploaded file's text for the index takes a moment (the intake's sandbox): a job, not the request."""
from assure.jobs.registry import job_kind
from assure.jobs.services import start_job
from assure.meetings.models import Paper
from assure.reviews.models import Publication

from . import services

MODELS = {"paper": Paper, "publication": Publication}


def index_file_text(record) -> None:
    """Start the job that reads `record`'s file into its entry; without an uploader to own the job, read it now."""
    kind = "paper" if isinstance(record, Paper) else "publication"
    uploader = record.uploaded_by
    if uploader is None:
        services.index_record(record)
        return
    partnership = record.item.meeting.partnership if kind == "paper" else record.review.partnership
    start_job("search.file-text", partnership=partnership, by=uploader, title=f"Make “{record.title}” searchable",
              params={"kind": kind, "id": record.pk})


@job_kind("search.file-text")
def work(job, kind: str, id: int) -> dict:
    record = MODELS[kind].objects.filter(pk=id).first()
    if record is None:
        return {"indexed": False}
    services.index_record(record)
    return {"indexed": True}
