"""Every service, called outside a web request, names the user it was given as `by` on every history row it
writes, and refuses to run without one.

The services are discovered, not listed: every public function of every app's services module or package,
and every public function anywhere that takes `by`. A new service without a case here fails
test_every_service_has_a_case, so it cannot skip the audit trail unnoticed.
"""
import datetime
import importlib
import inspect
import pkgutil
from dataclasses import dataclass

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

import assure
from assure.actions import services as actions
from assure.actions.models import Action
from assure.assurance import queries as assurance_queries
from assure.assurance import services as assurance
from assure.assurance.models import GradingScale
from assure.assurance.tests import factories as risk_factories
from assure.assurance.tests import self_assessment_factories as sa_factories
from assure.conftest import make_user
from assure.core.audit import History, MissingActor
from assure.imports import import_command
from assure.imports import services as imports
from assure.imports.models import ImportedDocument
from assure.imports.queries import resolve_automatically
from assure.meetings import services as meetings
from assure.meetings.models import Attendance, Meeting
from assure.partnerships import services as partnerships
from assure.partnerships.models import Body, Membership, Organisation, Person, Role
from assure.reviews import learning, publishing
from assure.reviews import services as reviews
from assure.reviews.models import BreachReason, RapidReview, Review
from assure.reviews.queries import clock_settings_for
from assure.reviews.tests import factories as review_factories

D = datetime.date

# Public functions of services modules that take no acting user, and why that is right.
NO_ACTOR = {
    "assure.core.services.has_second_factor": "reads the user's own sign-in devices",
    "assure.core.services.verify_code": "checks a sign-in code",
    "assure.core.services.start_totp_enrolment": "the user's own sign-in device, which keeps no history",
    "assure.core.services.confirm_totp_enrolment": "the user's own sign-in device, which keeps no history",
    "assure.core.services.issue_backup_codes": "the user's own sign-in codes, which keep no history",
    "assure.demo.services.backup_codes_for": "pure: the demo's printed codes",
    "assure.demo.services.totp_key_for": "pure: the demo's authenticator keys",
    "assure.demo.services.build_demo": "acts as the system actor and the demo's people (assure/demo/tests)",
    "assure.imports.services.fingerprint": "pure",
    "assure.imports.services.read_upload": "reads a file; writes nothing",
    "assure.imports.services.read_file": "reads a file; writes nothing",
    "assure.partnerships.services.temporary_password": "pure",
    "assure.reviews.services.quarter_end": "pure",
    "assure.assurance.services.audits.checked_names": "pure",
    "assure.assurance.services.audits.check_audit_dates": "pure",
    "assure.assurance.services.audits.check_grade": "pure",
    "assure.assurance.services.programme.removal_refusal": "reads whether a recommendation has actions; writes nothing",
    "assure.backup.services.back_up": "reads every table; writes only the backup file",
    "assure.backup.services.restore": "puts back every row as it was, history rows included (assure/backup/tests)",
    "assure.backup.services.migration_state": "reads the applied migrations",
}
# Functions taking `by` that write only by calling services (the command line's import, which must not
# load Django at import time, so it is not itself marked @service).
CALLS_SERVICES = {"assure.imports.import_command.import_files", "assure.imports.import_command.import_file"}
# Services that change nothing kept in a history table.
WRITES_NO_HISTORY = {
    "assure.partnerships.services.reset_sign_in": "a password and sign-in devices",
    "assure.reviews.learning.start_learning_report": "a job and the Word file it makes (jobs keep no history)",
}


def discover() -> dict:
    found = {}
    for info in pkgutil.walk_packages(assure.__path__, "assure."):
        name = info.name
        if any(part in ("tests", "migrations", "conftest") or (part.startswith("_") and part != "__init__")
               for part in name.split(".")):
            continue
        module = importlib.import_module(name)
        in_services = "services" in name.split(".")
        for function_name, function in vars(module).items():
            if function_name.startswith("_") or not inspect.isfunction(function) or function.__module__ != name:
                continue
            if in_services or "by" in inspect.signature(function).parameters:
                found[f"{name}.{function_name}"] = function
    return found


SERVICES = discover()


@dataclass
class World:
    """A partnership set up by `bea`; every service under test is then called by someone else."""

    partnership: object
    setup: object
    org: Organisation
    person: Person
    board: Body
    meeting: Meeting        # held last week
    item: object


@pytest.fixture
def world(partnership, business_user, organisations):
    by = business_user
    person = partnerships.create_person(partnership=partnership, full_name="Lena Ashworth", by=by,
                                        organisation=organisations["local_authority"])
    board = partnerships.create_body(partnership=partnership, name="Executive Board", kind=Body.Kind.EXECUTIVE_BOARD,
                                     by=by)
    partnerships.add_member(board, person=person, by=by)
    meeting = meetings.schedule_meeting(partnership=partnership, body=board, date=D(2026, 3, 2), by=by,
                                        status=Meeting.Status.HELD)
    item = meetings.add_agenda_item(meeting, title="Neglect strategy", by=by)
    return World(partnership, by, organisations["police"], person, board, meeting, item)


def an_action(w, **kwargs):
    return actions.create_action(partnership=w.partnership, text="Circulate the neglect strategy",
                                 owners=[actions.Owner(person=w.person)], by=w.setup, **kwargs)


def a_case(w, **kwargs):
    return review_factories.case(w.partnership, w.setup, **kwargs)


def a_review(w, **kwargs):
    return review_factories.review(w.partnership, w.setup, **kwargs)


def a_recommendation(w):
    return review_factories.recommendation(a_review(w), w.setup, w.org)


def a_publication(w, text=b"Learning from the review of Child T. Jordan Blake rang."):
    review = a_review(w, kind=Review.Kind.SAR, subject="adult")
    return review_factories.publication(review, w.setup, text=text)


def decided_publication(w):
    publication = a_publication(w)
    check = publishing.run_check(publication, by=w.setup, case_names=["Jordan Blake"])
    for hit in check.hits.all():
        publishing.decide_hit(hit, by=w.setup, outcome="justified", note="Agreed with the family")
    return publication


MINUTES = """Fenbridge Safeguarding Partnership Executive Board
Minutes of the meeting held on 15 January 2026

Present:
Jackie Channell (JC) – Chair, Fenbridge Council
Tom Price (TP) – Fenshire Police

1. Welcome and apologies
The chair welcomed everyone.

2. Exploitation plan
The board discussed the exploitation plan.
ACTION: JC to circulate the exploitation plan to all members by 28 February 2026.

Date of next meeting: 19 March 2026
"""


