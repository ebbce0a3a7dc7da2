"""The yearly report's background work: drafting it from every app's live data (ADR 0143)."""
from assure.jobs import progress
from assure.jobs.registry import JobRefused, job_kind

from . import services
from .models import YearlyReport


@job_kind(services.DRAFT_JOB)
def draft_report(job, *, report_id: int) -> dict:
    report = YearlyReport.objects.filter(pk=report_id, partnership=job.partnership).first()
    if report is None:
        raise JobRefused("The report has been deleted.")
    if not report.is_draft:
        raise JobRefused(f"The report is {report.get_status_display().lower()}: its figures are kept as they were "
                         "then. Reopen it as a draft to redraft it.")
    progress.report(job, 0, 1, "Reading the year's meetings, actions, reviews, audits and figures")
    services.store_draft(report, by=job.created_by)
    progress.report(job, 1, 1, "The report is drafted with today's figures.")
    return {"report_id": report.pk}
