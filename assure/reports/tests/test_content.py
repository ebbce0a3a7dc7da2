"""The yearly report's live content: what each section says for a period, built from small worlds made with the apps'
own services and factories (fictional names only). The fixed clock is 9 March 2026; the period is 2025/26."""
import datetime

import pytest

from assure.assurance import services as assurance_services
from assure.assurance.models import Activity
from assure.assurance.tests import factories as assurance_factories
from assure.documents.compose import Bullets, Chart, Paragraph, Table
from assure.meetings.models import Attendance, Meeting
from assure.partnerships.models import Body, Membership, Organisation, Person, Priority
from assure.reports.yearly import content
from assure.reports.yearly.content import reviews as review_content
from assure.reviews import learning
from assure.reviews.models import RapidReview, Review, Subject
from assure.reviews.tests import factories as review_factories

D = datetime.date
YEAR = (D(2025, 4, 1), D(2026, 3, 31))


def period(partnership, kind="joint", starts_on=YEAR[0], ends_on=YEAR[1]):
    return content.Period(partnership, kind, starts_on, ends_on)


def texts(live) -> list[str]:
    """Every word a section shows: paragraphs, bullets, table cells and captions, sub-section titles."""
    found = []

    def blocks(items):
        for block in items:
            if isinstance(block, Paragraph):
                found.append(block.text)
            elif isinstance(block, Bullets):
                found.extend(block.items)
            elif isinstance(block, Table):
                found.append(block.caption)
                found.extend(" | ".join(row) for row in block.rows)
            elif isinstance(block, Chart):
                found.append(block.title)

    def sections(items):
        for section in items:
            found.append(section.title)
            blocks(section.blocks)
            sections(section.children)

    blocks(live.blocks)
    sections(live.children)
    return found


def empties(live) -> list[str]:
    found = [b.text for b in live.blocks if isinstance(b, Paragraph) and b.style == "empty"]
    stack = list(live.children)
    while stack:
        section = stack.pop()
        found += [b.text for b in section.blocks if isinstance(b, Paragraph) and b.style == "empty"]
        stack += section.children
    return found


def table_rows(live, caption_starts):
    stack, blocks = list(live.children), list(live.blocks)
    while stack:
        section = stack.pop()
        blocks += section.blocks
        stack += section.children
    table = next(b for b in blocks if isinstance(b, Table) and b.caption.startswith(caption_starts))
    return {row[0]: row[1:] for row in table.rows}


# --- reviews ---------------------------------------------------------------------------------------------------------

def _case(partnership, by, pseudonym, subject, aware, decision=None):
    notified = aware + datetime.timedelta(days=1) if subject != Subject.ADULT else None
    case = review_factories.case(partnership, by, pseudonym=pseudonym, subject=subject, date_aware=aware,
                                 date_notified=notified)
    if decision:
        review_factories.decided(case, by, decision=decision)
    return case


@pytest.fixture
def review_world(partnership, business_user, organisations):
    by = business_user
    _case(partnership, by, "Child A", Subject.CHILD, D(2025, 5, 6), RapidReview.Decision.CSPR)
    _case(partnership, by, "Child B", Subject.CHILD, D(2025, 6, 3), RapidReview.Decision.NO_FURTHER_REVIEW)
    _case(partnership, by, "Mr C", Subject.ADULT, D(2025, 7, 1), RapidReview.Decision.SAR)
    _case(partnership, by, "Ms D", Subject.ADULT, D(2025, 9, 2))
    _case(partnership, by, "Family E", Subject.JOINT, D(2025, 10, 7), RapidReview.Decision.CSPR)
    _case(partnership, by, "Child F", Subject.CHILD, D(2024, 11, 4))  # before the period
    return partnership


@pytest.mark.parametrize("kind, expected", [
    ("joint", {"child": 2, "adult": 2, "joint": 1, "total": 5}),
    ("children", {"child": 2, "joint": 1, "total": 3}),
    ("adults", {"adult": 2, "joint": 1, "total": 3}),
])
def test_review_figures_are_split_by_subject_and_respect_the_kind_of_report(review_world, kind, expected):
    figures = content.figures(period(review_world, kind))["reviews"]
    assert figures["referrals"] == expected
    rapid = figures["rapid_reviews"]
    assert rapid["total"] == {"joint": 4, "children": 3, "adults": 2}[kind]
    assert figures["full_reviews"]["total"] == {"joint": 3, "children": 2, "adults": 2}[kind]