def minutes_file(tmp_path):
    path = tmp_path / "2026-01.txt"
    path.write_text(MINUTES)
    return path


def a_draft(w):
    draft, _ = imports.start_import(partnership=w.partnership, file_name="jan.txt", data=MINUTES.encode(), by=w.setup)
    return draft


def member_role(w):
    return Role.objects.get(user=make_user(w.partnership, Role.Kind.MEMBER, "mia", "Mia Member"))


def deactivated_person(w):
    role = member_role(w)
    partnerships.deactivate_account(role, by=w.setup)
    return Person.objects.get(user=role.user)


def matter_arising(w):
    earlier = meetings.schedule_meeting(partnership=w.partnership, body=w.board, date=D(2026, 1, 12), by=w.setup)
    item = meetings.add_agenda_item(earlier, title="Audit", by=w.setup)
    return an_action(w, meeting=earlier, item=item, due_at_next_meeting=True)


def new_paper(w):
    return meetings.add_paper(w.item, upload=SimpleUploadedFile("notes.txt", b"Notes for the board."), by=w.setup)


def due(n):
    return D(2026, 3, 9) + datetime.timedelta(days=n)


# Each case prepares what the service needs (as `bea`) and returns the call, to be made with by=.
CASES = {
    # --- partnerships
    "assure.partnerships.services.create_organisation": lambda w: lambda by: partnerships.create_organisation(
        partnership=w.partnership, name="Fenshire Fire and Rescue", kind="fire", by=by),
    "assure.partnerships.services.update_organisation": lambda w: lambda by: partnerships.update_organisation(
        w.org, name="Fenshire Constabulary", kind="police", by=by, expected_version=w.org.version),
    "assure.partnerships.services.create_person": lambda w: lambda by: partnerships.create_person(
        partnership=w.partnership, full_name="Sam Whitlock", by=by),
    "assure.partnerships.services.create_people": lambda w: lambda by: partnerships.create_people(
        partnership=w.partnership, people=[{"full_name": "Hana Ibrahim"}, {"full_name": "Paul Okafor"}], by=by),
    "assure.partnerships.services.create_organisations": lambda w: lambda by: partnerships.create_organisations(
        partnership=w.partnership, names=["Fenshire Fire and Rescue", "Fenshire Probation"], by=by),
    "assure.partnerships.services.update_person": lambda w: lambda by: partnerships.update_person(
        w.person, full_name="Lena Ashworth-Hall", by=by, expected_version=w.person.version),
    "assure.partnerships.services.create_body": lambda w: lambda by: partnerships.create_body(
        partnership=w.partnership, name="Exploitation Subgroup", kind=Body.Kind.SUBGROUP, by=by, reports_to=w.board),
    "assure.partnerships.services.update_body": lambda w: lambda by: partnerships.update_body(
        w.board, name="Executive", kind=Body.Kind.EXECUTIVE_BOARD, by=by, expected_version=w.board.version),
    "assure.partnerships.services.add_priority": lambda w: lambda by: partnerships.add_priority(
        partnership=w.partnership, title="Neglect", by=by, first_year=2025),
    "assure.partnerships.services.edit_priority": lambda w: (lambda p: lambda by: partnerships.edit_priority(
        p, title="Neglect and early help", by=by, expected_version=p.version))(
        partnerships.add_priority(partnership=w.partnership, title="Neglect", by=w.setup)),
    "assure.partnerships.services.move_priority": lambda w: (lambda p: lambda by: partnerships.move_priority(
        p, by=by, direction="up"))(
        [partnerships.add_priority(partnership=w.partnership, title=t, by=w.setup) for t in ("Neglect", "Exploitation")][1]),
    "assure.partnerships.services.add_member": lambda w: (lambda person: lambda by: partnerships.add_member(
        w.board, person=person, by=by))(
        partnerships.create_person(partnership=w.partnership, full_name="Ola Nowak", by=w.setup)),
    "assure.partnerships.services.update_membership": lambda w: (
        lambda m: lambda by: partnerships.update_membership(m, role=Membership.Role.CHAIR, by=by,
                                                            expected_version=m.version)
    )(Membership.objects.get(body=w.board, person=w.person)),
    "assure.partnerships.services.remove_member": lambda w: lambda by: partnerships.remove_member(
        Membership.objects.get(body=w.board, person=w.person), by=by),
    "assure.partnerships.services.create_account": lambda w: lambda by: partnerships.create_account(
        partnership=w.partnership, person=w.person, username="lena", kind=Role.Kind.MEMBER, by=by),
    "assure.partnerships.services.change_role": lambda w: (lambda role: lambda by: partnerships.change_role(
        role, kind=Role.Kind.READ_ONLY, by=by))(member_role(w)),
    "assure.partnerships.services.deactivate_account": lambda w: (lambda role: lambda by: (
        partnerships.deactivate_account(role, by=by)))(member_role(w)),
    "assure.partnerships.services.reactivate_account": lambda w: (lambda person: lambda by: (
        partnerships.reactivate_account(person, kind=Role.Kind.MEMBER, by=by)))(deactivated_person(w)),
    "assure.partnerships.services.reset_sign_in": lambda w: (lambda role: lambda by: (
        partnerships.reset_sign_in(role, by=by)))(member_role(w)),
    # --- actions
    "assure.actions.services.create_action": lambda w: lambda by: actions.create_action(
        partnership=w.partnership, text="Share the audit", owners=[actions.Owner(group_name="Business team")], by=by),
    "assure.actions.services.create_actions": lambda w: lambda by: actions.create_actions(
        partnership=w.partnership, by=by, actions=[
            actions.NewActionRow("Share the audit", [actions.Owner(group_name="Business team")], meeting=w.meeting,
                                 item=w.item),
            actions.NewActionRow("Brief the schools", [actions.Owner(person=w.person)], due_date=due(30))]),
    "assure.actions.services.post_meeting_updates": lambda w: (lambda a: lambda by: actions.post_meeting_updates(
        w.meeting, updates=[actions.MeetingUpdate(a, "Done", Action.Status.COMPLETED)], by=by))(matter_arising(w)),
    "assure.actions.services.set_owners": lambda w: (lambda a: lambda by: actions.set_owners(
        a, [actions.Owner(group_name="Business team")], by=by))(an_action(w)),
    "assure.actions.services.post_update": lambda w: (lambda a: lambda by: actions.post_update(
        a, text="Drafted", status=Action.Status.IN_PROGRESS, by=by, expected_version=a.version))(an_action(w)),
    "assure.actions.services.complete_action": lambda w: (lambda a: lambda by: actions.complete_action(
        a, by=by, expected_version=a.version))(an_action(w)),
    "assure.actions.services.carry_forward": lambda w: (lambda a: lambda by: actions.carry_forward(
        a, by=by, expected_version=a.version))(an_action(w)),
    "assure.actions.services.supersede": lambda w: (lambda a: lambda by: actions.supersede(
        a, by=by, expected_version=a.version))(an_action(w)),
    "assure.actions.services.edit_action": lambda w: (lambda a: lambda by: actions.edit_action(
        a, by=by, expected_version=a.version, text="Circulate the revised strategy", rag="amber",
        owners=[actions.Owner(group_name="Business team")]))(an_action(w)),
    # --- meetings
    "assure.meetings.services.meetings.schedule_meeting": lambda w: lambda by: meetings.schedule_meeting(
        partnership=w.partnership, body=w.board, date=D(2026, 5, 11), by=by),
    "assure.meetings.services.meetings.edit_meeting": lambda w: lambda by: meetings.edit_meeting(
        w.meeting, by=by, expected_version=w.meeting.version, date=D(2026, 3, 3), location="Council House"),
    "assure.meetings.services.meetings.cancel_meeting": lambda w: (lambda m: lambda by: meetings.cancel_meeting(
        m, by=by, expected_version=m.version, reason="Not quorate"))(
        meetings.schedule_meeting(partnership=w.partnership, body=w.board, date=D(2026, 5, 11), by=w.setup)),
    "assure.meetings.services.meetings.mark_held": lambda w: (lambda m: lambda by: meetings.meetings.mark_held(
        m, by))(meetings.schedule_meeting(partnership=w.partnership, body=w.board, date=D(2026, 2, 2), by=w.setup)),
    "assure.meetings.services.meetings.approve_minutes": lambda w: (lambda _earlier: lambda by: (
        meetings.approve_minutes(w.meeting, by=by)))(meetings.schedule_meeting(
            partnership=w.partnership, body=w.board, date=D(2026, 1, 12), by=w.setup, status=Meeting.Status.HELD)),
    "assure.meetings.services.agenda.add_agenda_item": lambda w: lambda by: meetings.add_agenda_item(
        w.meeting, title="Exploitation plan", number="0.5", by=by),
    "assure.meetings.services.agenda.add_agenda_items": lambda w: lambda by: meetings.add_agenda_items(
        w.meeting, items=[("0.5", "Welcome"), ("", "Any other business")], by=by),
    "assure.meetings.services.agenda.edit_agenda_item": lambda w: lambda by: meetings.edit_agenda_item(
        w.item, by=by, expected_version=w.item.version, number="2", title="Neglect strategy refresh"),
    "assure.meetings.services.agenda.remove_agenda_item": lambda w: (lambda _paper: lambda by: (
        meetings.remove_agenda_item(w.item, by=by)))(new_paper(w)),
    "assure.meetings.services.agenda.move_agenda_item": lambda w: (lambda _other: lambda by: (
        meetings.move_agenda_item(w.item, by=by, direction="down")))(
        meetings.add_agenda_item(w.meeting, title="Any other business", by=w.setup)),
    "assure.meetings.services.agenda.record_minutes": lambda w: lambda by: meetings.record_minutes(
        w.item, by=by, expected_version=w.item.version, discussion="The board discussed the strategy."),
    "assure.meetings.services.agenda.record_item_minutes": lambda w: (lambda d: lambda by: (
        meetings.record_item_minutes(
            w.item, by=by, expected_version=w.item.version, discussion="The board discussed the strategy.",
            decisions=[meetings.DecisionChange("Agreed, with changes.", decision=d),
                       meetings.DecisionChange("The board agreed the strategy.")],
            new_actions=[meetings.NewAction("Circulate the strategy", [actions.Owner(person=w.person)], due(30))])))(
        meetings.add_decision(w.item, text="Agreed.", by=w.setup)),
    "assure.meetings.services.agenda.add_decision": lambda w: lambda by: meetings.add_decision(
        w.item, text="The board agreed the strategy.", by=by),
    "assure.meetings.services.agenda.add_decisions": lambda w: lambda by: meetings.add_decisions(
        w.meeting, decisions=[(w.item, "The board agreed the strategy."), (w.item, "The board noted the risks.")], by=by),
    "assure.meetings.services.agenda.remove_decision": lambda w: (lambda d: lambda by: meetings.remove_decision(
        d, by=by))(meetings.add_decision(w.item, text="Agreed.", by=w.setup)),
    "assure.meetings.services.agenda.record_item_action": lambda w: lambda by: meetings.record_item_action(
        w.item, text="Circulate the strategy", owners=[actions.Owner(person=w.person)], by=by, due_date=due(30)),
    "assure.meetings.services.agenda.add_paper": lambda w: lambda by: meetings.add_paper(
        w.item, upload=SimpleUploadedFile("strategy.txt", b"The neglect strategy."), by=by),
    "assure.meetings.services.agenda.remove_paper": lambda w: (lambda p: lambda by: meetings.remove_paper(
        p, by=by))(new_paper(w)),
    "assure.meetings.services.attendance.record_attendance": lambda w: lambda by: meetings.record_attendance(
        w.meeting, entries=[meetings.AttendanceEntry(person=w.person, status=Attendance.Status.PRESENT)], by=by),
    "assure.meetings.services.attendance.record_attendance_list": lambda w: lambda by: meetings.record_attendance_list(
        w.meeting, entries=[meetings.AttendanceEntry(person=w.person, status=Attendance.Status.PRESENT),
                            meetings.AttendanceEntry(person=meetings.NewPerson("Greta Newcombe"),
                                                     status=Attendance.Status.IN_ATTENDANCE)], by=by),
    "assure.meetings.services.attendance.remove_attendance": lambda w: (lambda rows: lambda by: (
        meetings.remove_attendance(rows[0], by=by)))(meetings.record_attendance(
            w.meeting, entries=[meetings.AttendanceEntry(person=w.person, status="apologies")], by=w.setup)),
    "assure.meetings.services.forward_plan.book_forward_plan_entry": lambda w: lambda by: (
        meetings.book_forward_plan_entry(partnership=w.partnership, body=w.board, title="LADO annual report",
                                         by=by, month=D(2026, 9, 1))),
    "assure.meetings.services.forward_plan.book_forward_plan_entries": lambda w: lambda by: (
        meetings.book_forward_plan_entries(partnership=w.partnership, body=w.board, by=by, entries=[
            meetings.Booking("LADO annual report", every_year_in=9), meetings.Booking("Training needs", notes="Q3")])),
    "assure.meetings.services.forward_plan.edit_forward_plan_entry": lambda w: (lambda e: lambda by: (
        meetings.edit_forward_plan_entry(e, by=by, expected_version=e.version, title="LADO report",
                                         month=D(2026, 10, 1))))(an_entry(w)),
    "assure.meetings.services.forward_plan.remove_forward_plan_entry": lambda w: (lambda e: lambda by: (
        meetings.remove_forward_plan_entry(e, by=by)))(an_entry(w)),
    "assure.meetings.services.forward_plan.add_entry_to_agenda": lambda w: (lambda e: lambda by: (
        meetings.add_entry_to_agenda(w.meeting, e, by=by)))(an_entry(w)),
    "assure.meetings.services.matters_arising.record_matters_arising_update": lambda w: (lambda a: lambda by: (
        meetings.record_matters_arising_update(w.meeting, a, text="Done", status=Action.Status.COMPLETED, by=by,
                                               expected_version=a.version)))(matter_arising(w)),
    "assure.meetings.services.matters_arising.record_matters_arising_updates": lambda w: (lambda a: lambda by: (
        meetings.record_matters_arising_updates(w.meeting, updates=[
            actions.MeetingUpdate(a, "Done", Action.Status.COMPLETED)], by=by)))(matter_arising(w)),
    # --- reviews
    "assure.reviews.services.update_clock_settings": lambda w: (lambda s: lambda by: reviews.update_clock_settings(
        s, by=by, expected_version=s.version, notification_working_days=6))(clock_settings_for(w.partnership)),
    "assure.reviews.services.register_case": lambda w: lambda by: reviews.register_case(
        partnership=w.partnership, by=by, pseudonym="Child K", subject="child", date_aware=D(2026, 3, 2),
        date_notified=D(2026, 3, 4)),
    "assure.reviews.services.edit_case": lambda w: (lambda c: lambda by: reviews.edit_case(
        c, by=by, expected_version=c.version, pseudonym="Child M", subject="child", date_aware=c.date_aware))(
        a_case(w)),
    "assure.reviews.services.record_notification": lambda w: (lambda c: lambda by: reviews.record_notification(
        c, by=by, expected_version=c.version, date_notified=D(2026, 3, 4)))(
        a_case(w, date_aware=D(2026, 3, 2), date_notified=None)),
    "assure.reviews.services.record_breach_reason": lambda w: (lambda c: lambda by: reviews.record_breach_reason(
        c, by=by, clock_key=BreachReason.Clock.NOTIFICATION, reason="The referral was misfiled"))(
        a_case(w, date_notified=None)),
    "assure.reviews.services.add_information_request": lambda w: (lambda c: lambda by: (
        reviews.add_information_request(c, by=by, organisation=w.org, requested_on=D(2026, 1, 8))))(a_case(w)),
    "assure.reviews.services.remove_information_request": lambda w: (lambda r: lambda by: (
        reviews.remove_information_request(r, by=by)))(an_information_request(w)),
    "assure.reviews.services.record_information_return": lambda w: (lambda r: lambda by: (
        reviews.record_information_return(r, by=by, returned_on=D(2026, 1, 14))))(an_information_request(w)),
    "assure.reviews.services.record_rapid_review": lambda w: (lambda c: lambda by: reviews.record_rapid_review(
        c, by=by, expected_version=c.rapid_review.version, held_on=D(2026, 1, 19),
        decision=RapidReview.Decision.CSPR, reasons="Criteria met", decision_agreed_on=D(2026, 1, 19)))(a_case(w)),
    "assure.reviews.services.start_review": lambda w: (lambda c: lambda by: reviews.start_review(
        c, by=by, kind=Review.Kind.CSPR))(review_factories.decided(a_case(w), w.setup)),
    "assure.reviews.services.edit_review": lambda w: (lambda r: lambda by: reviews.edit_review(
        r, by=by, expected_version=r.version, findings="Information was not shared.",
        publication_planned_on=D(2026, 6, 1)))(a_review(w)),
    "assure.reviews.services.plan_publication": lambda w: (lambda r: lambda by: reviews.plan_publication(
        r, by=by, planned_on=D(2026, 6, 1)))(a_review(w)),
    "assure.reviews.services.move_stage": lambda w: (lambda r: lambda by: reviews.move_stage(
        r, by=by, expected_version=r.version, stage=Review.Stage.DRAFT))(a_review(w)),
    "assure.reviews.services.set_deferral": lambda w: (lambda r: lambda by: reviews.set_deferral(
        r, by=by, expected_version=r.version, deferred=True, reason=Review.DeferralReason.INQUEST,
        review_on=D(2026, 6, 1)))(a_review(w)),
    "assure.reviews.services.add_panel_member": lambda w: (lambda r: lambda by: reviews.add_panel_member(
        r, by=by, person=w.person))(a_review(w)),
    "assure.reviews.services.remove_panel_member": lambda w: (lambda m: lambda by: reviews.remove_panel_member(
        m, by=by))(reviews.add_panel_member(a_review(w), by=w.setup, person=w.person)),
    "assure.reviews.services.record_publication_notice": lambda w: (lambda r: lambda by: (
        reviews.record_publication_notice(r, by=by, expected_version=r.version, sent_on=D(2026, 3, 2))))(
        planned_review(w)),
    "assure.reviews.learning.add_recommendation": lambda w: (lambda r: lambda by: learning.add_recommendation(
        r, by=by, text="Improve information sharing", scope="multi_agency"))(a_review(w)),
    "assure.reviews.learning.edit_recommendation": lambda w: (lambda rec: lambda by: learning.edit_recommendation(
        rec, by=by, expected_version=rec.version, text="Share information sooner", scope="multi_agency"))(
        a_recommendation(w)),
    "assure.reviews.learning.delete_recommendation": lambda w: (lambda pair: lambda by: (
        learning.delete_recommendation(pair[0], by=by, expected_version=pair[0].version,
                                       confirmed_action_ids=[pair[1].pk])))(recommendation_with_plan(w)),
    "assure.reviews.learning.decide_recommendation": lambda w: (lambda rec: lambda by: (
        learning.decide_recommendation(rec, by=by, expected_version=rec.version, decision="not_accepted",
                                       reason="Another agency's plan already covers it", decided_on=D(2026, 3, 2))))(
        a_recommendation(w)),
    "assure.reviews.learning.add_plan_action": lambda w: (lambda rec: lambda by: learning.add_plan_action(
        rec, by=by, text="Audit referrals", owner_organisation=w.org, due_date=due(60), owner=w.person,
        rag="amber"))(a_recommendation(w)),
    "assure.reviews.learning.add_progress_update": lambda w: (lambda rec: lambda by: learning.add_progress_update(
        rec, by=by, quarter_ending=D(2026, 3, 1), rag="green", text="On track"))(a_recommendation(w)),
    "assure.reviews.learning.start_learning_report": lambda w: lambda by: learning.start_learning_report(
        w.partnership, by=by),
    "assure.reviews.publishing.upload_publication": lambda w: (lambda r: lambda by: publishing.upload_publication(
        r, by=by, kind="report", title="The report", file=SimpleUploadedFile("report.txt", b"Learning.")))(
        a_review(w)),
    "assure.reviews.publishing.run_check": lambda w: (lambda p: lambda by: publishing.run_check(
        p, by=by, case_names=["Jordan Blake"]))(a_publication(w)),
    "assure.reviews.publishing.decide_hit": lambda w: (lambda check: lambda by: publishing.decide_hit(
        check.hits.first(), by=by, outcome="cleared"))(
        publishing.run_check(a_publication(w), by=w.setup, case_names=["Jordan Blake"])),
    "assure.reviews.publishing.publish": lambda w: (lambda p: lambda by: publishing.publish(
        p, by=by, expected_version=p.version, published_on=D(2026, 3, 9)))(decided_publication(w)),
    # --- assurance: the risk register
    "assure.assurance.services.risks.add_risk": lambda w: lambda by: assurance.add_risk(
        partnership=w.partnership, by=by, **risk_factories.risk_fields(w.partnership, owner=w.person, body=w.board)),
    "assure.assurance.services.risks.edit_risk": lambda w: (lambda r: lambda by: assurance.edit_risk(
        r, by=by, expected_version=r.version, note="Re-scored after the audit", **risk_factories.risk_fields(
            w.partnership, owner=w.person, body=w.board, **risk_factories.scores(current=(2, 4)))))(a_risk(w)),
    "assure.assurance.services.risks.add_risk_action": lambda w: (lambda r: lambda by: assurance.add_risk_action(
        r, by=by, text="Agree the three-year funding formula", owner_organisation=w.org, due_date=due(60)))(a_risk(w)),
    "assure.assurance.services.risks.close_risk": lambda w: (lambda r: lambda by: assurance.close_risk(
        r, by=by, expected_version=r.version, closed_on=D(2026, 3, 6), reason="Funding agreed"))(a_risk(w)),
    "assure.assurance.services.risks.reopen_risk": lambda w: (lambda r: lambda by: assurance.reopen_risk(
        r, by=by, expected_version=r.version, reason="The agreement fell through"))(closed_risk(w)),
    # --- assurance: the programme
    "assure.assurance.services.programme.add_activity": lambda w: lambda by: assurance.add_activity(
        partnership=w.partnership, by=by, year=2025, kind="case_audit", title="Neglect case audit",
        reporting_body=w.board, planned_start=D(2026, 1, 5), planned_report=D(2026, 4, 1)),
    "assure.assurance.services.programme.edit_activity": lambda w: (lambda a: lambda by: assurance.edit_activity(
        a, by=by, expected_version=a.version, year=2025, kind="case_audit", title="Neglect case audit",
        reporting_body=w.board, planned_report=D(2026, 5, 1)))(an_activity(w)),
    "assure.assurance.services.programme.add_finding": lambda w: (lambda a: lambda by: assurance.add_finding(
        a, by=by, kind="development", text="Fathers were rarely seen"))(an_activity(w)),
    "assure.assurance.services.programme.add_recommendation": lambda w: (
        lambda a: lambda by: assurance.add_recommendation(a, by=by, text="Involve fathers in assessments"))(
        an_activity(w)),
    "assure.assurance.services.programme.add_recommendation_action": lambda w: (
        lambda r: lambda by: assurance.add_recommendation_action(
            r, by=by, text="Add fathers to the assessment template", owner_organisation=w.org, due_date=due(60)))(
        assurance.add_recommendation(an_activity(w), by=w.setup, text="Involve fathers in assessments")),
    # --- assurance: inspections, escalations, complaints
    "assure.assurance.services.inspections.add_inspection": lambda w: lambda by: assurance.add_inspection(
        partnership=w.partnership, by=by, inspection_type="jtai", theme="Domestic abuse", start_date=D(2026, 1, 12),
        status="in_progress", agencies=[w.org], reporting_body=w.board, planned_report=D(2026, 4, 20)),
    "assure.assurance.services.inspections.edit_inspection": lambda w: (lambda i: lambda by: assurance.edit_inspection(
        i, by=by, expected_version=i.activity.version, inspection_type="ofsted_ilacs", start_date=D(2026, 1, 13),
        status="in_progress", reporting_body=w.board, planned_report=D(2026, 5, 20)))(an_inspection(w)),
    "assure.assurance.services.inspections.add_judgement": lambda w: (lambda i: lambda by: assurance.add_judgement(
        i, by=by, area="Overall effectiveness", judgement="Good"))(an_inspection(w)),
    "assure.assurance.services.inspections.remove_judgement": lambda w: (
        lambda j: lambda by: assurance.remove_judgement(j, by=by))(assurance.add_judgement(
            an_inspection(w), by=w.setup, area="Overall effectiveness", judgement="Good")),
    "assure.assurance.services.inspections.upload_report": lambda w: (lambda i: lambda by: assurance.upload_report(
        i, by=by, file=SimpleUploadedFile("letter.txt", b"Findings of the joint inspection.")))(an_inspection(w)),
    "assure.assurance.services.inspections.add_preparation_task": lambda w: (
        lambda i: lambda by: assurance.add_preparation_task(
            i, by=by, text="Refresh the self-evaluation", owner_organisation=w.org, due_date=due(30)))(
        an_inspection(w)),
    "assure.assurance.services.escalations.record_escalation": lambda w: (
        lambda stages: lambda by: assurance.record_escalation(partnership=w.partnership, by=by, **escalation_fields(w)))(
        assurance_queries.escalation_stages(w.partnership)),
    "assure.assurance.services.escalations.edit_escalation": lambda w: (
        lambda e: lambda by: assurance.edit_escalation(e, by=by, expected_version=e.version, **escalation_fields(
            w, summary="Strategy discussion not held within a day.")))(an_escalation(w)),
    "assure.assurance.services.escalations.escalate": lambda w: (lambda e: lambda by: assurance.escalate(
        e, by=by, expected_version=e.version, stage=assurance_queries.escalation_stages(w.partnership)[1],
        moved_on=D(2026, 3, 4)))(an_escalation(w)),
    "assure.assurance.services.escalations.resolve_escalation": lambda w: (
        lambda e: lambda by: assurance.resolve_escalation(e, by=by, expected_version=e.version,
                                                          resolved_on=D(2026, 3, 5), outcome="changed"))(
        an_escalation(w)),
    "assure.assurance.services.escalations.add_escalation_stage": lambda w: (
        lambda stages: lambda by: assurance.add_escalation_stage(partnership=w.partnership, by=by,
                                                                 name="Independent scrutineer", working_days=10))(
        assurance_queries.escalation_stages(w.partnership)),
    "assure.assurance.services.escalations.edit_escalation_stage": lambda w: (
        lambda s: lambda by: assurance.edit_escalation_stage(s, by=by, expected_version=s.version, name="Managers",
                                                             working_days=7))(
        assurance_queries.escalation_stages(w.partnership)[1]),
    "assure.assurance.services.escalations.remove_escalation_stage": lambda w: (
        lambda s: lambda by: assurance.remove_escalation_stage(s, by=by))(
        assurance_queries.escalation_stages(w.partnership)[1]),
    "assure.assurance.services.complaints.update_complaint_timescales": lambda w: (
        lambda t: lambda by: assurance.update_complaint_timescales(t, by=by, expected_version=t.version,
                                                                   acknowledge_working_days=5,
                                                                   respond_working_days=15))(
        assurance_queries.timescales_for(w.partnership)),
    "assure.assurance.services.complaints.record_complaint": lambda w: (
        lambda t: lambda by: assurance.record_complaint(partnership=w.partnership, by=by, received_on=D(2026, 3, 2),
                                                        complainant="parent", summary="No reply to a letter."))(
        assurance_queries.timescales_for(w.partnership)),
    "assure.assurance.services.complaints.edit_complaint": lambda w: (
        lambda c: lambda by: assurance.edit_complaint(c, by=by, expected_version=c.version, received_on=D(2026, 3, 3),
                                                      complainant="parent", summary="No reply to two letters."))(
        a_complaint(w)),
    "assure.assurance.services.complaints.acknowledge_complaint": lambda w: (
        lambda c: lambda by: assurance.acknowledge_complaint(c, by=by, expected_version=c.version,
                                                             acknowledged_on=D(2026, 3, 4)))(a_complaint(w)),
    "assure.assurance.services.complaints.respond_to_complaint": lambda w: (
        lambda c: lambda by: assurance.respond_to_complaint(c, by=by, expected_version=c.version,
                                                            responded_on=D(2026, 3, 6), outcome="upheld"))(
        a_complaint(w)),
    # --- assurance: case audits and thematic reviews
    "assure.assurance.services.audits.add_case_audit": lambda w: lambda by: assurance.add_case_audit(
        partnership=w.partnership, by=by, **risk_factories.audit_fields(w.partnership, agencies=[w.org],
                                                                          reporting_body=w.board)),
    "assure.assurance.services.audits.edit_case_audit": lambda w: (lambda a: lambda by: assurance.edit_case_audit(
        a, by=by, expected_version=a.version, kind="case_audit", domains=["Recognition", "Overall"],
        **risk_factories.audit_fields(w.partnership, agencies=[w.org], reporting_body=w.board)))(an_audit(w)),
    "assure.assurance.services.audits.add_sample_case": lambda w: (lambda a: lambda by: assurance.add_sample_case(
        a, by=by, reference="Child A"))(an_audit(w)),
    "assure.assurance.services.audits.remove_sample_case": lambda w: (
        lambda c: lambda by: assurance.remove_sample_case(c, by=by))(
        assurance.add_sample_case(an_audit(w), by=w.setup, reference="Child A")),
    "assure.assurance.services.audits.record_agency_return": lambda w: (
        lambda c: lambda by: assurance.record_agency_return(
            c, by=by, organisation=w.org, grades={"Overall": "Good"}, returned_on=D(2026, 3, 2)))(
        assurance.add_sample_case(an_audit(w), by=w.setup, reference="Child A")),
    "assure.assurance.services.audits.edit_grading_scale": lambda w: (
        lambda s: lambda by: assurance.edit_grading_scale(s, by=by, expected_version=s.version,
                                                          grades=["Good", "Adequate", "Inadequate"]))(
        GradingScale.objects.create(partnership=w.partnership)),
    "assure.assurance.services.thematic.add_thematic_review": lambda w: lambda by: assurance.add_thematic_review(
        partnership=w.partnership, by=by, year=2025, title="Core safeguarding practice",
        key_areas=["Front door", "Exploitation"], agencies=[w.org], reporting_body=w.board),
    "assure.assurance.services.thematic.edit_thematic_review": lambda w: (
        lambda r: lambda by: assurance.edit_thematic_review(
            r, by=by, expected_version=r.version, year=2025, title="Core safeguarding practice",
            key_areas=["Exploitation", "Front door"], agencies=[w.org], reporting_body=w.board))(a_thematic_review(w)),
    "assure.assurance.services.thematic.record_self_evaluation": lambda w: (
        lambda r: lambda by: assurance.record_self_evaluation(
            r, by=by, organisation=w.org, area="Front door", rating="Good", evidence="MASH audit"))(
        a_thematic_review(w)),
    "assure.assurance.services.thematic.add_progress_report": lambda w: (
        lambda r: lambda by: assurance.add_progress_report(r, by=by, reported_on=D(2026, 3, 2),
                                                           note="Two actions complete"))(a_thematic_review(w)),
    # --- assurance: self-assessments (section 11, section 175/157)
    "assure.assurance.services.self_assessment.save_standards_template": lambda w: lambda by: (
        assurance.save_standards_template(partnership=w.partnership, by=by, framework="section_11",
                                          standards=[{"number": "1", "title": "Leadership"}])),
    "assure.assurance.services.self_assessment.add_self_assessment_round": lambda w: lambda by: (
        sa_factories.school_round(w.partnership, by, schools=[w.org], owner_body=w.board)),
    "assure.assurance.services.self_assessment.set_up_round": lambda w: (lambda a: lambda by: assurance.set_up_round(
        a, by=by, framework="section_11", deadline=D(2026, 5, 29), organisations=[w.org]))(
        assurance.add_activity(partnership=w.partnership, by=w.setup, year=2026, kind="self_assessment",
                               title="Section 11 round")),
    "assure.assurance.services.self_assessment.change_deadline": lambda w: (lambda r: lambda by: (
        assurance.change_deadline(r.round, by=by, expected_version=r.round.version, deadline=D(2026, 3, 27))))(
        a_return(w)),
    "assure.assurance.services.self_assessment.ask_organisations": lambda w: (lambda r: lambda by: (
        assurance.ask_organisations(r.round, by=by, organisations=[w.org])))(a_return(w)),
    "assure.assurance.services.self_assessment.nominate_contact": lambda w: (lambda r: lambda by: (
        assurance.nominate_contact(r, by=by, expected_version=r.version, contact=w.person)))(a_return(w)),
    "assure.assurance.services.self_assessment.submit_return": lambda w: (lambda r: lambda by: (
        assurance.submit_return(r, by=by, expected_version=r.version, ratings=sa_factories.all_ratings(r.round))))(
        a_return(w)),
    "assure.assurance.services.self_assessment.record_follow_up": lambda w: (lambda r: lambda by: (
        assurance.record_follow_up(r, by=by, kind="visit", held_on=D(2026, 3, 4), attendees="The DSL")))(
        a_return(w)),
    "assure.assurance.services.self_assessment.start_return_import": lambda w: (lambda r: lambda by: (
        assurance.start_return_import(r.round, by=by, file_name="returns.csv", data=returns_csv(r))))(a_return(w)),
    "assure.assurance.services.self_assessment.confirm_return_import": lambda w: (lambda i: lambda by: (
        assurance.confirm_return_import(i, by=by)))(
        (lambda r: assurance.start_return_import(r.round, by=w.setup, file_name="returns.csv",
                                                 data=returns_csv(r)))(a_return(w))),
    # --- assurance: setting up an activity already on the programme (services/set_up.py)
    "assure.assurance.services.set_up.set_up_case_audit": lambda w: (lambda a: lambda by: assurance.set_up_case_audit(
        a, by=by, period_start=D(2025, 4, 1), period_end=D(2025, 9, 30), domains=["Overall"], agencies=[w.org]))(
        an_activity(w)),
    "assure.assurance.services.set_up.set_up_thematic_review": lambda w: (
        lambda a: lambda by: assurance.set_up_thematic_review(a, by=by, key_areas=["Front door"], agencies=[w.org]))(
        assurance.add_activity(partnership=w.partnership, by=w.setup, year=2025, kind="thematic_review",
                               title="Exploitation thematic review")),
    "assure.assurance.services.set_up.set_up_inspection": lambda w: (
        lambda a: lambda by: assurance.set_up_inspection(a, by=by, inspection_type="ofsted_ilacs"))(
        assurance.add_activity(partnership=w.partnership, by=w.setup, year=2025, kind="inspection",
                               title="Ofsted ILACS")),
    # --- assurance: correcting and removing findings and recommendations
    "assure.assurance.services.programme.edit_finding": lambda w: (lambda f: lambda by: assurance.edit_finding(
        f, by=by, expected_version=f.version, kind="strength", text="Fathers were seen in most cases"))(
        assurance.add_finding(an_activity(w), by=w.setup, kind="development", text="Fathers were rarely seen")),
    "assure.assurance.services.programme.remove_finding": lambda w: (lambda f: lambda by: assurance.remove_finding(
        f, by=by))(assurance.add_finding(an_activity(w), by=w.setup, kind="development", text="Fathers unseen")),
    "assure.assurance.services.programme.edit_recommendation": lambda w: (
        lambda r: lambda by: assurance.edit_recommendation(
            r, by=by, expected_version=r.version, text="Involve fathers in every assessment"))(
        assurance.add_recommendation(an_activity(w), by=w.setup, text="Involve fathers in assessments")),
    "assure.assurance.services.programme.remove_recommendation": lambda w: (
        lambda r: lambda by: assurance.remove_recommendation(r, by=by))(
        assurance.add_recommendation(an_activity(w), by=w.setup, text="Involve fathers in assessments")),
    "assure.actions.services.create_follow_up_action": lambda w: lambda by: actions.create_follow_up_action(
        partnership=w.partnership, text="Refresh the escalation policy", owner_organisation=w.org, due_date=due(30),
        by=by),
    # --- imports
    "assure.imports.services.import_upload": lambda w: lambda by: imports.import_upload(
        partnership=w.partnership, upload=SimpleUploadedFile("jan.txt", MINUTES.encode()), by=by),
    "assure.imports.services.start_import": lambda w: lambda by: imports.start_import(
        partnership=w.partnership, file_name="jan.txt", data=MINUTES.encode(), by=by),
    "assure.imports.services.keep_read_file": lambda w: (lambda read: lambda by: imports.keep_read_file(
        w.partnership, read, by=by))(imports.read_file("jan.txt", MINUTES.encode())),
    "assure.imports.services.mark_failed": lambda w: (lambda d: lambda by: imports.mark_failed(
        d, reason="The board is not recorded here.", by=by))(a_draft(w)),
    "assure.imports.services.discard_import": lambda w: (lambda d: lambda by: imports.discard_import(d, by=by))(
        a_draft(w)),
    "assure.imports.services.commit_import": lambda w: (lambda d: lambda by: imports.commit_import(
        d, record=resolve_automatically(w.partnership, d.record)[0], by=by))(a_draft(w)),
    "assure.imports.import_command.import_files": lambda w: lambda by: import_command.import_files(
        w.partnership, [minutes_file(w.tmp_path)], by=by),
    "assure.imports.import_command.import_file": lambda w: lambda by: import_command.import_file(
        minutes_file(w.tmp_path), partnership=w.partnership, by=by),
}


