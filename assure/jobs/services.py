"""Starting and running jobs (ADR 0143)."""
from django.conf import settings
from django.db import transaction

from assure.core import clock
from assure.core.audit import service

from . import registry
from .models import Job
from .tasks import run_job


@service
def start_job(kind: str, *, partnership, by, title: str, params: dict | None = None, return_url: str = "") -> Job:
    """Queue `kind` for a worker, once the caller's transaction commits; the job's page shows its progress."""
    registry.work_for(kind)  # refuse an unknown kind now, not in the worker
    if not (return_url.startswith("/") and not return_url.startswith("//")):
        return_url = ""  # only a page of this site
    job = Job.objects.create(partnership=partnership, kind=kind, title=title[:200], params=params or {},
                             return_url=return_url, created_by=by, created_at=clock.now())
    if settings.ASSURE_QUEUE == "immediate":
        run_job(job.pk)
        job.refresh_from_db()
    else:
        transaction.on_commit(lambda: run_job(job.pk))
    return job

