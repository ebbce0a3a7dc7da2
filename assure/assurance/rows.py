"""The escalation log's rows as the page shows them, worked out once in Python (core.rows, ADR 0157-d): the
template prints strings instead of reversing a URL, formatting a date and calling model methods per row."""
from assure.core.rows import day_month_year, month_names, url_maker
from assure.core.templatetags.govuk import status_tag


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