# Apps keep their own cases beside their tests: `assure/<app>/tests/service_cases.py` with CASES and NO_ACTOR,
# each case taking the World above (the assurance and earlier apps' cases are still in this file).
APPS_WITH_OWN_CASES = ["performance", "budget", "training", "plans", "reports", "jobs", "mail", "calendars", "imports",
                       "reminders", "search", "api", "generate"]
for _app in APPS_WITH_OWN_CASES:
    _module = importlib.import_module(f"assure.{_app}.tests.service_cases")
    CASES.update(_module.CASES)
    NO_ACTOR.update(_module.NO_ACTOR)
    WRITES_NO_HISTORY.update(getattr(_module, "WRITES_NO_HISTORY", {}))


def an_activity(w):
    return assurance.add_activity(partnership=w.partnership, by=w.setup, year=2025, kind="case_audit",
                                  title="Neglect case audit", reporting_body=w.board)


def an_audit(w):
    return assurance.add_case_audit(partnership=w.partnership, by=w.setup,
                                    **risk_factories.audit_fields(w.partnership, agencies=[w.org],
                                                                  reporting_body=w.board))


def a_thematic_review(w):
    GradingScale.objects.get_or_create(partnership=w.partnership)   # made by its first use, not by the service
    return assurance.add_thematic_review(partnership=w.partnership, by=w.setup, year=2025,
                                         title="Core safeguarding practice", key_areas=["Front door", "Exploitation"],
                                         agencies=[w.org], reporting_body=w.board)
