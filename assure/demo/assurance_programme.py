"""The demo partnership's strategic priorities and its assurance programme (run by `assure demo`, see services.py).

The business manager sets four priorities a year ago, then plans the programme: an activity per look (case audit,
thematic review, visit, self-assessment round) owned by a subgroup and reported to a board, so each report is on
that board's forward plan. Activities whose report date has passed were reported at a meeting of that board, with
findings and numbered recommendations answered by actions in the shared log; some of those actions were completed
by their owners, saying what changed (the evidence of impact), the rest are still open. Activities starting in the
months ahead are planned only.

Dates are days from the demo's today, so with the tests' clock (9 March 2026) the reported activities are in
2025/26 and those planned for the months ahead in 2026/27. Every name is invented. The activities and priorities are kept on the
world (`world.activities`, `world.priorities`) for other parts of the demo to attach to.
"""
import datetime

from assure.actions import services as actions
from assure.assurance import services as assurance
from assure.assurance.models import Activity, Finding, Recommendation
from assure.core.dates import financial_year_of
from assure.partnerships import services as partnerships

# key: (title, description, first year, last year) with years relative to the current financial year (0).
PRIORITIES = {
    "neglect": ("Neglect", "Recognising neglect early and acting on it together, before it becomes chronic.", -1, 1),
    "exploitation": ("Exploitation", "Children exploited criminally or sexually, in and out of the area; children "
                     "missing from home and care.", -1, None),
    "transitional": ("Transitional safeguarding", "Young people moving from children's to adult services at 18 "
                     "without a gap in support.", 0, None),
    "domestic_abuse": ("Domestic abuse", "The impact on children and adults of living with domestic abuse.", -1, 1),
}

MULTI, SINGLE = Recommendation.Scope.MULTI_AGENCY, Recommendation.Scope.SINGLE_AGENCY
STRENGTH, DEVELOPMENT = Finding.Kind.STRENGTH, Finding.Kind.DEVELOPMENT

