import argparse
import base64
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP

from assure.actions.models import Action
from assure.core import clock
from assure.demo import cast, cli
from assure.demo.services import build_demo
from assure.demo.story import weekday_on_or_after
from assure.meetings.models import Attendance, ForwardPlanEntry, Meeting, Paper
from assure.partnerships.models import Body, Organisation, Partnership, Person
from assure.search import records
from assure.search.indexing import records_of
from assure.search.models import SearchEntry
from assure.search.signals import PendingIndex

STATUTORY = ("local_authority", "police", "health")


def unrepresented_partners(meeting) -> set[str]:
    """Statutory partner kinds neither present nor deputised for at the meeting."""
    covered = set()
    for row in meeting.attendance.select_related("person__organisation", "deputising_for__organisation"):
        if row.attended:
            for person in (row.person, row.deputising_for):
                if person is not None and person.organisation is not None:
                    covered.add(person.organisation.kind)
    return set(STATUTORY) - covered


@pytest.fixture(autouse=True)
def papers_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def test_demo_builds_a_lived_in_partnership_once_and_its_sign_in_works(db):
    """One build (it takes a while), checked from every side, then built again."""
    demo = build_demo()
    p = demo.partnership
    assert demo.created
    counts = {model: model.objects.filter(partnership=p).count() for model in (Organisation, Person, Body)}
    # 30 people of the partnership, and the external independent reviewer the reviews demo adds; six schools and
    # their designated safeguarding leads, asked in the self-assessment demo.
    assert counts[Organisation] == 16 and counts[Person] == 37
    assert Body.objects.filter(partnership=p, kind="subgroup").count() >= 2
    assert Body.objects.filter(partnership=p, kind="executive_board").count() == 1
    assert sorted(s.role for s in demo.sign_ins) == ["Business team", "Member", "Read-only"]
    assert all(len(s.backup_codes) == 10 and s.totp_secret for s in demo.sign_ins)

    # Searchable at once: every record indexed once by the closing rebuild (papers' text too), nothing left for
    # the commit to index again.
    entries = SearchEntry.objects.filter(partnership=p)
    assert entries.count() == sum(1 for record in records_of(p) if records.BUILDERS[type(record)](record))
    assert not [cb for _sids, cb, _robust in connection.run_on_commit if isinstance(cb, PendingIndex)]
    paper = Paper.objects.filter(item__meeting__partnership=p).exclude(file="").first()
    assert paper is not None and len(entries.get(kind="paper", record_id=paper.pk).text) > len(paper.title) + 50

    # Actions in every status, some overdue, one carried over several meetings, some updated by their owner.
    actions = Action.objects.filter(partnership=p)
    assert set(actions.values_list("status", flat=True)) == set(Action.Status.values)
    assert actions.filter(status__in=Action.LIVE, due_date__lt=clock.today()).exists()
    long_running = actions.get(text__startswith="Agree a joint protocol")
    assert long_running.status == "carried_forward"
    assert long_running.updates.filter(status="carried_forward").count() >= 3
    assert actions.filter(updates__author__username="demo-member").exists()

    # A year of meetings with attendance, minutes and decisions; some flagged for a missing statutory partner.
    held = Meeting.objects.filter(partnership=p, status="held")
    assert held.count() >= 12
    assert held.order_by("date")[0].date < clock.today() - datetime.timedelta(days=300)
    assert Meeting.objects.filter(partnership=p, status="scheduled", date__gt=clock.today()).count() >= 4
    flagged = [m for m in held if unrepresented_partners(m)]
    assert 1 <= len(flagged) < held.count()
    assert Attendance.objects.filter(meeting__partnership=p, status="apologies").exists()
    assert Attendance.objects.filter(meeting__partnership=p, deputising_for__isnull=False).exists()
    assert held.filter(items__decisions__isnull=False).exists()
    assert held.exclude(items__discussion="").exists()
    assert held.filter(minutes_approved_on__isnull=False).exists()
    assert Paper.objects.filter(item__meeting__partnership=p).count() == 6
    assert ForwardPlanEntry.objects.get(partnership=p, every_year_in=9).title == "LADO annual report"

    # Live safeguarding reviews for the reviews dashboard: child and adult, at different stages.
    from assure.reviews.models import Case, Review
    cases = Case.objects.filter(partnership=p)
    assert set(cases.values_list("subject", flat=True)) == {"child", "adult"}
    assert set(Review.objects.filter(partnership=p).values_list("kind", flat=True)) == {"cspr", "sar"}
    accepted, declined = Review.objects.get(kind="cspr").recommendations.order_by("number")
    assert accepted.plan_links.count() == 2 and accepted.decision == "accepted"
    assert declined.decision == "not_accepted" and "named adviser for neglect" in declined.decision_reason
    assert not declined.plan_links.exists() and declined.decided_on < clock.today()
    from assure.reports.yearly import content
    year = content.Period(p, "joint", clock.today() - datetime.timedelta(days=364), clock.today())
    (section,) = [s for s in content.live(year, "reviews").children if s.title.startswith("Decisions not to")]
    assert "named adviser for neglect" in section.blocks[0].items[0]

    # A risk register of a dozen risks: one review overdue, some with further actions, some re-scored, one closed.
    from assure.assurance import queries as risk_queries
    from assure.assurance.models import Risk
    risks = Risk.objects.filter(partnership=p)
    assert risks.count() == 12 and [r.reference for r in risks[:2]] == ["R01", "R02"]
    assert [r.title for r in risk_queries.overdue_reviews(p, clock.today())] == [
        "Schools do not return their section 175 safeguarding audit"]
    assert risks.filter(action_links__isnull=False).distinct().count() >= 5
    assert risks.filter(status="closed").count() == 1
    budget = risks.get(number=1)
    assert [row.current for row in risk_queries.score_history(budget)] == [12, 16, 12]
    assert risk_queries.direction_of_travel(budget, risk_queries.score_history(budget)) == "falling"
    assert {band.key for band in (r.current_band for r in risks)} >= {"moderate", "high", "extreme"}
    # Assurance: a case audit with agencies' returns (some outstanding) and a thematic review of seven key areas.
    from assure.assurance.audit_queries import evaluations_by_area, returns_outstanding
    from assure.assurance.models import AgencyReturn, CaseAudit, ThematicReview
    audit = CaseAudit.objects.get(activity__partnership=p)
    assert audit.cases.count() == 6 and AgencyReturn.objects.filter(case__audit=audit).count() == 10
    assert returns_outstanding(audit) and audit.activity.recommendations.filter(action_links__isnull=False).exists()
    review = ThematicReview.objects.get(activity__partnership=p)
    assert len(review.key_areas) == 7 and all(row.evaluations for row in evaluations_by_area(review))
    assert review.progress_reports.exists()
    assert review.activity.recommendations.filter(scope="single_agency").count() == 3

    # Minutes waiting to be checked: the group and its people recognised, due dates read as written, the file kept.
    from assure.imports.models import ImportedDocument
    from assure.imports.queries import propose
    draft = ImportedDocument.objects.get(partnership=p)
    assert draft.is_draft and draft.source_file and draft.uploaded_by.username == "demo-business"
    proposal = propose(p, draft.record)
    assert proposal.body.id == Body.objects.get(partnership=p, short_name="APG").pk
    matched = {person.full_name for person in Person.objects.filter(
        pk__in=[m.id for m in proposal.people if m.is_matched])}
    assert {"Gareth Sims", "Joanne Baptiste", "Leah Whitmore", "Kwame Mensah", "Ellie Fairbairn"} <= matched
    dues = [action["due"] for action in draft.record["actions"]]
    assert len(dues) == 5 and sum(due is not None for due in dues) == 4   # "ASAP" stays without a date
    next_in_diary = Meeting.objects.filter(body_id=proposal.body.id, date__gt=clock.today()).order_by("date").last()
    assert draft.record["start_time"] == "14:00" and draft.record["next_meeting_date"] == next_in_diary.date.isoformat()

    # Assurance: an inspection reported with its action plan, one expected with preparation tasks; escalations at
    # several stages, one past its stage's clock and a recurring issue; complaints with one acknowledgement overdue.
    from assure.assurance import queries as assurance_queries
    from assure.assurance.models import Complaint, Escalation, Inspection
    reported = Inspection.objects.get(activity__partnership=p, activity__status="reported")
    assert reported.judgements.count() == 3 and reported.report_file
    assert [r.action_links.count() for r in reported.activity.recommendations.all()] == [2, 1]
    assert Inspection.objects.get(activity__partnership=p, activity__status="planned").preparation_links.count() == 3
    escalations = Escalation.objects.filter(partnership=p)
    assert {e.current_step().stage.number for e in escalations.filter(resolved_on__isnull=True)} == {1, 2, 3}
    assert len(assurance_queries.past_their_clock(escalations, clock.today())) == 1
    assert assurance_queries.recurring_issues(escalations)[0].count == 3
    states = [c.acknowledgement().state for c in Complaint.objects.filter(partnership=p)]
    assert len(states) == 5 and states.count("overdue") == 1

    assert_history_reads_like_a_teams_work(p)

    # The printed sign-in works: password, then a backup code.
    business = next(s for s in demo.sign_ins if s.role == "Business team")
    client = Client()
    response = client.post(reverse("core:sign-in"), {"username": business.username, "password": business.password})
    assert response.url == reverse("core:sign-in-code")
    assert client.post(reverse("core:sign-in-code"), {"token": business.backup_codes[0]}).status_code == 302
    dashboard = client.get(reverse("reports:dashboard", args=[p.slug]))
    assert dashboard.status_code == 200 and dashboard.context["summary"].overdue_actions > 0

    # Or with a code from an authenticator app set up with the printed key.
    member = next(s for s in demo.sign_ins if s.role == "Member")
    client = Client()
    client.post(reverse("core:sign-in"), {"username": member.username, "password": member.password})
    code = TOTP(base64.b32decode(member.totp_secret)).token()
    assert client.post(reverse("core:sign-in-code"), {"token": f"{code:06d}"}).status_code == 302

    # Again: nothing added, and the used backup code works again.
    again = build_demo()
    assert not again.created and again.partnership == p
    assert Partnership.objects.filter(slug="marshcombe").count() == 1
    assert {model: model.objects.filter(partnership=p).count() for model in (Organisation, Person, Body)} == counts
    assert Action.objects.filter(partnership=p).count() == actions.count()
    client = Client()
    client.post(reverse("core:sign-in"), {"username": business.username, "password": business.password})
    assert client.post(reverse("core:sign-in-code"), {"token": business.backup_codes[0]}).status_code == 302

    # Even a demo account deleted by hand comes back.
    get_user_model().objects.filter(username="demo-readonly").delete()
    build_demo()
    assert Person.objects.get(partnership=p, full_name="Grace Whitfield").user.username == "demo-readonly"