def test_the_review_table_has_a_column_per_subject_of_the_kind(review_world):
    live = content.live(period(review_world, "children"), "reviews")
    table = next(b for b in live.blocks if isinstance(b, Table))
    assert table.columns == ("", "Child", "Joint", "Total")
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["Notifications and referrals received"] == ("2", "1", "3")
    assert rows["Rapid reviews held"] == ("2", "1", "3")
    assert live.has_data


@pytest.fixture
def reviewed(partnership, business_user, organisations):
    """A CSPR decided in May 2025 and published in January 2026 with a recommendation and its plan; a SAR decided and
    still running (deferred for an inquest) at the end of the period."""
    by = business_user
    council = organisations["local_authority"]
    cspr = review_factories.review(partnership, by, pseudonym="Child K", date_aware=D(2025, 5, 6),
                                   date_notified=D(2025, 5, 7))
    Review.objects.filter(pk=cspr.pk).update(findings="Agencies did not share what they knew about the baby.",
                                             published_on=D(2026, 1, 20), stage=Review.Stage.PUBLICATION,
                                             notice_sent_on=D(2026, 1, 5))
    publication = review_factories.publication(cspr, by)
    type(publication).objects.filter(pk=publication.pk).update(title="Learning from the review of Baby K",
                                                               published_on=D(2026, 1, 20))
    rec = review_factories.recommendation(cspr, by, council)
    done = learning.add_plan_action(rec, by=by, text="Write a multi-agency information-sharing protocol",
                                    owner_organisation=council, due_date=D(2026, 2, 27))
    from assure.actions import services as action_services
    action_services.complete_action(done, by=by, expected_version=done.version, note="Protocol agreed by all")
    dropped = learning.add_plan_action(rec, by=by, text="Buy a shared case system", owner_organisation=council,
                                       due_date=D(2026, 6, 30))
    action_services.supersede(dropped, by=by, expected_version=dropped.version,
                              text="Not affordable: the existing systems will share records instead")
    open_one = learning.add_plan_action(rec, by=by, text="Audit the protocol's use", owner_organisation=council,
                                        due_date=D(2026, 3, 2))
    declined = learning.add_recommendation(cspr, by=by, scope="single_agency", lead_organisation=council,
                                           text="Give every health visitor a second caseload supervisor")
    learning.decide_recommendation(declined, by=by, expected_version=declined.version, decision="not_accepted",
                                   reason="Supervision was redesigned in 2025; a second supervisor would duplicate it",
                                   decided_on=D(2026, 2, 10))
    sar = review_factories.review(partnership, by, kind=Review.Kind.SAR, subject=Subject.ADULT,
                                  pseudonym="Mr L", date_aware=D(2025, 11, 3))
    Review.objects.filter(pk=sar.pk).update(publication_deferred=True, deferral_reason="inquest")
    return {"cspr": cspr, "sar": sar, "open": open_one, "declined": declined}


def test_concluded_reviews_show_findings_recommendations_and_what_was_done(reviewed, partnership):
    live = content.live(period(partnership), "reviews")
    words = "\n".join(texts(live))
    assert "Learning from the review of Baby K" in words
    assert "Agencies did not share what they knew about the baby." in words
    assert "Improve information sharing" in words
    done = table_rows(live, "The recommendations' action plans")
    assert done["Learning from the review of Baby K"]  # the review is named by its published title
    assert "Completed" in words and "Protocol agreed by all" in words
    assert "Audit the protocol's use" in words and "(overdue)" in words
    assert "1 action was completed in the period; 1 is still open, 1 of them overdue" in words


def _not_implemented(live):
    return next(s for s in live.children if s.title.startswith("Decisions not to implement"))


def test_a_decision_not_to_implement_is_reported_with_its_reason_and_date(reviewed, partnership):
    live = content.live(period(partnership), "reviews")
    (bullets,) = _not_implemented(live).blocks
    assert bullets.items == (
        "Learning from the review of Baby K, recommendation 2: \u201cGive every health visitor a second caseload "
        "supervisor\u201d was not accepted on 10 February 2026. Reason: Supervision was redesigned in 2025; a second "
        "supervisor would duplicate it.",)
    recommendations = table_rows(live, "Recommendations of Learning from the review of Baby K")
    assert recommendations["2"][-1] == "Not accepted"


