"""The rest of assurance: the programme's case audits (sample, agency returns on the grading scale), thematic reviews
(self-evaluations, progress reports), section 11 self-assessment rounds (every agency's return rated against the
default standards, follow-ups where a standard was red) and inspections (preparation tasks in the action log,
judgements), with their findings, recommendations and the
recommendations' actions in the action log; escalations through the partnership's stages; complaints against
their timescales; and the business plan's objectives and quarterly progress.

Written as the assurance and plans services would have left them: numbers in order per partnership, dates in order
and never in the future (except a planned activity's), reports booked on the receiving board's forward plan,
default stages, grading scale and timescales made when first used. Each record's history is its creation row and,
when it changed later (an activity reported, an escalation resolved, a complaint answered), one change row with its
final values on the day of its last change."""
import datetime

from assure.actions.models import Action
from assure.assurance.models import (
    DEFAULT_DOMAINS,
    DEFAULT_GRADES,
    DEFAULT_STAGES,
    Activity,
    AgencyReturn,
    AuditCase,
    CaseAudit,
    Complaint,
    ComplaintTimescales,
    Escalation,
    EscalationStage,
    EscalationStep,
    Finding,
    FollowUp,
    Framework,
    GradingScale,
    Inspection,
    InspectionJudgement,
    InspectionPreparation,
    ProgressReport,
    Recommendation,
    RecommendationAction,
    RoundStandard,
    SelfAssessmentReturn,
    SelfAssessmentRound,
    SelfEvaluation,
    StandardRating,
    ThematicReview,
)
from assure.assurance.models.self_assessment import Rating
from assure.assurance.standards import default_standards
from assure.assurance.timescales import financial_year
from assure.core.working_days import add_working_days
from assure.meetings.models import ForwardPlanEntry
from assure.performance import periods
from assure.performance.models import Indicator
from assure.plans.models import Objective, Progress
from assure.reviews.models import Review

from . import words
from .meetings import _final_state, weekday, write_actions
from .others import quarters
from .writer import moment

DAY = datetime.timedelta(days=1)
AHEAD = 180          # days of the programme planned after today
LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"
Kind, Status = Activity.Kind, Activity.Status

AUDIT_TITLES = ["Multi-agency case audit: {t}", "{T} case audit", "Audit of practice on {t}"]
KEY_AREAS = ["Recognition and early help", "Information sharing", "Voice of the child or adult", "Management oversight",
             "Multi-agency planning", "Workforce and training", "Outcomes and impact", "Escalation and challenge"]
STRENGTHS = ["Practitioners knew the family well and recorded their views.",
             "Information was shared promptly at the strategy discussion.",
             "Supervision notes showed reflective challenge of the plan.",
             "Agencies worked together on a shared plan with clear actions."]
DEVELOPMENTS = ["Risk assessments were not updated when circumstances changed.",
                "Agencies did not always check what others already knew.",
                "Plans did not say who would do what by when.",
                "Escalation was not used when partners disagreed about the threshold."]
EVIDENCE_TEXTS = ["Audit of 20 case files and a practitioner survey.", "Supervision records and training figures.",
                  "Performance figures for the last four quarters.", "Findings of the agency's own audit programme."]
PREPARATION_TASKS = ["Update the partnership's self-evaluation for the {i}.",
                     "Collate each agency's audit findings for the {i}.",
                     "Brief front-line managers on what the {i} looks at.",
                     "Check the case tracking list is ready to share on the {i}'s first day."]
PROGRESS_NOTES = ["Most actions are complete; two are carried forward with new dates.",
                  "The action plan is on track and the re-audit is booked.",
                  "Progress is slower than planned because of staffing; the board asked for a recovery plan."]
INSPECTION_TYPES = [(Inspection.Type.ILACS, 3), (Inspection.Type.JTAI, 2), (Inspection.Type.PEEL, 1),
                    (Inspection.Type.POLICE_CHILD_PROTECTION, 1), (Inspection.Type.CQC, 2), (Inspection.Type.SEND, 1),
                    (Inspection.Type.MONITORING, 2)]
JUDGEMENT_AREAS = ["Overall effectiveness", "The experiences and progress of children who need help and protection",
                   "The impact of leaders on social work practice", "Partnership working",
                   "The experiences and progress of children in care"]
