"""What Assure knows for each section of a yearly report, read live from the other apps for a period: a function
per live section (`LIVE[key](period) -> Live`, one module per section) and the figures of the JSON summary
(`figures(period)`).

Every function answers for an empty period too, saying so in words (`Paragraph(..., "empty")`), never failing, and
reports `has_data` only when the period holds something of its own. README.md ("Content") says what each counts."""
from . import assurance, finance, governance, partners, performance, priorities, reviews, training
from .common import Live, Period, nothing

__all__ = ["LIVE", "Live", "Period", "figures", "live", "nothing"]

LIVE = {
    "about": governance.about,
    "governance": governance.governance,
    "priorities": priorities.priorities,
    "reviews": reviews.reviews,
    "assurance": assurance.assurance,
    "training": training.training,
    "partners": partners.partners,
    "next_year": priorities.next_year,
    "performance": performance.performance,
    "finance": finance.finance,
    "attendance": governance.attendance,
    "partner_reports": partners.partner_reports_appendix,
}


def live(period: Period, key: str) -> Live:
    function = LIVE.get(key)
    return function(period) if function else nothing("Assure holds nothing for this section yet.")


def figures(period: Period) -> dict:
    """The JSON summary's figures: review counts split by subject (only the subjects the kind covers, and a total),
    counts of audits and inspections, training (events, delegates who attended, attendance rate as a whole
    percentage or null), budget (pounds as numbers; carried_forward null without a budget year), indicators with a
    figure in the period, meetings held."""
    assurance_counts = assurance.counts(period)
    return {
        "reviews": reviews.figures(period),
        "audits": assurance_counts["audits"],
        "inspections": assurance_counts["inspections"],
        "training": training.figures(period),
        "budget": finance.figures(period),
        "indicators": performance.figures(period),
        "meetings": governance.meetings_held(period).count(),
    }
