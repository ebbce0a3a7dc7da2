"""Training and its impact, from the training app's own year summary (`training.queries.year_summary`) for each
financial year the period overlaps: training is counted by financial year, so a period that is not whole financial
years says which years its figures cover. Rates are whole percentages, as the training app gives them."""
from assure.documents.compose import Bullets, Paragraph, Section, Table
from assure.training import queries as training_queries
from assure.training.impact import Rate

from .common import Live, Period, nothing, percent_text


def summaries(period: Period) -> list[dict]:
    return [training_queries.year_summary(period.partnership, year) for year in period.financial_years]


def _has_data(summary: dict) -> bool:
    return bool(summary["events_run"] or summary["places_booked"] or summary["attended"])


def totals(found: list[dict]) -> dict:
    attended = sum(s["attended"] for s in found)
    counted = attended + sum(s["did_not_attend"] + s["cancelled_late"] for s in found)
    return {"events": sum(s["events_run"] for s in found), "places": sum(s["places_booked"] for s in found),
            "delegates": attended, "attendance_rate": Rate(attended, counted).percent}


def figures(period: Period) -> dict:
    total = totals(summaries(period))
    return {"events": total["events"], "delegates": total["delegates"], "attendance_rate": total["attendance_rate"]}


def training(period: Period) -> Live:
    found = [s for s in summaries(period) if _has_data(s)]
    if not found:
        return nothing(f"No training event was run or booked in {period.years_words}.")
    total = totals(found)
    years = ", ".join(s["year"] for s in found)
    lead = Paragraph(f"In {years} the partnership ran {total['events']} training events with {total['places']} "
                     f"places booked; {total['delegates']} delegates attended (an attendance rate of "
                     f"{percent_text(total['attendance_rate'])}).", "lead")
    blocks = [lead]
    if [s["start_year"] for s in found] != period.financial_years or len(found) > 1 or not _whole_years(period):
        blocks.append(Paragraph(f"Training is counted by financial year: these figures cover {years} in full.",
                                "note"))
    children = tuple(_year_section(summary, titled=len(found) > 1) for summary in found)
    if len(children) == 1:
        return Live(tuple(blocks) + children[0].blocks, True, children[0].children)
    return Live(tuple(blocks), True, children)


def _whole_years(period: Period) -> bool:
    return (period.starts_on.month, period.starts_on.day, period.ends_on.month, period.ends_on.day) == (4, 1, 3, 31)


def _year_section(summary: dict, *, titled: bool) -> Section:
    figures_table = Table(("Measure", "Figure"), (
        ("Events run", str(summary["events_run"])),
        ("Places booked", str(summary["places_booked"])),
        ("Delegates who attended", str(summary["attended"])),
        ("Did not attend", str(summary["did_not_attend"])),
        ("Cancelled late", str(summary["cancelled_late"])),
        ("Attendance rate", summary["attendance_words"]),
        ("Delegates who changed their practice (follow-up)", summary["changed_practice_words"])),
        caption=f"Training in {summary['year']}", widths=(3, 2))
    blocks = [figures_table]
    courses = [c for c in summary["courses"] if c["events_run"] or c["places_booked"]]
    if courses:
        blocks.append(Table(
            ("Course", "Events", "Places", "Attendance", "Confidence", "Changed practice"),
            tuple((c["title"], str(c["events_run"]), str(c["places_booked"]), c["attendance_words"],
                   c["confidence_change_words"], c["changed_practice_words"]) for c in courses),
            caption=f"Courses run in {summary['year']}", widths=(3, 1, 1, 1.5, 1.5, 1.5), numeric=(1, 2)))
    if summary["by_sector"]:
        blocks.append(Table(("Sector", "Places booked", "Attended"),
                            tuple((t["sector"], str(t["booked"]), str(t["attended"])) for t in summary["by_sector"]),
                            caption=f"Places by sector, {summary['year']}", widths=(3, 1, 1), numeric=(1, 2)))
    children = ()
    if summary["quotes"]:
        children = (Section("What delegates said", (Bullets(tuple(
            f"\u201c{q['text']}\u201d ({q['sector']}, {q['stage'].lower()}, {q['course']})"
            for q in summary["quotes"])),)),)
    return Section(f"Training in {summary['year']}" if titled else "", tuple(blocks), children)