JUDGEMENTS = [("Outstanding", 1), ("Good", 5), ("Requires improvement to be good", 3), ("Inadequate", 1)]
RECOMMENDATION_FORMS = ["Partners should agree how they share information about {t}.",
                        "Agencies should make sure managers review plans for {t} every month.",
                        "The partnership should re-audit practice on {t} within a year.",
                        "Training on {t} should reach every front-line team."]
ROLES = ["Designated safeguarding lead", "Social worker", "Health visitor", "Detective sergeant", "Team manager",
         "School nurse", "Probation officer", "Family support worker", "Named nurse", "Housing officer"]
SUMMARIES = ["A referral about {t} was closed at the front door with no assessment.",
             "A request for a strategy discussion about {t} was declined.",
             "Agencies disagreed about the threshold for help with {t}.",
             "Information about {t} was not shared before the meeting.",
             "A plan about {t} was closed while the family still needed support."]
STEP_NOTES = ["No reply within the stage's working days.", "The decision was upheld at this stage.", ""]
OUTCOME_SUMMARIES = {Escalation.Outcome.CHANGED: "The decision was reviewed and an assessment opened.",
                     Escalation.Outcome.UPHELD: "The original decision stood; the reasons were explained.",
                     Escalation.Outcome.AGREED: "A joint plan was agreed at a professionals meeting.",
                     Escalation.Outcome.WITHDRAWN: "Resolved informally once the process was explained."}
THEMES = ["Thresholds", "Information sharing", "Strategy discussions", "Attendance at meetings", "Step-down"]
COMPLAINTS = ["A parent felt a published review could identify their family.",
              "A practitioner was refused a place on multi-agency training.",
              "No reply to an email asking how to report a concern.",
              "The yearly report was published late.",
              "The website has nothing written for young people."]
COMPLAINT_OUTCOMES = {Complaint.Outcome.UPHELD: "An apology was sent and the process changed.",
                      Complaint.Outcome.PARTLY_UPHELD: "Part of the complaint was upheld; the reply was late.",
                      Complaint.Outcome.NOT_UPHELD: "The process was followed; no change made.",
                      Complaint.Outcome.WITHDRAWN: "Withdrawn after a conversation with the business manager."}
OBJECTIVES = ["{T} is recognised before a child needs a plan.", "Every agency shares what it knows about {t}.",
              "Practitioners feel confident to act on {t}.", "Families say help with {t} made a difference."]
NARRATIVES = {Progress.Rating.GREEN: "On track: the actions due this quarter are complete.",
              Progress.Rating.AMBER: "Some actions are late; owners have new dates agreed by the board.",
              Progress.Rating.RED: "Off track: the re-audit found little change; a recovery plan is asked for."}


def _between(rng, first: datetime.date, last: datetime.date) -> datetime.date:
    return first + datetime.timedelta(days=rng.randint(0, max(0, (last - first).days)))


def _spread(area, per_year: float, until: datetime.date) -> list:
    """Weekdays spread evenly from the start to `until`, per_year of them a year (at least one)."""
    span = (until - area.start).days
    total = max(1, round(per_year * span / 365.25))
    return [weekday(area.start + datetime.timedelta(days=int((i + area.rng.random()) * span / total)))
            for i in range(total)]


def _weighted(rng, pairs):
    return rng.choices([value for value, _ in pairs], weights=[weight for _, weight in pairs])[0]


# --- the assurance programme -------------------------------------------------------------------------------------

