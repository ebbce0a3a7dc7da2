"""A job's page: its progress while it runs (the page refreshes itself), then its outcome and any file it made."""
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from assure.core.access import READ, partnership_view
from assure.core.pages import file_download

from . import queries
from .models import Job


def _job_for(request, job_id: int) -> Job:
    """The person who started a job sees it; so does the business team. Anyone else: not found."""
    return get_object_or_404(queries.visible(request.partnership, request.user, manages=request.role.can_manage),
                             pk=job_id)


@partnership_view(READ)
def job_detail(request, job_id):
    job = _job_for(request, job_id)
    return render(request, "jobs/job_detail.html", {"job": job, "refresh": not job.is_finished})


@partnership_view(READ)
def job_file(request, job_id):
    job = _job_for(request, job_id)
    if job.status != Job.Status.DONE or not job.file:
        raise Http404("This job has no file")
    return file_download(job.file, job.file_name or "download")
