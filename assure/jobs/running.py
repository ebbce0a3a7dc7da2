"""Doing a job's work, in the worker (ADR 0143)."""
import logging

from assure.core import clock
from assure.core.audit import recorded_by

from . import registry
from .models import Job

log = logging.getLogger(__name__)


def run(job_id: int) -> None:
    """Do a job's work (called by the worker). Its history rows name the person who started it."""
    job = Job.objects.select_related("partnership", "created_by").filter(pk=job_id).first()
    if job is None or job.status != Job.Status.WAITING:
        return  # deleted, or already taken by another worker
    claimed = Job.objects.filter(pk=job.pk, status=Job.Status.WAITING).update(
        status=Job.Status.RUNNING, started_at=clock.now())
    if not claimed:
        return
    job.status = Job.Status.RUNNING
    try:
        with recorded_by(job.created_by):
            result = registry.work_for(job.kind)(job, **job.params)
    except registry.JobRefused as refused:
        _finish(job, Job.Status.FAILED, error=str(refused))
    except Exception:
        log.exception("job %s (%s) failed", job.pk, job.kind)
        _finish(job, Job.Status.FAILED, error="Something went wrong while doing this. Nothing was changed by the "
                                               "failed part; try again, and tell the Assure team if it fails again.")
    else:
        _finish(job, Job.Status.DONE, result=result or {})


def _finish(job: Job, status: str, *, result=None, error: str = "") -> None:
    fields = {"status": status, "finished_at": clock.now(), "error": error}
    if result is not None:
        fields["result"] = result
    Job.objects.filter(pk=job.pk).update(**fields)