def a_return(w):
    return sa_factories.school_round(w.partnership, w.setup, schools=[w.person.organisation],
                                     owner_body=w.board).returns.get()


def returns_csv(organisation_return) -> bytes:
    standards = list(organisation_return.round.standards.all())
    head = ",".join(["Organisation"] + [s.number for s in standards])
    return f"{head}\n{organisation_return.organisation.name}{',green' * len(standards)}\n".encode()


def an_entry(w):
    return meetings.book_forward_plan_entry(partnership=w.partnership, body=w.board, title="LADO annual report",
                                            by=w.setup, month=D(2026, 9, 1))


def a_risk(w):
    return risk_factories.risk(w.partnership, w.setup, owner=w.person, body=w.board)


def closed_risk(w):
    risk = a_risk(w)
    return assurance.close_risk(risk, by=w.setup, expected_version=risk.version, closed_on=D(2026, 3, 6),
                                reason="Funding agreed")


def an_inspection(w):
    return assurance.add_inspection(partnership=w.partnership, by=w.setup, inspection_type="jtai",
                                    theme="Domestic abuse", status="planned", reporting_body=w.board)


def escalation_fields(w, **changes):
    return {"raised_on": D(2026, 3, 2), "raised_by_organisation": w.org, "raised_by_role": "Detective sergeant",
            "about_organisation": w.person.organisation, "summary": "Strategy discussion not held.",
            "case_reference": "Child T", **changes}


