"""The demo partnership's inspections, escalations and complaints (issue 9 points 5-7; run by `assure demo`).

Dates are relative to the demo's today so the clocks show a live mix: a police child protection inspection
reported with its action plan, a JTAI expected with its preparation tasks, escalations at several stages (one past
its stage's clock, three about the council's thresholds, so the log shows a recurring issue), and complaints
answered on time, late, and still waiting (one acknowledgement overdue). Fictional; no names in case text.
"""
import datetime

from django.core.files.uploadedfile import SimpleUploadedFile

from assure.assurance import queries, services
from assure.core.working_days import add_working_days
from assure.meetings.papers import make_docx_bytes


def extend(world) -> None:
    inspections(world)
    escalations(world)
    complaints(world)


def _ago(world, working_days: int) -> datetime.date:
    return add_working_days(world.today, -working_days)


def inspections(world) -> None:
    by, orgs, board = world.business_user, world.organisations, world.bodies["eb"]
    police = services.add_inspection(
        partnership=world.partnership, by=by, inspection_type="hmicfrs_child_protection",
        title="HMICFRS national child protection inspection of Tarnside Police", status="reported",
        start_date=_ago(world, 110), end_date=_ago(world, 101), reported_on=_ago(world, 60), reporting_body=board,
        owner_body=world.bodies["lrs"], lead=world.people["op"], agencies=[orgs["police"]],
        scope="Unannounced inspection of how the force protects children, with a case audit of 60 files.")
    for area, judgement in [("Initial contact and assessment", "Effective, with areas for improvement"),
                            ("Strategy discussions and joint investigation", "Requires improvement"),
                            ("Children in police custody", "Cause of concern")]:
        services.add_judgement(police, by=by, area=area, judgement=judgement)
    services.upload_report(police, by=by, file=SimpleUploadedFile("HMICFRS child protection report.docx",
                                                                  make_docx_bytes()))
    plan = [
        ("The force should make sure a supervisor reviews every strategy discussion within 24 hours.", [
            ("Introduce supervisory review of strategy discussions in the safeguarding hub", "police", 30),
            ("Dip-sample 20 strategy discussions and report to the Executive Board", "police", -10)]),
        ("The force and the council should agree when a child detained overnight is given alternative "
         "accommodation.", [
            ("Agree the PACE transfer protocol with children's social care", "council", 45)]),
    ]
    for text, actions in plan:
        recommendation = services.add_recommendation(police.activity, by=by, text=text)
        for action, org, due_in in actions:
            services.add_recommendation_action(recommendation, by=by, text=action, owner_organisation=orgs[org],
                                               due_date=world.today + datetime.timedelta(days=due_in))

    jtai = services.add_inspection(
        partnership=world.partnership, by=by, inspection_type="jtai",
        theme="Serious youth violence and criminal exploitation", status="planned", reporting_body=board,
        owner_body=world.bodies["ems"], lead=world.people["so"],
        agencies=[orgs["council"], orgs["police"], orgs["icb"], orgs["probation"]],
        scope="Expected in the next inspection window: notice is five working days.")
    for text, org, due_in in [("Refresh the partnership's exploitation self-evaluation", "council", 20),
                              ("Prepare the case list of children open to the exploitation panel", "police", 35),
                              ("Brief health practitioners on the inspection's key lines of enquiry", "icb", 50)]:
        services.add_preparation_task(jtai, by=by, text=text, owner_organisation=orgs[org],
                                      due_date=world.today + datetime.timedelta(days=due_in))


def escalations(world) -> None:
    by, orgs = world.users["tw"], world.organisations
    stages = []   # the partnership's default stages, made by the first escalation recorded

    def record(days_ago, raised_by, role, about, summary, theme, reference="", kind="escalation"):
        return services.record_escalation(
            partnership=world.partnership, by=by, kind=kind, raised_on=_ago(world, days_ago),
            raised_by_organisation=orgs[raised_by], raised_by_role=role, about_organisation=orgs[about],
            summary=summary, case_reference=reference, learning_theme=theme)

    def move(escalation, stage, days_ago, note=""):
        escalation.refresh_from_db()
        services.escalate(escalation, by=by, expected_version=escalation.version, stage=stages[stage - 1],
                          moved_on=_ago(world, days_ago), note=note)

    def resolve(escalation, days_ago, outcome, summary):
        escalation.refresh_from_db()
        services.resolve_escalation(escalation, by=by, expected_version=escalation.version,
                                    resolved_on=_ago(world, days_ago), outcome=outcome, outcome_summary=summary)

    first = record(45, "schools", "Designated safeguarding lead", "council",
                   "A referral about neglect was closed at the front door with no assessment.", "Thresholds", "Child P")
    stages.extend(queries.escalation_stages(world.partnership))
    move(first, 2, 41, "The social worker upheld the decision.")
    resolve(first, 38, "changed", "The team manager opened a child and family assessment.")
    late = record(16, "trust", "Health visitor", "council",
                  "A request for a strategy discussion about a baby with bruising was declined.", "Thresholds",
                  "Baby L")
    move(late, 2, 9, "No reply from the practitioner within five working days.")   # past stage 2's five days
    record(2, "police", "Detective sergeant, safeguarding hub", "icb",
           "Health information for a strategy discussion arrived after the meeting.", "Information sharing",
           "Child R")
    at_three = record(14, "council", "Team manager, assessment service", "police",
                      "Police did not attend two strategy discussions for the same family.", "Strategy discussions",
                      "Child S")
    move(at_three, 2, 10)
    move(at_three, 3, 4, "Escalated to the detective chief inspector.")
    upheld = record(30, "voluntary", "Family support worker", "council",
                    "Early help plan closed while the family still needed support.", "Thresholds")
    resolve(upheld, 27, "upheld", "Step-down to the family hub agreed; threshold guidance shared.")
    withdrawn = record(25, "probation", "Probation officer", "police",
                       "Disagreement about sharing a domestic abuse disclosure.", "Information sharing",
                       kind="disagreement")
    resolve(withdrawn, 24, "withdrawn", "Resolved informally once the disclosure scheme was explained.")


def complaints(world) -> None:
    by, people = world.business_user, world.people
    services.record_complaint(
        partnership=world.partnership, by=by, received_on=_ago(world, 60), complainant="parent",
        summary="A parent felt the published review of Child T could identify their family.",
        handled_by=people["nb"], acknowledged_on=_ago(world, 59), responded_on=_ago(world, 45),
        outcome="not_upheld", outcome_summary="The identifiability check was shown to the parent; no change made.")
    services.record_complaint(
        partnership=world.partnership, by=by, received_on=_ago(world, 30), complainant="professional",
        summary="A practitioner was refused a place on multi-agency training twice.", handled_by=people["ef"],
        acknowledged_on=_ago(world, 25), responded_on=_ago(world, 12), outcome="partly_upheld",
        outcome_summary="Booking now holds places for each agency; the acknowledgement was late.")
    services.record_complaint(
        partnership=world.partnership, by=by, received_on=_ago(world, 25), complainant="public",
        summary="No reply to an email asking how to report a concern about an adult.", handled_by=people["nb"],
        acknowledged_on=_ago(world, 24))   # response overdue
    services.record_complaint(
        partnership=world.partnership, by=by, received_on=_ago(world, 6), complainant="representative",
        summary="A councillor asked why the yearly report was published late.")   # acknowledgement overdue
    services.record_complaint(
        partnership=world.partnership, by=by, received_on=_ago(world, 1), complainant="young_person",
        summary="A young person said the partnership's website has nothing written for them.")