def test_a_superseded_plan_action_is_not_a_decision_not_to_implement(reviewed, partnership):
    """The recommendation stands; dropping one of its actions is how it is done, not a decision against it."""
    words = "\n".join(texts(_not_implemented(content.live(period(partnership), "reviews"))))
    assert "Buy a shared case system" not in words


def test_a_decision_outside_the_period_is_not_reported_in_it(reviewed, partnership, business_user):
    earlier = period(partnership, starts_on=D(2024, 4, 1), ends_on=D(2025, 3, 31))
    (paragraph,) = _not_implemented(content.live(earlier, "reviews")).blocks
    assert paragraph.text.startswith("The partnership did not decide against implementing any finding")
    reviewed["declined"].refresh_from_db()
    learning.decide_recommendation(reviewed["declined"], by=business_user, expected_version=reviewed["declined"].version,
                                   decision="accepted", reason="", decided_on=D(2026, 3, 2))
    (paragraph,) = _not_implemented(content.live(period(partnership), "reviews")).blocks
    assert "did not decide against implementing" in paragraph.text


def test_reviews_ongoing_at_the_end_of_the_period_are_listed_without_a_name(reviewed, partnership):
    live = content.live(period(partnership, "adults"), "reviews")
    ongoing = table_rows(live, "Reviews ongoing")
    assert list(ongoing) == ["Safeguarding Adults Review, decided November 2025"]
    assert ongoing["Safeguarding Adults Review, decided November 2025"][1] == "Deferred (Inquest)"
    figures = content.figures(period(partnership, "adults"))["reviews"]
    assert figures["ongoing"] == {"adult": 1, "joint": 0, "total": 1}
    assert figures["published"]["total"] == 0  # the published review was a child's


def test_no_case_pseudonym_is_printed(reviewed, partnership):
    words = "\n".join(texts(content.live(period(partnership), "reviews")))
    assert "Child K" not in words and "Mr L" not in words


def test_review_name_without_publication_uses_type_and_month(reviewed):
    assert review_content.review_name(reviewed["sar"]) == "Safeguarding Adults Review, decided November 2025"


# --- governance and attendance -----------------------------------------------------------------------------------------

@pytest.fixture
def governed(partnership, organisations, executive_board):
    people = {kind: Person.objects.create(partnership=partnership, full_name=name, organisation=organisations[kind])
              for kind, name in (("local_authority", "Lee Council"), ("police", "Pat Constable"),
                                 ("health", "Hana Nurse"), ("education", "Ed Teacher"))}
    Membership.objects.create(body=executive_board, person=people["local_authority"], role=Membership.Role.CHAIR)
    for kind in ("police", "health", "education"):
        Membership.objects.create(body=executive_board, person=people[kind])
    subgroup = Body.objects.create(partnership=partnership, name="Exploitation Subgroup", reports_to=executive_board)
    june = Meeting.objects.create(partnership=partnership, body=executive_board, date=D(2025, 6, 10),
                                  status=Meeting.Status.HELD)
    september = Meeting.objects.create(partnership=partnership, body=executive_board, date=D(2025, 9, 9),
                                       status=Meeting.Status.HELD)
    Meeting.objects.create(partnership=partnership, body=executive_board, date=D(2025, 12, 9),
                           status=Meeting.Status.CANCELLED)
    for kind in ("local_authority", "police", "health", "education"):
        Attendance.objects.create(meeting=june, person=people[kind], status="present")
    for kind, status in (("local_authority", "present"), ("police", "apologies"), ("health", "present"),
                         ("education", "absent")):
        Attendance.objects.create(meeting=september, person=people[kind], status=status)
    return {"people": people, "subgroup": subgroup}


def test_governance_lists_bodies_chairs_members_and_meetings(governed, partnership):
    live = content.live(period(partnership), "governance")
    bodies = table_rows(live, "Boards and groups")
    assert bodies["Executive Board"] == ("–", "Lee Council (Fenbridge Council)", "4", "2")
    assert bodies["Exploitation Subgroup"] == ("Executive Board", "No chair recorded", "0", "0")
    assert live.has_data
    assert content.figures(period(partnership))["meetings"] == 2  # the cancelled one is not counted