def an_escalation(w):
    assurance_queries.escalation_stages(w.partnership)
    return assurance.record_escalation(partnership=w.partnership, by=w.setup, **escalation_fields(w))


def a_complaint(w):
    return assurance.record_complaint(partnership=w.partnership, by=w.setup, received_on=D(2026, 3, 2),
                                      complainant="parent", summary="No reply to a letter.")


def an_information_request(w):
    return reviews.add_information_request(a_case(w), by=w.setup, organisation=w.org, requested_on=D(2026, 1, 8))


def planned_review(w):
    review = a_review(w)
    return reviews.edit_review(review, by=w.setup, expected_version=review.version,
                               publication_planned_on=D(2026, 3, 20))


def recommendation_with_plan(w):
    recommendation = a_recommendation(w)
    action = learning.add_plan_action(recommendation, by=w.setup, text="Audit referrals", owner_organisation=w.org,
                                      due_date=due(60))
    recommendation.refresh_from_db()
    return recommendation, action


def test_every_service_has_a_case():
    """A new service (or a new write taking `by`) must be added here, so its history rows are checked."""
    takes_by = {name for name, function in SERVICES.items() if "by" in inspect.signature(function).parameters}
    assert takes_by == set(CASES), "add a case for each new service; remove the case of a removed one"
    assert set(SERVICES) - takes_by == set(NO_ACTOR), "a service module function with no `by`: is it a write?"


