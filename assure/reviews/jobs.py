"""The reviews' background work (ADR 0149), registered when the app is ready: "reviews.identifiability" reads an
uploaded report or briefing in the intake's sandbox, checks it, and keeps it with its check or refuses it."""
from assure.jobs.registry import job_kind

from . import publishing


@job_kind(publishing.CHECK)
def check_publication(job, **params):
    return publishing.check_upload(job, **params)
