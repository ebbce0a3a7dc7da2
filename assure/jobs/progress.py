"""What running work tells its job. Each call writes at once (outside the work's own transaction), so the page
that started the job sees it move."""
from django.core.files.base import ContentFile

from .models import Job


def report(job: Job, done: int, total: int | None = None, message: str = "") -> None:
    job.done, job.message = done, message[:300]
    fields = {"done": done, "message": job.message}
    if total is not None:
        job.total = fields["total"] = total
    Job.objects.filter(pk=job.pk).update(**fields)


def attach(job: Job, name: str, content: bytes) -> None:
    """Keep a file the job made (a large export, a drafted report) for the person to download from its page."""
    job.file.save(name, ContentFile(content), save=False)
    job.file_name = name
    Job.objects.filter(pk=job.pk).update(file=job.file.name, file_name=name)