def authors(rows) -> set[str]:
    return {row.history_user.username for row in rows.select_related("history_user")}


def assert_history_reads_like_a_teams_work(p):
    """Each record was made by the person whose work it is, on the day it happened, and every row names them."""
    from assure.core.audit import SYSTEM_USERNAME, History
    from assure.core.history import history_rows
    from assure.meetings.models import AgendaItem
    from assure.reviews.models import Case

    for model in History.registered:
        assert not model.history.filter(history_user__isnull=True).exists(), model
    chairs = {"demo-board-chair", "demo-lrs-chair", "demo-ems-chair", "demo-apg-chair"}
    minute_takers = {"demo-minute-taker", "demo-business"}

    assert authors(Partnership.history.filter(history_type="+")) == {SYSTEM_USERNAME}
    assert history_rows(p)[-1].who == "Assure (system)"
    assert authors(Organisation.history.filter(partnership=p).exclude(name__contains="Business Unit")) == {
        "demo-business"}
    assert authors(Meeting.history.filter(partnership=p, history_type="+")) == {"demo-business"}
    held_items = AgendaItem.history.filter(history_type="+", meeting__status="held")
    assert authors(held_items) == minute_takers
    approvals = Meeting.history.filter(partnership=p, minutes_approved_on__isnull=False, history_type="~")
    assert len(authors(approvals)) >= 3 and authors(approvals) <= chairs
    between_meetings = Action.history.filter(partnership=p, history_type="~", status__in=["in_progress", "completed"])
    members = authors(between_meetings) - minute_takers - {"demo-reviews-officer"}
    assert len(members) >= 3 and "demo-member" in members   # owners updating their own actions
    assert authors(Case.history.filter(partnership=p, history_type="+")) == {"demo-reviews-officer"}

    # A schools self-assessment round past its deadline with two schools not yet returned; one school's own DSL
    # filled in its return, the rest came from a survey export (one row refused), and the reds have an action plan.
    from assure.assurance.models import SelfAssessmentRound
    self_assessment = SelfAssessmentRound.objects.get(activity__partnership=p, framework="section_175")
    assert self_assessment.deadline < clock.today() and self_assessment.returns.count() == 6
    assert sorted(self_assessment.returns.filter(submitted_on__isnull=True).values_list("organisation__name",
                                                                                      flat=True)) == [
        "Marshcombe Sixth Form College", "Oakleigh Free School"]
    assert self_assessment.returns.get(submitted_by__username="demo-dsl-brookfield").source == "form"
    assert self_assessment.imports.get().refused == [{"row": 5, "reason": "unknown school 'Harbour View Primary'"}]
    assert Action.objects.filter(assurance_link__recommendation__activity=self_assessment.activity).count() == 1
    # The section 11 round planned on the programme: six of eight agencies returned, the police's by the demo member.
    section_11 = SelfAssessmentRound.objects.get(activity__partnership=p, framework="section_11")
    assert section_11.returns.filter(submitted_on__isnull=False).count() == 6 and section_11.returns.count() == 8
    assert section_11.returns.get(organisation__short_name="TP").submitted_by.username == "demo-member"

    # Rows are dated when the work happened, across the year, not all at the moment of the build.
    first_scheduled = Meeting.history.filter(partnership=p).order_by("history_date").first().history_date
    assert first_scheduled.date() < clock.today() - datetime.timedelta(days=300)
    approval_days = {row.history_date.date() for row in approvals}
    assert approval_days == set(approvals.values_list("minutes_approved_on", flat=True))