def build_programme(writer, area) -> None:
    """Case audits, thematic reviews and inspections over the years and the next six months, with what they found."""
    rng, today, scale = area.rng, area.today, area.scale
    until = today + datetime.timedelta(days=AHEAD)
    specs = [(day, kind) for kind, per_year in ((Kind.CASE_AUDIT, scale.audits_per_year),
                                                (Kind.THEMATIC_REVIEW, scale.thematic_per_year),
                                                (Kind.SELF_ASSESSMENT, scale.self_assessments_per_year),
                                                (Kind.INSPECTION, scale.inspections_per_year))
             for day in _spread(area, per_year, until)]
    specs.sort()
    agencies = area.organisations[1:]
    activities, details = [], []
    for n, (day, kind) in enumerate(specs, start=1):
        if kind == Kind.CASE_AUDIT and rng.random() < 0.25:
            kind = Kind.SINGLE_AGENCY_AUDIT
        activity, detail = _activity(area, n, day, kind, agencies)
        activities.append(activity)
        details.append(detail)
    _book_reports(writer, area, activities)
    activities = writer.create_changed(Activity, activities, {"status": Status.PLANNED, "reported_on": None,
                                                              "version": 1})
    priorities, organisations = Activity.priorities.through, Activity.agencies.through
    writer.create(priorities, [priorities(activity_id=a.pk, priority_id=rng.choice(area.priorities).pk)
                               for a in activities])
    writer.create(organisations, [organisations(activity_id=a.pk, organisation_id=o.pk)
                                  for a in activities for o in a._agencies])
    if any(a.kind != Kind.INSPECTION for a in activities):   # made on first use, with the defaults
        scale_row = GradingScale(partnership=area.partnership, grades=list(DEFAULT_GRADES))
        scale_row._history_date = min(a.created_at for a in activities if a.kind != Kind.INSPECTION)
        writer.create(GradingScale, [scale_row])
    audits, reviews, rounds, inspections = [], [], [], []
    standards = default_standards(Framework.SECTION_11)
    for activity, detail in zip(activities, details):
        detail.activity = activity
        detail._history_date = activity.created_at
        activity._detail_areas = (detail.domains if isinstance(detail, CaseAudit) else
                                  detail.key_areas if isinstance(detail, ThematicReview) else
                                  [standard["title"] for standard in standards]
                                  if isinstance(detail, SelfAssessmentRound) else [""])
        {CaseAudit: audits, ThematicReview: reviews, SelfAssessmentRound: rounds,
         Inspection: inspections}[type(detail)].append(detail)
    _audit_samples(writer, area, writer.create(CaseAudit, audits))
    _self_evaluations(writer, area, writer.create(ThematicReview, reviews))
    _self_assessment_returns(writer, area, writer.create(SelfAssessmentRound, rounds), standards)
    inspections = writer.create(Inspection, inspections)
    _judgements(writer, area, inspections)
    _preparation(writer, area, inspections)
    _learning(writer, area, activities)


def _activity(area, n, day, kind, agencies):
    """One activity of the programme (unsaved) as it ends up, and its unsaved detail."""
    rng, today = area.rng, area.today
    topic = area.topic()
    lead = rng.choice(area.people)
    owner_body = rng.choice(area.bodies[1:]) if len(area.bodies) > 1 else area.bodies[0]
    reporting_body = area.bodies[0]
    if kind == Kind.SINGLE_AGENCY_AUDIT:
        chosen = [rng.choice(agencies)]
    elif kind == Kind.SELF_ASSESSMENT:
        chosen = list(agencies)   # section 11 asks every agency
    else:
        chosen = rng.sample(agencies, min(len(agencies), rng.randint(3, 5)))
    planned_start, theme = day, topic
    if kind in (Kind.CASE_AUDIT, Kind.SINGLE_AGENCY_AUDIT):
        period_end = day + datetime.timedelta(days=89)
        moderation = period_end + datetime.timedelta(days=rng.randint(20, 60))
        planned_report = moderation + datetime.timedelta(days=rng.randint(20, 45))
        reaudit = moderation + datetime.timedelta(days=rng.randint(180, 270)) if rng.random() < 0.3 else None
        detail = CaseAudit(period_start=day, period_end=period_end, domains=list(DEFAULT_DOMAINS),
                           moderation_on=moderation, reaudit_on=reaudit)
        title = (f"{chosen[0].short_name} audit of {topic}" if kind == Kind.SINGLE_AGENCY_AUDIT
                 else area.fill(rng.choice(AUDIT_TITLES), topic))
        scope = "Cases open to two or more agencies during the audit period."
    elif kind == Kind.SELF_ASSESSMENT:
        deadline = weekday(day + datetime.timedelta(days=rng.randint(56, 84)))
        planned_report = deadline + datetime.timedelta(days=rng.randint(40, 70))
        detail = SelfAssessmentRound(framework=Framework.SECTION_11, deadline=deadline)
        first = financial_year(day)
        title = f"Section 11 self-assessment {first}-{(first + 1) % 100:02d}"
        scope = "Every statutory agency's return against the section 11 standards, with evidence."
    elif kind == Kind.THEMATIC_REVIEW:
        planned_report = day + datetime.timedelta(days=rng.randint(150, 210))
        detail = ThematicReview(key_areas=rng.sample(KEY_AREAS, 4))
        title, scope = area.fill("Thematic review of {t}", topic), f"How partners respond to {topic}."
    else:
        itype = _weighted(rng, INSPECTION_TYPES)
        theme = area.fill("children affected by {t}", topic) if itype == Inspection.Type.JTAI else ""
        start = day if day <= today else None   # an expected inspection's dates are not known yet
        end = add_working_days(start, rng.randint(3, 8)) if start else None
        if end and end > today:
            end = None
        planned_report = end + datetime.timedelta(days=rng.randint(40, 60)) if end else None
        detail = Inspection(inspection_type=itype, start_date=start, end_date=end)
        label = Inspection.Type(itype).label.split(" (")[0]
        title = " ".join(part for part in (label, f"({theme})" if theme else "",
                                           f"{start:%B %Y}" if start else "") if part)
        planned_start, scope = start, "Expected in the inspection window." if start is None else ""
    reported = None
    if planned_report and day <= today:
        reported = planned_report + datetime.timedelta(days=rng.randint(-7, 21))
        reported = reported if reported <= today else None
    if day > today:
        status = Status.PLANNED
    elif reported is None:
        status = Status.CANCELLED if kind != Kind.INSPECTION and rng.random() < 0.04 else Status.IN_PROGRESS
    else:
        status = Status.COMPLETE if reported < today - datetime.timedelta(days=365) else Status.REPORTED
    year = financial_year(planned_start or planned_report or today) if kind == Kind.INSPECTION else financial_year(day)
    created = max(area.start, day - datetime.timedelta(days=rng.randint(60, 150)))
    if kind == Kind.INSPECTION and start is None:
        created = max(area.start, today - datetime.timedelta(days=rng.randint(10, 60)))
    activity = Activity(partnership=area.partnership, year=year, kind=kind, title=title[:200], theme=theme,
                        scope=scope, owner_body=owner_body, reporting_body=reporting_body, lead=lead,
                        planned_start=planned_start, planned_report=planned_report, status=status,
                        reported_on=reported, created_at=moment(created, 10), created_by=area.actor)
    activity._history_date, activity._agencies = activity.created_at, chosen
    changes = {Status.PLANNED: 0, Status.IN_PROGRESS: 1, Status.CANCELLED: 1, Status.REPORTED: 2, Status.COMPLETE: 3}
    activity.version = 1 + changes[status]
    if status != Status.PLANNED:   # its last change: reported, completed a year on, or started, or cancelled
        changed = {Status.REPORTED: reported, Status.COMPLETE: reported and reported + datetime.timedelta(days=365)}
        activity._changed_at = moment(min(today, changed.get(status) or day), 15)
    return activity, detail


