"""What each searchable record contributes to the index: its kind, title, words, date, body and review.

One function per model, `entry_for(record)` returning the entry's fields, or None when the record is not indexed
(a record whose parent has gone). Text from files (papers, publications) comes from `extract.file_text`.
"""
from dataclasses import dataclass

from django.urls import reverse

from assure.actions.models import Action, ActionUpdate
from assure.assurance.models import (
    Activity,
    Complaint,
    Escalation,
    Finding,
    Inspection,
    Risk,
)
from assure.assurance.models import Recommendation as AssuranceRecommendation
from assure.meetings.models import AgendaItem, Decision, Meeting, Paper
from assure.partnerships.models import Organisation, Person
from assure.performance.models import Indicator
from assure.reviews.models import Publication, Recommendation, Review

# Kind: the label people filter by, in the order the counts are shown.
KINDS = {
    "meeting": "Meetings",
    "item": "Agenda items",
    "decision": "Decisions",
    "action": "Actions",
    "paper": "Papers",
    "review": "Reviews",
    "publication": "Review publications",
    "activity": "Audits, inspections and other assurance",
    "risk": "Risks",
    "escalation": "Escalations",
    "complaint": "Complaints",
    "indicator": "Dataset indicators",
    "person": "People",
    "organisation": "Organisations",
}


@dataclass
class Entry:
    partnership_id: int
    kind: str
    record_id: int
    title: str
    text: str
    url: str
    date: object = None
    body_id: int | None = None
    review_id: int | None = None


def _join(*parts) -> str:
    return "\n".join(str(p) for p in parts if p)


def _url(name: str, slug: str, **kwargs) -> str:
    return reverse(name, kwargs={"slug": slug, **kwargs})


def meeting(m: Meeting) -> Entry:
    slug = m.partnership.slug
    return Entry(m.partnership_id, "meeting", m.pk, str(m), _join(m.location, m.cancellation_reason,
                 *(f"{i.number}. {i.title}" for i in m.items.all())),
                 _url("meetings:detail", slug, meeting_id=m.pk), m.date, m.body_id)


def item(i: AgendaItem) -> Entry:
    m = i.meeting
    return Entry(m.partnership_id, "item", i.pk, f"{i.title} ({m})", _join(i.discussion, i.presenter and i.presenter.full_name),
                 _url("meetings:detail", m.partnership.slug, meeting_id=m.pk) + f"#item-{i.pk}", m.date, m.body_id)


def decision(d: Decision) -> Entry:
    m = d.item.meeting
    return Entry(m.partnership_id, "decision", d.pk, f"Decision: {d.item.title}", d.text,
                 _url("meetings:detail", m.partnership.slug, meeting_id=m.pk) + f"#item-{d.item_id}", m.date, m.body_id)


def paper(p: Paper, text: str = "") -> Entry:
    m = p.item.meeting
    return Entry(m.partnership_id, "paper", p.pk, p.title, _join(p.original_name, p.item.title, text),
                 _url("meetings:paper-download", m.partnership.slug, meeting_id=m.pk, paper_id=p.pk), m.date, m.body_id)


def action(a: Action) -> Entry:
    owners = [str(o) for o in a.owners.all()]
    updates = [u.text for u in a.updates.all()]
    return Entry(a.partnership_id, "action", a.pk, a.text[:300], _join(a.text, *owners, a.owner_organisation,
                 a.evidence_of_impact, *updates), _url("actions:detail", a.partnership.slug, pk=a.pk),
                 a.due_date or (a.meeting.date if a.meeting_id else a.created_at.date()), a.body_id)


def person(p: Person) -> Entry:
    return Entry(p.partnership_id, "person", p.pk, p.full_name, _join(p.initials, p.job_title, p.organisation),
                 _url("partnerships:person-detail", p.partnership.slug, pk=p.pk))


def organisation(o: Organisation) -> Entry:
    return Entry(o.partnership_id, "organisation", o.pk, o.name, _join(o.short_name, o.get_kind_display()),
                 _url("partnerships:organisation-detail", o.partnership.slug, pk=o.pk))