def test_governance_puts_statutory_partners_first_and_names_a_missing_one(governed, partnership):
    live = content.live(period(partnership), "governance")
    attendance = table_rows(live, "Attendance by organisation")
    assert list(attendance)[:3] == ["Fenbridge Council (statutory partner)", "Fenshire Police (statutory partner)",
                                    "Fenshire Integrated Care Board (statutory partner)"]
    assert attendance["Fenshire Police (statutory partner)"] == ("1", "2", "50%")
    missing = next(s for s in live.children if s.title.startswith("Meetings where"))
    assert missing.blocks[1].items == ("Executive Board, 9 September 2025: Fenshire Police not represented",)


def test_attendance_appendix_gives_each_body_meetings_attended_of_held(governed, partnership):
    live = content.live(period(partnership), "attendance")
    (board,) = live.children
    assert board.title == "Executive Board"
    rows = {row[0]: row[1:] for row in board.blocks[0].rows}
    assert rows["Fenbridge Schools Trust"] == ("1", "2", "50%")
    assert rows["Fenbridge Council (statutory partner)"] == ("2", "2", "100%")


def test_partners_table_joins_attendance_and_training(governed, partnership, business_user):
    from assure.training.tests import factories as training_factories
    course = training_factories.course(partnership, business_user)
    event = training_factories.event(course, business_user, day=D(2025, 10, 14))
    booked = training_factories.booking(event, business_user, organisation_=Organisation.objects.get(
        partnership=partnership, name="Fenbridge Council"))
    training_factories.attended(booked)
    live = content.live(period(partnership), "partners")
    rows = table_rows(live, "What each partner did")
    assert rows["Fenbridge Council (statutory partner)"][:4] == ("2 of 2", "100%", "1", "1")
    assert rows["Fenshire Police (statutory partner)"][:4] == ("1 of 2", "50%", "0", "0")
    training = content.figures(period(partnership))["training"]
    assert training == {"events": 1, "delegates": 1, "attendance_rate": 100}


# --- assurance, priorities ------------------------------------------------------------------------------------------

def test_assurance_counts_and_tables_by_kind(partnership, business_user, organisations):
    by = business_user
    audit = assurance_factories.case_audit(partnership, by, planned_report=D(2025, 12, 10))
    assurance_services.add_finding(audit.activity, by=by, kind="strength", text="Good joint visits")
    assurance_services.add_finding(audit.activity, by=by, kind="development", text="Plans lacked dates")
    inspection = assurance_services.add_inspection(
        partnership=partnership, by=by, inspection_type="hmicfrs_child_protection", title="Police child protection",
        start_date=D(2025, 11, 3), end_date=D(2025, 11, 14), status=Activity.Status.REPORTED,
        reported_on=D(2026, 1, 15))
    assurance_services.add_judgement(inspection, by=by, area="Overall", judgement="Requires improvement")
    assurance_factories.case_audit(partnership, by, title="Audit next year", year=2026, planned_report=D(2026, 6, 1),
                                   period_start=D(2026, 4, 1), period_end=D(2026, 5, 31), moderation_on=None,
                                   reaudit_on=None)
    live = content.live(period(partnership), "assurance")
    summary = {row[0]: row[1] for row in live.blocks[0].rows}
    assert summary["Multi-agency and single-agency audits"] == "1"
    assert summary["Inspections"] == "1"
    audits = table_rows(live, "Audits")
    assert audits["Neglect multi-agency case audit"][3:5] == ("1", "1")
    inspections = table_rows(live, "Inspections")
    assert inspections["Police child protection"][2] == "Overall: Requires improvement"
    figures = content.figures(period(partnership))
    assert (figures["audits"], figures["inspections"]) == (1, 1)