# An activity: what it is, who owns and receives it, when (days from today, or the index of a meeting of the
# receiving body), and what it found; each activity is in the financial year it starts in.
# Each recommendation: (text, scope, organisation key, [action]); each action: (text, organisation key,
# owner person key, due in days after the report, evidence of impact when its owner completed it, or "").
ACTIVITIES = [
    {"key": "neglect_audit", "kind": Activity.Kind.CASE_AUDIT, "title": "Neglect multi-agency case audit",
     "theme": "Neglect", "priorities": ["neglect"], "owner": "lrs", "receiver": "eb", "lead": "bl",
     "agencies": ["council", "police", "icb", "trust", "schools"], "start": -300, "report_meeting": 4,
     "status": Activity.Status.COMPLETE,
     "scope": "Ten children on child protection plans for neglect in the previous 12 months, chosen at random.",
     "findings": [
         (STRENGTH, "Recognition", "", "Health visitors kept clear chronologies that showed neglect building up."),
         (DEVELOPMENT, "Assessment", "council", "The neglect screening tool was used in 3 of the 10 cases."),
         (DEVELOPMENT, "Voice of the child", "", "Fathers and male carers were rarely seen or spoken to."),
     ],
     "recommendations": [
         ("Use the neglect screening tool at every assessment where neglect is suspected.", MULTI, None, [
             ("Make the neglect screening tool part of the single assessment form", "council", "bl", 60,
              "The screening tool is now part of the assessment form: used in 41 of 45 neglect assessments "
              "sampled in the quarter, up from 3 in 10."),
             ("Train health visitors and school nurses to use the neglect screening tool", "trust", "pc", 120, ""),
         ]),
         ("Seek out and involve fathers and male carers in assessments and plans.", MULTI, None, [
             ("Add a prompt about fathers and male carers to child protection conference reports", "council", "ch",
              45, "Conference reports now name the father's involvement; the chairs' audit found it in 18 of 20."),
             ("Brief neighbourhood officers on recording male carers at domestic incidents", "police", None, 90, ""),
         ]),
     ]},
    {"key": "missing_review", "kind": Activity.Kind.THEMATIC_REVIEW,
     "title": "Thematic review: children missing from home and care", "theme": "Exploitation",
     "priorities": ["exploitation"], "owner": "ems", "receiver": "eb", "lead": "so",
     "agencies": ["council", "police", "trust", "voluntary"], "start": -250, "report_meeting": 5,
     "status": Activity.Status.REPORTED,
     "scope": "Return home interviews, missing episodes and the link to exploitation risk assessments.",
     "findings": [
         (STRENGTH, "Return home interviews", "voluntary",
          "Return home interviews were offered within 72 hours in most episodes."),
         (DEVELOPMENT, "Information sharing", "police",
          "What children said in return home interviews rarely reached the police missing team."),
     ],
     "recommendations": [
         ("Share what children say in return home interviews with the police missing team within a week.", MULTI,
          None, [
              ("Agree a weekly return home interview summary with the missing team", "police", "op", 30,
               "Weekly summaries started in the autumn; two exploitation disruption plans came from them."),
              ("Record return home interview themes in the exploitation risk assessment", "council", "so", 75, ""),
          ]),
     ]},
    {"key": "front_door_visit", "kind": Activity.Kind.VISIT, "title": "Front door (MASH) assurance visit",
     "theme": "The front door", "priorities": ["neglect", "domestic_abuse"], "owner": "lrs", "receiver": "lrs",
     "lead": "bl", "agencies": ["council", "police", "icb"], "start": -160, "report_meeting": 4,
     "status": Activity.Status.REPORTED,
     "scope": "A day at the front door: the partners' decisions on domestic abuse notifications.",
     "findings": [
         (STRENGTH, "Joint working", "", "Decisions were made together and quickly, with health present daily."),
         (DEVELOPMENT, "Thresholds", "", "Repeat domestic abuse notifications were screened one at a time."),
     ],
     "recommendations": [
         ("Screen repeat domestic abuse notifications together, looking at the history.", SINGLE, "council", [
             ("Add a repeat-notification check to the front door screening tool", "council", "bl", 50, ""),
         ]),
     ]},
    {"key": "section_11", "kind": Activity.Kind.SELF_ASSESSMENT, "title": "Section 11 self-assessment round",
     "theme": "", "priorities": [], "owner": "lrs", "receiver": "eb", "lead": "nb",
     "agencies": ["council", "police", "icb", "trust", "probation", "fire", "voluntary", "district"],
     "start": -120, "report_meeting": 6, "status": Activity.Status.IN_PROGRESS,
     "scope": "Every statutory and relevant agency assesses itself against the section 11 standards."},
    {"key": "da_audit", "kind": Activity.Kind.SINGLE_AGENCY_AUDIT,
     "title": "Police audit of domestic abuse referrals for adults", "theme": "Domestic abuse",
     "priorities": ["domestic_abuse"], "owner": "apg", "receiver": "apg", "lead": "lw", "agencies": ["police"],
     "start": -75, "report_meeting": 3, "status": Activity.Status.IN_PROGRESS,
     "scope": "Referrals to adult social care after domestic abuse incidents, and what came of them."},
    {"key": "transitions_audit", "kind": Activity.Kind.CASE_AUDIT, "title": "Transitions to adulthood case audit",
     "theme": "Transitional safeguarding", "priorities": ["transitional"], "owner": "apg", "receiver": "eb",
     "lead": "jb", "agencies": ["council", "icb", "voluntary"], "start": 15, "report_meeting": 7,
     "status": Activity.Status.PLANNED,
     "scope": "Eight young people who turned 18 in the year with care and support needs."},
    # The months ahead: planned, reported later in the year (days from today to the start and to the report).
    {"key": "neglect_reaudit", "kind": Activity.Kind.CASE_AUDIT, "title": "Neglect re-audit", "theme": "Neglect",
     "priorities": ["neglect"], "owner": "lrs", "receiver": "eb", "lead": "bl",
     "agencies": ["council", "icb", "trust", "schools"], "ahead": (30, 150), "status": Activity.Status.PLANNED,
     "scope": "Has the screening tool changed practice? Ten new cases, the same domains."},
    {"key": "section_175", "kind": Activity.Kind.SELF_ASSESSMENT, "title": "Schools section 175/157 self-assessment",
     "theme": "", "priorities": [], "owner": "lrs", "receiver": "eb", "lead": "at", "agencies": ["schools"],
     "ahead": (60, 210), "status": Activity.Status.PLANNED,
     "scope": "Every school and college returns its self-assessment; visits to a sample."},
    {"key": "exploitation_audit", "kind": Activity.Kind.CASE_AUDIT, "title": "Child criminal exploitation case audit",
     "theme": "Exploitation", "priorities": ["exploitation"], "owner": "ems", "receiver": "eb", "lead": "so",
     "agencies": ["council", "police", "trust", "voluntary"], "ahead": (90, 240),
     "status": Activity.Status.PLANNED, "scope": "Children on exploitation plans; the disruption of those exploiting them."},
]