def review(r: Review) -> Entry:
    recs = [f"{rec.text}\n{rec.decision_reason}" for rec in r.recommendations.all()]
    return Entry(r.partnership_id, "review", r.pk, str(r), _join(r.get_stage_display(), r.terms_of_reference,
                 r.key_lines_of_enquiry, r.findings, r.independent_reviewer and r.independent_reviewer.full_name, *recs),
                 _url("reviews:review-detail", r.partnership.slug, review_id=r.pk),
                 r.published_on or r.case.date_aware, review_id=r.pk)


def publication(p: Publication, text: str = "") -> Entry:
    r = p.review
    return Entry(r.partnership_id, "publication", p.pk, str(p), _join(str(r), text),
                 _url("reviews:publication-detail", r.partnership.slug, publication_id=p.pk),
                 p.published_on or p.uploaded_at.date(), review_id=r.pk)


_ACTIVITY_PAGES = {Activity.Kind.CASE_AUDIT: "assurance:audit-detail",
                   Activity.Kind.THEMATIC_REVIEW: "assurance:thematic-detail",
                   Activity.Kind.INSPECTION: "assurance:inspection-detail"}


def activity(a: Activity) -> Entry:
    findings = [f"{f.area} {f.text}" for f in a.findings.all()]
    recs = [r.text for r in a.recommendations.all()]
    extra = ""
    inspection = Inspection.objects.filter(activity=a).first()
    if inspection:
        extra = inspection.get_inspection_type_display()
    return Entry(a.partnership_id, "activity", a.pk, a.title, _join(a.get_kind_display(), a.theme, a.scope, extra,
                 a.lead and a.lead.full_name, *findings, *recs),
                 _url(_ACTIVITY_PAGES.get(a.kind, "assurance:activity-detail"), a.partnership.slug, activity_id=a.pk),
                 a.reported_on or a.planned_report or a.planned_start, a.owner_body_id or a.reporting_body_id)


def risk(r: Risk) -> Entry:
    return Entry(r.partnership_id, "risk", r.pk, r.title, _join(r.cause, r.consequence, r.controls, r.owner.full_name,
                 r.closing_reason), _url("assurance:risk-detail", r.partnership.slug, risk_id=r.pk), r.raised_on,
                 r.body_id)


def escalation(e: Escalation) -> Entry:
    return Entry(e.partnership_id, "escalation", e.pk, f"{e.get_kind_display()}: {e.learning_theme or e.summary[:80]}",
                 _join(e.summary, e.raised_by_organisation, e.about_organisation, e.learning_theme, e.outcome_summary),
                 _url("assurance:escalation-detail", e.partnership.slug, escalation_id=e.pk), e.raised_on)


def complaint(c: Complaint) -> Entry:
    return Entry(c.partnership_id, "complaint", c.pk, f"Complaint received {c.received_on:%-d %B %Y}", c.summary,
                 _url("assurance:complaint-detail", c.partnership.slug, complaint_id=c.pk), c.received_on)


def indicator(i: Indicator) -> Entry:
    return Entry(i.partnership_id, "indicator", i.pk, f"{i.code} {i.name}", _join(i.definition, i.target_description,
                 i.published_measure, i.owner and i.owner.full_name),
                 _url("performance:indicator-detail", i.partnership.slug, indicator_id=i.pk))


# Model -> how to index it. A change to a child (an action's update, an activity's finding) re-indexes the parent.
BUILDERS = {
    Meeting: meeting, AgendaItem: item, Decision: decision, Paper: paper, Action: action, Person: person,
    Organisation: organisation, Review: review, Publication: publication, Activity: activity, Risk: risk,
    Escalation: escalation, Complaint: complaint, Indicator: indicator,
}
PARENTS = {
    ActionUpdate: lambda u: u.action,
    Recommendation: lambda r: r.review,
    Finding: lambda f: f.activity,
    AssuranceRecommendation: lambda r: r.activity,
    Inspection: lambda i: i.activity,
}
KIND_OF = {
    Meeting: "meeting", AgendaItem: "item", Decision: "decision", Paper: "paper", Action: "action", Person: "person",
    Organisation: "organisation", Review: "review", Publication: "publication", Activity: "activity", Risk: "risk",
    Escalation: "escalation", Complaint: "complaint", Indicator: "indicator",
}