def test_priorities_show_progress_and_where_it_was_slow(partnership, business_user):
    from assure.plans.models import Objective, Progress
    now = datetime.datetime(2026, 3, 9, tzinfo=datetime.UTC)
    neglect = Priority.objects.create(partnership=partnership, title="Neglect", first_year=2024, position=1)
    exploitation = Priority.objects.create(partnership=partnership, title="Exploitation", first_year=2025,
                                           last_year=2025, position=2)
    Priority.objects.create(partnership=partnership, title="Transitions", first_year=2026, position=3)
    Objective.objects.create(priority=neglect, text="Every neglect case uses the screening tool")
    Progress.objects.create(priority=neglect, quarter="2025-Q2", rating="green", narrative="Tool launched",
                            recorded_at=now)
    Progress.objects.create(priority=neglect, quarter="2025-Q3", rating="amber", narrative="Use is patchy",
                            recorded_at=now)
    Progress.objects.create(priority=exploitation, quarter="2025-Q3", rating="green", narrative="On track",
                            recorded_at=now)
    Progress.objects.create(priority=exploitation, quarter="2024-Q4", rating="red", narrative="Old", recorded_at=now)
    live = content.live(period(partnership), "priorities")
    assert live.has_data
    assert not content.live(period(partnership, starts_on=D(2024, 4, 1), ends_on=D(2024, 6, 30)), "priorities").has_data
    assert [s.title for s in live.children] == ["Neglect", "Exploitation", "Where progress was slow"]
    progress = table_rows(live, "Neglect: progress")
    assert list(progress) == ["Q2 2025/26", "Q3 2025/26"]
    slow = live.children[-1].blocks[0].items
    assert slow == ("Neglect: some concerns (Q3 2025/26). Use is patchy",)
    ahead = content.live(period(partnership), "next_year")
    words = "\n".join(texts(ahead))
    assert "Neglect (continues" in words and "Transitions (new" in words and "Exploitation" not in words


# --- every section for an empty period, and another partnership -----------------------------------------------------

def test_an_empty_period_says_so_in_every_section(review_world, governed, partnership):
    empty = period(partnership, starts_on=D(2019, 4, 1), ends_on=D(2020, 3, 31))
    for key in content.LIVE:
        live = content.live(empty, key)
        if key == "about":
            continue
        assert not live.has_data, key
        assert empties(live), key
    figures = content.figures(empty)
    assert figures["meetings"] == 0 and figures["audits"] == 0 and figures["indicators"] == 0
    assert figures["reviews"]["referrals"]["total"] == 0
    assert figures["training"] == {"events": 0, "delegates": 0, "attendance_rate": None}
    assert figures["budget"] == {"year": "2019/20", "income": 0.0, "expenditure": 0.0, "carried_forward": None}


def test_a_partnership_with_nothing_at_all_never_fails(partnership):
    for key in content.LIVE:
        live = content.live(period(partnership), key)
        assert key == "about" or (not live.has_data and empties(live)), key
    assert set(content.figures(period(partnership))) == {"reviews", "audits", "inspections", "training", "budget",
                                                         "indicators", "meetings"}


def test_another_partnerships_records_never_appear(review_world, governed, partnership, other_partnership, outsider_user):
    Organisation.objects.create(partnership=other_partnership, name="Harrowdale Police", kind="police")
    board = Body.objects.create(partnership=other_partnership, name="Harrowdale Board")
    Meeting.objects.create(partnership=other_partnership, body=board, date=D(2025, 7, 1), status=Meeting.Status.HELD)
    _case(other_partnership, outsider_user, "Child Z", Subject.CHILD, D(2025, 8, 5), RapidReview.Decision.CSPR)
    ours = period(partnership)
    words = "\n".join(word for key in content.LIVE for word in texts(content.live(ours, key)))
    assert "Harrowdale" not in words
    figures = content.figures(ours)
    assert figures["reviews"]["referrals"]["total"] == 5
    assert figures["meetings"] == 2


def test_the_queries_do_not_grow_with_the_records(review_world, governed, reviewed, partnership, executive_board,
                                                 business_user):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            for key in content.LIVE:
                content.live(period(partnership), key)
            content.figures(period(partnership))
        return len(captured.captured_queries)

    before = queries()
    people = governed["people"]
    for month_ in (4, 5, 7):
        meeting = Meeting.objects.create(partnership=partnership, body=executive_board, date=D(2025, month_, 15),
                                         status=Meeting.Status.HELD)
        for person in people.values():
            Attendance.objects.create(meeting=meeting, person=person, status="present")
    _case(partnership, business_user, "Child M", Subject.CHILD, D(2025, 8, 4),
          RapidReview.Decision.CSPR)
    assert queries() == before
    assert before < 150
