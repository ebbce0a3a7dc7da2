"""The reviews' background work (ADR 0149), registered when the app is ready: "reviews.identifiability" reads an
uploaded report or briefing in the intake's sandbox, checks it, and keeps it with its check or refuses it;
"reviews.learning-report" makes the six-monthly learning report's Word file."""
from assure.jobs.registry import job_kind

from . import learning, publishing


@job_kind(publishing.CHECK)
def check_publication(job, **params):
    return publishing.check_upload(job, **params)


@job_kind(learning.LEARNING_REPORT)
def learning_report(job):
    return learning.make_learning_report(job)