def _book_reports(writer, area, activities) -> None:
    """Each report due at the receiving board in its month, on the board's forward plan, as add_activity books it."""
    entries = []
    for activity in activities:
        if activity.reporting_body and activity.planned_report and activity.status != Status.CANCELLED:
            entry = ForwardPlanEntry(partnership=area.partnership, body=activity.reporting_body,
                                     title=f"{activity.get_kind_display()}: {activity.title}"[:300],
                                     month=activity.planned_report.replace(day=1), presenter=activity.lead,
                                     notes="Booked from the assurance programme.", created_at=activity.created_at,
                                     created_by=area.actor)
            entry._history_date = entry.created_at
            entries.append((activity, entry))
    saved = writer.create(ForwardPlanEntry, [entry for _, entry in entries])
    for (activity, _), entry in zip(entries, saved):
        activity.forward_plan_entry = entry


def _audit_samples(writer, area, audits) -> None:
    rng, today = area.rng, area.today
    cases = []
    for number, audit in enumerate(audits, start=1):
        if audit.activity.status in (Status.PLANNED, Status.CANCELLED):
            continue
        for i in range(rng.randint(*area.scale.audit_cases)):
            case = AuditCase(audit=audit, reference=f"Child {LETTERS[i % len(LETTERS)]}{number}"
                             if i < len(LETTERS) else f"Child {i}-{number}")
            case._history_date = moment(audit.period_end if audit.period_end <= today else audit.period_start, 11)
            cases.append(case)
    returns = []
    for case in writer.create(AuditCase, cases):
        audit = case.audit
        if audit.period_end >= today:
            continue
        last = min(today, audit.moderation_on - DAY if audit.moderation_on else today)
        for organisation in audit.activity._agencies:
            if rng.random() < 0.07:
                continue
            returned = _between(rng, audit.period_end + DAY, max(audit.period_end + DAY, last))
            if returned > today:
                continue
            grades = {domain: rng.choices(DEFAULT_GRADES, weights=[10, 50, 30, 10])[0] for domain in audit.domains
                      if rng.random() < 0.95}
            grades = grades or {audit.domains[-1]: DEFAULT_GRADES[1]}
            row = AgencyReturn(case=case, organisation=organisation, grades=grades, returned_on=returned,
                               good_practice=rng.choice(STRENGTHS), areas_for_development=rng.choice(DEVELOPMENTS))
            row._history_date = moment(returned, 14)
            returns.append(row)
    writer.create(AgencyReturn, returns)