@pytest.mark.parametrize("name", sorted(set(SERVICES) - set(NO_ACTOR) - CALLS_SERVICES))
def test_every_service_is_marked_to_record_its_actor(name):
    assert getattr(SERVICES[name], "records_actor", False), f"decorate {name} with @service"


def history_marks():
    return {model: model.history.model.objects.order_by("-history_id").values_list("history_id", flat=True).first()
            or 0 for model in History.registered}


def rows_since(marks):
    return [row for model, last in marks.items()
            for row in model.history.model.objects.filter(history_id__gt=last)]


@pytest.fixture
def actor(partnership):
    """A second member of the business team: not the user who set the world up, nor anyone signed in."""
    return make_user(partnership, Role.Kind.BUSINESS_TEAM, "cal", "Cal Acting")


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_history_row_a_service_writes_names_its_by(name, world, actor, tmp_path):
    world.tmp_path = tmp_path
    call = CASES[name](world)
    marks = history_marks()
    call(actor)
    written = rows_since(marks)
    assert {row.history_user_id for row in written} <= {actor.pk}, [
        (row._meta.object_name, row.history_type, row.history_user_id) for row in written if
        row.history_user_id != actor.pk]
    if name not in WRITES_NO_HISTORY:
        assert written, f"{name} wrote no history row"


@pytest.mark.parametrize("name", sorted(set(CASES) - CALLS_SERVICES))
def test_every_service_refuses_to_run_without_an_actor_and_writes_nothing(name, world, tmp_path):
    world.tmp_path = tmp_path
    call = CASES[name](world)
    marks = history_marks()
    counts = (ImportedDocument.objects.count(), Action.objects.count(), Meeting.objects.count())
    with pytest.raises(MissingActor):
        call(None)
    assert rows_since(marks) == []
    assert counts == (ImportedDocument.objects.count(), Action.objects.count(), Meeting.objects.count())