def _days(today: datetime.date, n: int) -> datetime.date:
    return today + datetime.timedelta(days=n)


def extend(world) -> None:
    today, nb = world.today, world.business_user
    year = financial_year_of(today)
    with world.on_day(_days(today, -330)):
        for key, (title, description, first, last) in PRIORITIES.items():
            world.priorities[key] = partnerships.add_priority(
                partnership=world.partnership, title=title, description=description, by=nb, first_year=year + first,
                last_year=None if last is None else year + last)
    for spec in ACTIVITIES:
        world.activities[spec["key"]] = _activity(world, spec)


def _activity(world, spec):
    nb, today = world.business_user, world.today
    receiver = world.bodies[spec["receiver"]]
    if "ahead" in spec:
        start, report = (_days(today, n) for n in spec["ahead"])
        planned_on = _days(today, -5)
    else:
        start = _days(today, spec["start"])
        report = world.meetings[spec["receiver"]][spec["report_meeting"]].date
        planned_on = min(_days(today, -320), _days(start, -30))
    reported = spec["status"] in (Activity.Status.REPORTED, Activity.Status.COMPLETE)
    with world.on_day(planned_on):
        activity = assurance.add_activity(
            partnership=world.partnership, by=nb, year=financial_year_of(start), kind=spec["kind"],
            title=spec["title"], theme=spec["theme"], scope=spec["scope"], owner_body=world.bodies[spec["owner"]],
            reporting_body=receiver, lead=world.people[spec["lead"]], planned_start=start, planned_report=report,
            priorities=[world.priorities[k] for k in spec["priorities"]],
            agencies=[world.organisations[k] for k in spec["agencies"]],
            status=Activity.Status.PLANNED)
    if spec["status"] == Activity.Status.PLANNED:
        return activity
    with world.on_day(start):
        activity = _set_status(activity, nb, Activity.Status.IN_PROGRESS)
    if not reported:
        return activity
    with world.on_day(report):
        activity = _set_status(activity, nb, spec["status"], reported_on=report)
        findings = [assurance.add_finding(activity, by=nb, kind=kind, area=area, text=text,
                                          organisation=world.organisations.get(org)) for kind, area, org, text in
                    spec.get("findings", [])]
        development = next((f for f in findings if f.kind == DEVELOPMENT), None)
        plans = []
        for text, scope, org, action_specs in spec.get("recommendations", []):
            recommendation = assurance.add_recommendation(activity, by=nb, text=text, scope=scope,
                                                          organisation=world.organisations.get(org),
                                                          finding=development)
            for action_text, owner_org, owner_key, due_in, evidence in action_specs:
                action = assurance.add_recommendation_action(
                    recommendation, by=nb, text=action_text, owner_organisation=world.organisations[owner_org],
                    owner=world.people.get(owner_key), due_date=_days(report, due_in))
                plans.append((action, owner_key, due_in, evidence))
    for action, owner_key, due_in, evidence in plans:
        done_on = _days(report, max(due_in - 10, 7))
        if evidence and done_on < today:
            # The owner closes their own action and says what changed: the evidence of impact.
            with world.on_day(done_on):
                action.refresh_from_db()
                actions.complete_action(action, by=world.users[owner_key], expected_version=action.version,
                                        note=evidence)
    return activity


def _set_status(activity, by, status, reported_on=None):
    """The programme kept up to date by the business manager as the activity moves on."""
    return assurance.edit_activity(
        activity, by=by, expected_version=activity.version, year=activity.year, kind=activity.kind,
        title=activity.title, theme=activity.theme, scope=activity.scope, owner_body=activity.owner_body,
        reporting_body=activity.reporting_body, lead=activity.lead, planned_start=activity.planned_start,
        planned_report=activity.planned_report, status=status, reported_on=reported_on,
        priorities=list(activity.priorities.all()), agencies=list(activity.agencies.all()))