def _self_evaluations(writer, area, reviews) -> None:
    rng, today = area.rng, area.today
    rows, reports = [], []
    for review in reviews:
        activity = review.activity
        if activity.status in (Status.PLANNED, Status.CANCELLED):
            continue
        last = min(today, activity.reported_on or today)
        for organisation in activity._agencies:
            for key_area in review.key_areas:
                if activity.status == Status.IN_PROGRESS and rng.random() < 0.3:
                    continue
                row = SelfEvaluation(review=review, organisation=organisation, area=key_area,
                                     rating=rng.choices(DEFAULT_GRADES, weights=[10, 50, 30, 10])[0],
                                     evidence=rng.choice(EVIDENCE_TEXTS))
                row._history_date = moment(_between(rng, activity.planned_start, last), 12)
                rows.append(row)
        if activity.reported_on:
            day = activity.reported_on
            for _ in range(3):
                day += datetime.timedelta(days=rng.randint(80, 100))
                if day > today:
                    break
                report = ProgressReport(review=review, body=activity.reporting_body, reported_on=day,
                                        note=rng.choice(PROGRESS_NOTES))
                report._history_date = moment(day, 16)
                reports.append(report)
    writer.create(SelfEvaluation, rows)
    writer.create(ProgressReport, reports)


def _self_assessment_returns(writer, area, rounds, standards) -> None:
    """Each round's own copy of the standards, and every asked agency's return, as the services leave them: set up
    with its nominated contact (one of the agency's people), then returned by the deadline or a little after (a few
    never) with a RAG rating and evidence for every standard; a follow-up visit or challenge session with each agency
    that rated a standard red, once it has happened."""
    rng, today = area.rng, area.today
    copies = []
    for assessment in rounds:
        for position, standard in enumerate(standards, start=1):
            copy = RoundStandard(round=assessment, position=position, **standard)
            copy._history_date = assessment._history_date
            copies.append(copy)
    copies = writer.create(RoundStandard, copies)
    asked = {assessment.pk: [c for c in copies if c.round_id == assessment.pk] for assessment in rounds}
    staff = {}
    for person in area.people:
        staff.setdefault(person.organisation_id, []).append(person)
    returns = []
    for assessment in rounds:
        activity = assessment.activity
        if activity.status == Status.PLANNED:
            continue
        for organisation in activity._agencies:
            people = staff.get(organisation.pk) or [None]
            row = SelfAssessmentReturn(round=assessment, organisation=organisation, contact=rng.choice(people))
            row._history_date = assessment._history_date
            started = activity.planned_start or assessment.deadline
            submitted = _between(rng, started + datetime.timedelta(days=14),
                                 assessment.deadline + datetime.timedelta(days=rng.choice([0, 0, 0, 10, 25])))
            if activity.status != Status.CANCELLED and submitted <= today and rng.random() < 0.94:
                row.submitted_on, row.submitted_by, row.source = submitted, area.actor, SelfAssessmentReturn.Source.FORM
                row.version, row._changed_at = 2, moment(submitted, 16)
            returns.append(row)
    returns = writer.create_changed(SelfAssessmentReturn, returns, {"submitted_on": None, "submitted_by": None,
                                                                    "source": "", "version": 1})
    ratings, follow_ups = [], []
    for row in returns:
        if row.submitted_on is None:
            continue
        red = False
        for standard in asked[row.round_id]:
            rating = rng.choices(Rating.values, weights=[8, 30, 62])[0]
            red = red or rating == Rating.RED
            rated = StandardRating(organisation_return=row, standard=standard, rating=rating,
                                   evidence=rng.choice(EVIDENCE_TEXTS))
            rated._history_date = moment(row.submitted_on, 15)
            ratings.append(rated)
        held = row.round.deadline + datetime.timedelta(days=rng.randint(20, 60))
        if red and held <= today:
            visit = FollowUp(organisation_return=row, kind=rng.choice(FollowUp.Kind.values), held_on=weekday(held),
                             attendees=f"{row.organisation.short_name or row.organisation.name} safeguarding lead and "
                                       "the business manager",
                             notes=rng.choice(PROGRESS_NOTES), created_at=moment(held, 17))
            visit._history_date = visit.created_at
            follow_ups.append(visit)
    writer.create(StandardRating, ratings)
    writer.create(FollowUp, follow_ups)


