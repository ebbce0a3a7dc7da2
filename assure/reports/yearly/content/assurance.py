"""Assurance in the period: audits, thematic reviews, self-assessments, inspections (with their judgements), other
assurance, escalations and complaints: counts, then a table per kind with outcomes.

An activity of the programme is in the period when its date is: the day it was reported, else (an inspection) its
last or first day, else the day its report was planned, else its planned start; an activity with none of these
counts in every period overlapping its financial year. Cancelled activities are left out. Escalations count by the
day they were raised, complaints by the day received. No case reference and no free text about a case is printed.
"""
from django.db.models import Count, Q
from django.db.models.functions import Coalesce

from assure.assurance.models import Activity, Complaint, Escalation, Finding, SelfAssessmentRound
from assure.documents.compose import Paragraph, Section, Table

from .common import Live, Period, day, listed, nothing, plural

AUDITS = (Activity.Kind.CASE_AUDIT, Activity.Kind.SINGLE_AGENCY_AUDIT)
OTHER = (Activity.Kind.VISIT, Activity.Kind.OTHER)


def activities(period: Period):
    dated = (Activity.objects.filter(partnership=period.partnership).exclude(status=Activity.Status.CANCELLED)
             .annotate(on=Coalesce("reported_on", "inspection__end_date", "inspection__start_date", "planned_report",
                                   "planned_start")))
    return dated.filter(Q(on__gte=period.starts_on, on__lte=period.ends_on)
                        | Q(on__isnull=True, year__in=period.financial_years))


def escalations(period: Period):
    return Escalation.objects.filter(partnership=period.partnership, raised_on__gte=period.starts_on,
                                     raised_on__lte=period.ends_on)


def complaints(period: Period):
    return Complaint.objects.filter(partnership=period.partnership, received_on__gte=period.starts_on,
                                    received_on__lte=period.ends_on)


def counts(period: Period) -> dict[str, int]:
    kinds = dict(activities(period).order_by().values_list("kind").annotate(n=Count("id")))
    return {"audits": sum(kinds.get(k, 0) for k in AUDITS),
            "thematic_reviews": kinds.get(Activity.Kind.THEMATIC_REVIEW, 0),
            "self_assessments": kinds.get(Activity.Kind.SELF_ASSESSMENT, 0),
            "inspections": kinds.get(Activity.Kind.INSPECTION, 0),
            "other": sum(kinds.get(k, 0) for k in OTHER),
            "escalations": escalations(period).count(), "complaints": complaints(period).count()}


def _when(activity) -> str:
    if activity.reported_on:
        return f"Reported {day(activity.reported_on)}"
    return day(activity.on) or activity.year_label


def _learning_rows(items) -> tuple:
    return tuple((a.title, a.theme or "–", a.get_status_display(), _when(a), str(a.strengths), str(a.developments),
                  str(a.recommendation_count)) for a in items)


LEARNING_COLUMNS = ("Title", "Theme", "Status", "When", "Strengths", "Areas for development", "Recommendations")


def assurance(period: Period) -> Live:
    found = list(activities(period).select_related("inspection", "self_assessment")
                 .prefetch_related("inspection__judgements", "self_assessment__returns")
                 .annotate(strengths=Count("findings", filter=Q(findings__kind=Finding.Kind.STRENGTH), distinct=True),
                           developments=Count("findings", filter=Q(findings__kind=Finding.Kind.DEVELOPMENT),
                                              distinct=True),
                           recommendation_count=Count("recommendations", distinct=True))
                 .order_by("on", "title", "id"))
    raised = list(escalations(period).select_related("raised_by_organisation", "about_organisation")
                  .order_by("raised_on", "number"))
    received = list(complaints(period).order_by("received_on", "number"))
    if not (found or raised or received):
        return nothing(f"No audit, thematic review, self-assessment, inspection, escalation or complaint is recorded "
                       f"{period.between}.")
    of_kind = {kind: [a for a in found if a.kind in kinds] for kind, kinds in (
        ("audits", AUDITS), ("thematic", (Activity.Kind.THEMATIC_REVIEW,)),
        ("self", (Activity.Kind.SELF_ASSESSMENT,)), ("inspections", (Activity.Kind.INSPECTION,)), ("other", OTHER))}
    summary = Table(("Assurance", "Number"), (
        ("Multi-agency and single-agency audits", str(len(of_kind["audits"]))),
        ("Thematic reviews", str(len(of_kind["thematic"]))),
        ("Self-assessments (section 11, section 175/157)", str(len(of_kind["self"]))),
        ("Inspections", str(len(of_kind["inspections"]))),
        ("Other assurance (visits and other)", str(len(of_kind["other"]))),
        ("Escalations and professional disagreements raised", str(len(raised))),
        ("Complaints received", str(len(received)))), caption=f"Assurance, {period.words}", widths=(4, 1),
        numeric=(1,))
    children = (
        _section("Audits", of_kind["audits"], LEARNING_COLUMNS, _learning_rows, "audit"),
        _section("Thematic reviews", of_kind["thematic"], LEARNING_COLUMNS, _learning_rows, "thematic review"),
        _section("Self-assessments", of_kind["self"], ("Title", "Framework", "Returns", "Status", "When"),
                 _self_assessment_rows, "self-assessment"),
        _section("Inspections", of_kind["inspections"], ("Inspection", "Type", "Dates", "Judgements"),
                 _inspection_rows, "inspection"),
        _escalations_section(raised), _complaints_section(received))
    if of_kind["other"]:
        children += (_section("Other assurance", of_kind["other"], LEARNING_COLUMNS, _learning_rows, "activity"),)
    return Live((summary,), True, children)