def test_command_refuses_without_debug(db, settings, capsys):
    settings.DEBUG = False
    assert cli.run_demo(argparse.Namespace(allow_without_debug=False)) == 2
    assert "Refusing" in capsys.readouterr().err
    assert not Partnership.objects.filter(slug="marshcombe").exists()


def test_command_prints_the_sign_in_and_says_when_the_demo_exists(db, settings):
    settings.DEBUG = True
    first, second = io.StringIO(), io.StringIO()
    assert cli.run_demo(argparse.Namespace(allow_without_debug=False), out=first) == 0
    assert cli.run_demo(argparse.Namespace(allow_without_debug=False), out=second) == 0
    assert "Created the demo partnership" in first.getvalue()
    assert "already exists" in second.getvalue()
    for text in (first.getvalue(), second.getvalue()):
        assert "demo-business" in text and cast.PASSWORD in text and "btdemo01" in text


@pytest.mark.parametrize("day, expected", [
    ("2026-03-07", "2026-03-09"), ("2026-03-09", "2026-03-09"), ("2026-12-25", "2026-12-28"), ("2027-01-01", "2027-01-04"),
])
def test_meetings_fall_on_working_days(day, expected):
    assert weekday_on_or_after(datetime.date.fromisoformat(day)).isoformat() == expected