def _judgements(writer, area, inspections) -> None:
    rng, rows = area.rng, []
    for inspection in inspections:
        activity = inspection.activity
        if not activity.reported_on:
            continue
        for judged in rng.sample(JUDGEMENT_AREAS, rng.randint(2, 4)):
            row = InspectionJudgement(inspection=inspection, area=judged, judgement=_weighted(rng, JUDGEMENTS),
                                      summary=f"Inspectors found {activity.theme or area.topic()} handled unevenly.")
            row._history_date = moment(activity.reported_on, 11)
            rows.append(row)
    writer.create(InspectionJudgement, rows)


def _preparation(writer, area, inspections) -> None:
    """Getting ready for each inspection (as add_preparation_task leaves them): two or three tasks in the action log,
    set while it was expected and due before its first day (or in the coming weeks, for one with no dates yet),
    owned by an agency and held by the board receiving the report."""
    rng, today = area.rng, area.today
    plans, links = [], []
    for inspection in inspections:
        activity = inspection.activity
        if activity.status == Status.CANCELLED:
            continue
        created = activity.created_at.date()
        first_day = inspection.start_date or today + datetime.timedelta(days=rng.randint(30, 90))
        if created > today:
            continue
        name = Inspection.Type(inspection.inspection_type).label.split(" (")[0]
        for form in rng.sample(PREPARATION_TASKS, rng.randint(2, 3)):
            made = _between(rng, created, min(today, first_day - 14 * DAY))
            last = first_day - DAY
            if made > last:
                continue   # set up too close to its first day to prepare for it
            due = _between(rng, min(made + 7 * DAY, last), last)
            while due.weekday() >= 5 and due > made:   # a working day, still before the first day
                due -= DAY
            organisation = rng.choice(activity._agencies) if activity._agencies else area.organisations[0]
            action = Action(partnership=area.partnership, text=form.format(i=name)[:1000], due_date=due,
                            owner_organisation=organisation, body=activity.reporting_body or activity.owner_body,
                            created_at=moment(made, 11), created_by=area.actor)
            plans.append((action, [organisation.short_name or organisation.name], _final_state(rng, made, due, today)))
            links.append(inspection)
    actions = write_actions(writer, area, plans)
    writer.create(InspectionPreparation, [InspectionPreparation(inspection=inspection, action=action)
                                          for inspection, action in zip(links, actions)])


def _learning(writer, area, activities) -> None:
    """Findings and recommendations of every reported activity; each recommendation's actions in the action log."""
    rng, today = area.rng, area.today
    findings, recommendations = [], []
    for activity in activities:
        if not activity.reported_on:
            continue
        when = moment(activity.reported_on, 12)
        detail = activity._detail_areas
        own = []
        for _ in range(rng.randint(2, 5)):
            kind = rng.choice(Finding.Kind.values)
            finding = Finding(activity=activity, kind=kind, area=rng.choice(detail),
                              organisation=rng.choice(activity._agencies) if rng.random() < 0.5 else None,
                              text=rng.choice(STRENGTHS if kind == Finding.Kind.STRENGTH else DEVELOPMENTS),
                              created_at=when)
            finding._history_date = when
            own.append(finding)
        findings.extend(own)
        activity._findings = own
    writer.create(Finding, findings)
    for activity in activities:
        if not activity.reported_on:
            continue
        to_develop = [f for f in activity._findings if f.kind == Finding.Kind.DEVELOPMENT]
        for number in range(1, rng.randint(1, 3) + 1):
            single = rng.random() < 0.3
            rec = Recommendation(activity=activity, number=number, text=area.fill(rng.choice(RECOMMENDATION_FORMS),
                                                                                  activity.theme or None),
                                 scope=Recommendation.Scope.SINGLE_AGENCY if single else Recommendation.Scope.MULTI_AGENCY,
                                 organisation=rng.choice(activity._agencies) if single else None,
                                 finding=rng.choice(to_develop) if to_develop and rng.random() < 0.7 else None,
                                 created_at=moment(activity.reported_on, 12))
            rec._history_date = rec.created_at
            recommendations.append(rec)
    recommendations = writer.create(Recommendation, recommendations)
    plans, links = [], []
    for rec in recommendations:
        activity = rec.activity
        start = activity.reported_on + DAY
        if start > today:
            continue
        for _ in range(rng.randint(1, 2)):
            organisation = rec.organisation or rng.choice(activity._agencies)
            due = start + datetime.timedelta(days=rng.randint(60, 240))
            action = Action(partnership=area.partnership, text=area.fill(rng.choice(words.ACTION_FORMS),
                                                                         activity.theme or None),
                            due_date=due, owner_organisation=organisation, body=activity.reporting_body,
                            created_at=moment(start, 12), created_by=area.actor)
            plans.append((action, [organisation.short_name or organisation.name], _final_state(rng, start, due, today)))
            links.append(rec)
    actions = write_actions(writer, area, plans)
    writer.create(RecommendationAction, [RecommendationAction(recommendation=rec, action=action)
                                         for rec, action in zip(links, actions)])