def _section(title, items, columns, rows, noun) -> Section:
    if not items:
        return Section(title, (Paragraph(f"No {noun} is recorded in the period.", "empty"),))
    return Section(title, (Table(columns, rows(items), caption=title),))


def _self_assessment_rows(items) -> tuple:
    rows = []
    for activity in items:
        try:
            rounds = activity.self_assessment
        except SelfAssessmentRound.DoesNotExist:
            rounds = None
        if rounds is None:
            framework, returned = "Not set up", "–"
        else:
            returns = list(rounds.returns.all())
            framework = rounds.get_framework_display()
            returned = f"{sum(1 for r in returns if r.submitted_on)} of {len(returns)}"
        rows.append((activity.title, framework, returned, activity.get_status_display(), _when(activity)))
    return tuple(rows)


def _inspection_rows(items) -> tuple:
    rows = []
    for activity in items:
        inspection = getattr(activity, "inspection", None)
        if inspection is None:
            rows.append((activity.title, "–", _when(activity), "Not recorded"))
            continue
        dates = " to ".join(d for d in (day(inspection.start_date), day(inspection.end_date)) if d) or _when(activity)
        judgements = "; ".join(f"{j.area}: {j.judgement}" for j in inspection.judgements.all())
        if not judgements:
            judgements = "Awaited" if activity.status in (Activity.Status.PLANNED, Activity.Status.IN_PROGRESS) \
                else "None recorded"
        rows.append((activity.title, inspection.get_inspection_type_display(), dates, judgements))
    return tuple(rows)


def _escalations_section(raised) -> Section:
    title = "Escalations and professional disagreements"
    if not raised:
        return Section(title, (Paragraph("No escalation or professional disagreement was raised in the period.",
                                         "empty"),))
    resolved = [e for e in raised if e.resolved_on]
    rows = tuple((e.reference, e.get_kind_display(), str(e.raised_by_organisation), str(e.about_organisation),
                  day(e.raised_on), e.get_outcome_display() if e.outcome else ("Resolved" if e.resolved_on else "Open"),
                  e.learning_theme or "–") for e in raised)
    themes = sorted({e.learning_theme.strip() for e in raised if e.learning_theme.strip()}, key=str.lower)
    blocks = [Paragraph(f"{plural(len(raised), 'escalation or disagreement', 'escalations and disagreements')} "
                        f"raised; {len(resolved)} resolved."),
              Table(("Ref.", "Kind", "Raised by", "About", "Raised", "Outcome", "Learning theme"), rows,
                    caption="Escalations and professional disagreements raised in the period")]
    if themes:
        blocks.insert(1, Paragraph(f"Learning themes: {listed(themes)}."))
    return Section(title, tuple(blocks))


def _complaints_section(received) -> Section:
    title = "Complaints"
    if not received:
        return Section(title, (Paragraph("No complaint about the partnership was received in the period.", "empty"),))
    rows, upheld = [], 0
    for complaint in received:
        if complaint.responded_on:
            state = complaint.response().state
            answered = f"{day(complaint.responded_on)} ({'in time' if state == 'met' else 'late'})"
        else:
            answered = "Not yet"
        upheld += complaint.outcome in (Complaint.Outcome.UPHELD, Complaint.Outcome.PARTLY_UPHELD)
        rows.append((complaint.reference, complaint.get_complainant_display(), day(complaint.received_on), answered,
                     complaint.get_outcome_display() or "Open"))
    return Section(title, (Paragraph(f"{plural(len(received), 'complaint was', 'complaints were')} received; "
                                     f"{upheld} upheld in full or in part."),
                           Table(("Ref.", "From", "Received", "Responded", "Outcome"), tuple(rows),
                                 caption="Complaints received in the period")))
