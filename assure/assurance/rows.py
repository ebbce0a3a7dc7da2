"""The long lists' rows (the escalation log, the risk register, case audits) as their pages show them, worked out
once in Python (core.rows, ADR 0160): the template prints strings instead of reversing a URL, formatting a date
and calling model methods per row."""
from django.utils.html import format_html

from assure.core.rows import day_month_year, month_names, url_maker
from assure.core.templatetags.govuk import status_tag

from . import scoring


def escalation_rows(escalations, today, slug: str) -> list[dict]:
    """Each escalation (with its steps prefetched, queries.escalation_log) with its current stage and clock."""
    url, months = url_maker("assurance:escalation-detail", slug), month_names()
    past, still_open, resolved = (status_tag("overdue", "Past its clock"), status_tag("open", "Open"),
                                  status_tag("completed", "Resolved"))
    rows = []
    for escalation in escalations:
        step = escalation.current_step()
        clock = step.clock(today) if step else None
        rows.append({
            "href": url(escalation.pk), "reference": escalation.reference, "kind": escalation.get_kind_display(),
            "raised_on": day_month_year(escalation.raised_on, months), "theme": escalation.learning_theme,
            "raised_by_role": escalation.raised_by_role, "raised_by": escalation.raised_by_organisation.name,
            "about": escalation.about_organisation.name, "is_open": escalation.is_open,
            "stage": str(step.stage) if step else "", "since": day_month_year(step.started_on, months) if step else "",
            "days_open": clock.days_open if clock else 0, "working_days": clock.working_days if clock else 0,
            "clock_tag": past if clock and clock.past_clock else "",
            "status_tag": still_open if escalation.is_open else resolved, "outcome": escalation.get_outcome_display(),
        })
    return rows



def score(value: int) -> str:
    """A score with its band in words, as includes/score.html writes it."""
    band = scoring.band(value)
    return format_html("{} {}\n", value, status_tag(band.key, band.label))


def risk_rows(risks, today, slug: str) -> list[dict]:
    """The register's risks (with owner, organisation and body selected, queries.register) as its table shows them."""
    url, months, overdue = url_maker("assurance:risk-detail", slug), month_names(), status_tag("overdue", "Overdue")
    return [{
        "reference": risk.reference, "href": url(risk.pk), "title": risk.title,
        "category": risk.get_category_display(), "body": risk.body.name, "owner": risk.owner.full_name,
        "organisation": risk.owner_organisation.name if risk.owner_organisation else "",
        "score": score(risk.current_score), "review_date": day_month_year(risk.review_date, months),
        "overdue_tag": overdue if risk.is_open and risk.review_date < today else "",
        "status_tag": status_tag(risk.status, risk.get_status_display()),
    } for risk in risks]


def audit_rows(activities, slug: str) -> list[dict]:
    """Case audits (activities with their case_audit and reporting body selected, audit_queries.audit_list)."""
    url, months = url_maker("assurance:audit-detail", slug), month_names()
    return [{
        "href": url(activity.pk), "title": activity.title, "kind": activity.get_kind_display(),
        "theme": activity.theme, "year": activity.year_label,
        "period_start": day_month_year(activity.case_audit.period_start, months),
        "period_end": day_month_year(activity.case_audit.period_end, months),
        "report_to": activity.reporting_body.name if activity.reporting_body else "Not chosen",
        "planned_report": day_month_year(activity.planned_report, months),
        "status_tag": status_tag(activity.status, activity.get_status_display()),
    } for activity in activities]