# --- escalations and complaints ----------------------------------------------------------------------------------

def build_escalations(writer, area) -> None:
    """Escalations moving through the partnership's default stages: most resolved, the recent ones open, a few of
    them past their stage's working days."""
    rng, today = area.rng, area.today
    days = [min(day, today) for day in _spread(area, area.scale.escalations_per_year, today)]
    stages = [EscalationStage(partnership=area.partnership, number=n, name=name, working_days=working_days)
              for n, (name, working_days) in enumerate(DEFAULT_STAGES, start=1)]
    for stage in stages:   # made when the first escalation was recorded
        stage._history_date = moment(days[0], 9)
    stages = writer.create(EscalationStage, stages)
    agencies = area.organisations[1:]
    escalations, paths = [], []
    for number, raised in enumerate(days, start=1):
        raised_by, about = rng.sample(agencies, 2)
        kind = Escalation.Kind.DISAGREEMENT if rng.random() < 0.2 else Escalation.Kind.ESCALATION
        escalation = Escalation(partnership=area.partnership, number=number, kind=kind, raised_on=raised,
                                raised_by_organisation=raised_by, raised_by_role=rng.choice(ROLES),
                                about_organisation=about, summary=area.fill(rng.choice(SUMMARIES)),
                                case_reference=f"Child {LETTERS[number % len(LETTERS)]}" if rng.random() < 0.6 else "",
                                learning_theme=rng.choice(THEMES), created_at=moment(raised, 10),
                                created_by=area.actor)
        escalation._history_date = escalation.created_at
        # The stages it goes through, each ending a number of working days after it started (sometimes late).
        reached = rng.choices([1, 2, 3, 4], weights=[50, 30, 14, 6])[0]
        path, started = [], raised
        for stage in stages[:reached]:
            ended = add_working_days(started, rng.randint(1, stage.working_days + 4))
            path.append([stage, started, ended])
            started = ended
        stuck = rng.random() < 0.03   # an old one left open, long past its clock
        for step in path:
            if step[2] > today or stuck and step is path[-1]:
                step[2] = None
                del path[path.index(step) + 1:]
                break
        resolved = path[-1][2]
        moves = len(path) - 1
        if resolved is not None:
            escalation.resolved_on = resolved
            escalation.outcome = _weighted(rng, [(o, w) for o, w in zip(Escalation.Outcome.values, (40, 30, 20, 10))])
            escalation.outcome_summary = OUTCOME_SUMMARIES[escalation.outcome]
        escalation.version = 1 + moves + (resolved is not None)
        last = resolved or (path[-1][1] if moves else None)
        if last is not None:
            escalation._changed_at = moment(last, 15)
        escalations.append(escalation)
        paths.append(path)
    escalations = writer.create_changed(Escalation, escalations, {"resolved_on": None, "outcome": "",
                                                                  "outcome_summary": "", "version": 1})
    steps = []
    for escalation, path in zip(escalations, paths):
        for n, (stage, started, ended) in enumerate(path):
            step = EscalationStep(escalation=escalation, stage=stage, working_days=stage.working_days,
                                  started_on=started, ended_on=ended, note=rng.choice(STEP_NOTES) if n else "")
            step._history_date = moment(started, 10)
            if ended is not None:
                step._changed_at = moment(ended, 15)
            steps.append(step)
    writer.create_changed(EscalationStep, steps, {"ended_on": None})


def build_complaints(writer, area) -> None:
    """Complaints about the partnership: acknowledged and answered, mostly within the default timescales."""
    rng, today = area.rng, area.today
    days = [min(day, today) for day in _spread(area, area.scale.complaints_per_year, today)]
    timescales = ComplaintTimescales(partnership=area.partnership)
    timescales._history_date = moment(days[0], 9)
    timescales = writer.create(ComplaintTimescales, [timescales])[0]
    complaints = []
    for number, received in enumerate(days, start=1):
        acknowledged = add_working_days(received, rng.choices([1, 2, 3, 5], weights=[40, 30, 20, 10])[0])
        responded = add_working_days(received, rng.randint(8, 26))
        acknowledged = acknowledged if acknowledged <= today else None
        responded = responded if acknowledged and responded <= today else None
        complaint = Complaint(partnership=area.partnership, number=number, received_on=received,
                              complainant=rng.choice(Complaint.Complainant.values), summary=rng.choice(COMPLAINTS),
                              handled_by=rng.choice(area.business_unit[:2]),
                              acknowledge_working_days=timescales.acknowledge_working_days,
                              respond_working_days=timescales.respond_working_days, acknowledged_on=acknowledged,
                              responded_on=responded, created_at=moment(received, 11), created_by=area.actor)
        if responded:
            complaint.outcome = rng.choice(Complaint.Outcome.values)
            complaint.outcome_summary = COMPLAINT_OUTCOMES[complaint.outcome]
        complaint.version = 1 + (acknowledged is not None) + (responded is not None)
        complaint._history_date = complaint.created_at
        if acknowledged:
            complaint._changed_at = moment(responded or acknowledged, 15)
        complaints.append(complaint)
    writer.create_changed(Complaint, complaints, {"acknowledged_on": None, "responded_on": None, "outcome": "",
                                                  "outcome_summary": "", "version": 1})


# --- the business plan -------------------------------------------------------------------------------------------

def build_plan(writer, area) -> None:
    """Objectives under each priority with their evidence, and each priority's rating for every ended quarter."""
    rng, p, today = area.rng, area.partnership, area.today
    evidence = {
        "activities": list(Activity.objects.filter(partnership=p).order_by("pk").values_list("pk", flat=True)),
        "indicators": list(Indicator.objects.filter(partnership=p).order_by("pk").values_list("pk", flat=True)),
        "reviews": list(Review.objects.filter(partnership=p).order_by("pk").values_list("pk", flat=True)),
        "actions": list(Action.objects.filter(partnership=p, assurance_link__isnull=False).order_by("pk")
                        .values_list("pk", flat=True)),
    }
    objectives, chosen = [], []
    for priority in area.priorities:
        topic = priority.title[0].lower() + priority.title[1:]
        for position, form in enumerate(rng.sample(OBJECTIVES, rng.randint(2, 3)), start=1):
            objective = Objective(priority=priority, text=area.fill(form, topic), position=position, version=2)
            objective._history_date = moment(area.start, 11)
            objective._changed_at = moment(min(today, area.start + datetime.timedelta(days=30)), 11)
            objectives.append(objective)
            chosen.append({field: rng.sample(pks, min(len(pks), rng.randint(0, 2))) for field, pks in evidence.items()})
    objectives = writer.create_changed(Objective, objectives, {"version": 1})
    for field, column in (("activities", "activity_id"), ("indicators", "indicator_id"), ("reviews", "review_id"),
                          ("actions", "action_id")):
        through = getattr(Objective, field).through
        writer.create(through, [through(objective_id=objective.pk, **{column: pk})
                                for objective, picked in zip(objectives, chosen) for pk in picked[field]])
    ratings = []
    for priority in area.priorities:
        first = max(area.start, datetime.date(priority.first_year, 4, 1))
        for start in quarters(first, today):
            recorded = periods.quarter_of(start).end + datetime.timedelta(days=12)
            if recorded > today:
                break
            rating = rng.choices(Progress.Rating.values, weights=[50, 35, 15])[0]
            row = Progress(priority=priority, quarter=periods.quarter_of(start).code, rating=rating,
                           narrative=NARRATIVES[rating], recorded_by=area.actor, recorded_at=moment(recorded, 10))
            row._history_date = row.recorded_at
            ratings.append(row)
    writer.create(Progress, ratings)
