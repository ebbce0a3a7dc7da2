"""Self-assessment pages: the round with its grid, return rate and chase list; filling in a return (its nominated
contact or the business team, nobody else); the template; the survey import's preview and confirm."""
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.conftest import date_boxes, make_user
from assure.partnerships.models import Membership, Role

from .. import services
from ..models import Activity, ReturnImport, SelfAssessmentReturn, StandardRating, TemplateStandard
from . import self_assessment_factories as sa

D = datetime.date


def url(name, partnership, **kwargs):
    return reverse(f"assurance:{name}", kwargs={"slug": partnership.slug, **kwargs})


def return_url(name, organisation_return):
    return url(name, organisation_return.round.activity.partnership, activity_id=organisation_return.round.activity_id,
               return_id=organisation_return.pk)


@pytest.fixture
def school_round(partnership, business_user):
    """Three schools asked, deadline 27 February 2026 (passed: today is 9 March): Brookfield's DSL has an email
    address and a sign-in, Tarnside's DSL has neither, St Anne's has no contact; only Brookfield has returned."""
    brookfield = sa.school(partnership, "Brookfield Primary School")
    tarnside = sa.school(partnership, "Tarnside Academy")
    dsl_user = make_user(partnership, Role.Kind.MEMBER, "hannah", "Hannah Cole")
    sa.contact(partnership, brookfield, "Hannah Cole", user=dsl_user, email="h.cole@brookfield.example.org")
    sa.contact(partnership, tarnside, "Omar Siddiqui")
    self_assessment = sa.school_round(partnership, business_user)
    sa.submit(self_assessment.returns.get(organisation=brookfield), business_user, rating="amber")
    self_assessment.dsl_user = dsl_user
    return self_assessment


def test_the_round_shows_the_grid_the_return_rate_and_the_chase_list(partnership, business_user, client_for,
                                                                      school_round):
    page = client_for(business_user).get(url("sa-round-detail", partnership,
                                             activity_id=school_round.activity_id)).content.decode()
    assert "<strong>33%</strong>: 1 of 3 returned (1 after the deadline)" in page
    assert page.count('<strong class="govuk-tag govuk-tag--orange">Amber</strong>') == 9   # Brookfield, 9 standards
    assert page.count('govuk-tag--red">Not returned</strong>') == 2
    assert "Omar Siddiqui, Tarnside Academy (no email address recorded)" in page
    assert "St Anne&#x27;s CE Primary School: no nominated contact" in page
    assert "h.cole@" not in page.split("Chase list")[1]   # returned: not chased
    assert "Not returned (2)" in page



def test_a_deadline_gone_by_with_returns_outstanding_says_deadline_passed(partnership, business_user,
                                                                          client_for, school_round):
    """A red "Passed" beside the deadline read like a result ("passed"); it says the deadline has passed."""
    page = client_for(business_user).get(url("sa-round-detail", partnership,
                                             activity_id=school_round.activity_id)).content.decode()
    deadline = page.split("Deadline for returns</dt>", 1)[1].split("</dd>", 1)[0]
    assert "27 February 2026" in deadline and "Deadline passed" in deadline
    assert ">Passed<" not in deadline

def test_the_chase_list_gives_addresses_for_the_to_line(partnership, business_user, client_for, school_round):
    tarnside = school_round.returns.get(organisation__name="Tarnside Academy")
    tarnside.contact.email = "o.siddiqui@tarnside.example.org"
    tarnside.contact.save()
    page = client_for(business_user).get(url("sa-round-detail", partnership,
                                             activity_id=school_round.activity_id)).content.decode()
    assert ">Omar Siddiqui &lt;o.siddiqui@tarnside.example.org&gt;</textarea>" in page


def test_the_nominated_contact_fills_in_their_own_return_and_no_one_elses(partnership, business_user, client_for,
                                                                          school_round):
    brookfield = school_round.returns.get(organisation__name="Brookfield Primary School")
    tarnside = school_round.returns.get(organisation__name="Tarnside Academy")
    # The DSL sits on the board that receives the report, so reads the round and every return...
    Membership.objects.create(body=sa.education_group(partnership), person=brookfield.contact)
    client = client_for(school_round.dsl_user)
    assert client.get(return_url("sa-return-detail", tarnside)).status_code == 200
    # ...but fills in only Brookfield's.
    assert client.get(return_url("sa-return-edit", tarnside)).status_code == 403
    data = {"version": tarnside.version, **{f"rating_{s.pk}": "green" for s in school_round.standards.all()}}
    assert client.post(return_url("sa-return-edit", tarnside), data).status_code == 403
    assert not SelfAssessmentReturn.objects.get(pk=tarnside.pk).is_returned
    data["version"] = brookfield.version
    response = client.post(return_url("sa-return-edit", brookfield), data)
    assert response.status_code == 302
    assert set(StandardRating.objects.filter(organisation_return=brookfield).values_list("rating", flat=True)) == {
        "green"}


def test_a_contact_who_sits_on_no_board_sees_only_their_own_return(partnership, business_user, client_for,
                                                                    school_round):
    brookfield = school_round.returns.get(organisation__name="Brookfield Primary School")
    tarnside = school_round.returns.get(organisation__name="Tarnside Academy")
    client = client_for(school_round.dsl_user)
    assert client.get(return_url("sa-return-detail", brookfield)).status_code == 200
    assert client.get(return_url("sa-return-detail", tarnside)).status_code == 404
    assert client.get(return_url("sa-return-edit", tarnside)).status_code == 404
    assert client.get(url("sa-round-detail", partnership, activity_id=school_round.activity_id)).status_code == 404
    listing = client.get(url("sa-round-list", partnership)).content.decode()
    assert "Returns you fill in" in listing and "Brookfield Primary School: Section 175 audit 2025/26" in listing


def test_read_only_users_read_but_never_fill_in(partnership, readonly_user, client_for, school_round):
    tarnside = school_round.returns.get(organisation__name="Tarnside Academy")
    client = client_for(readonly_user)
    assert client.get(return_url("sa-return-detail", tarnside)).status_code == 200
    assert client.get(return_url("sa-return-edit", tarnside)).status_code == 403


def test_the_return_form_names_each_standard_left_unrated(partnership, business_user, client_for, school_round):
    tarnside = school_round.returns.get(organisation__name="Tarnside Academy")
    standards = list(school_round.standards.all())
    data = {"version": tarnside.version, **{f"rating_{s.pk}": "green" for s in standards[1:]},
            f"rating_{standards[1].pk}": "purple", f"evidence_{standards[0].pk}": "DSL audit"}
    response = client_for(business_user).post(return_url("sa-return-edit", tarnside), data)
    page = response.content.decode()
    assert response.status_code == 200 and "<title>Error:" in page
    assert "Choose red, amber or green for standard 1" in page
    assert "The rating for standard 2 must be red, amber or green" in page
    assert not StandardRating.objects.filter(organisation_return=tarnside).exists()


def test_the_business_team_sets_up_a_round(partnership, business_user, client_for):
    schools = [sa.school(partnership, name) for name in sa.SCHOOLS]
    data = {"title": "Section 11 audit 2026/27", "framework": "section_11", "year": "2026",
            "organisations": [s.pk for s in schools[:2]], **date_boxes("deadline", "2026-06-30")}
    response = client_for(business_user).post(url("sa-round-add", partnership), data)
    activity = Activity.objects.get(kind="self_assessment")
    assert response.status_code == 302 and response["Location"].endswith(f"/self-assessments/{activity.pk}/")
    assert activity.self_assessment.standards.count() == 8 and activity.self_assessment.returns.count() == 2


def test_a_round_without_organisations_is_refused_naming_the_field(partnership, business_user, client_for):
    data = {"title": "Section 11 audit", "framework": "section_11", "year": "2026",
            **date_boxes("deadline", "2026-06-30")}
    page = client_for(business_user).post(url("sa-round-add", partnership), data).content.decode()
    assert "Choose the organisations or schools asked for a return" in page
    assert not Activity.objects.exists()


def test_the_business_team_edits_the_template(partnership, business_user, client_for):
    client = client_for(business_user)
    page = client.get(url("sa-template", partnership) + "?framework=section_175").content.decode()
    assert 'value="Leadership and the designated safeguarding lead"' in page
    data = {"number_1": "1", "title_1": "Leadership", "guidance_1": "", "number_2": "1", "title_2": "Online safety"}
    page = client.post(url("sa-template", partnership) + "?framework=section_175", data).content.decode()
    assert "Two standards are numbered 1" in page and not TemplateStandard.objects.exists()
    data["number_2"] = "2"
    assert client.post(url("sa-template", partnership) + "?framework=section_175", data).status_code == 302
    assert list(TemplateStandard.objects.values_list("number", "title")) == [("1", "Leadership"),
                                                                            ("2", "Online safety")]
    assert client.get(url("sa-template", partnership) + "?framework=section_99").status_code == 404


def _csv(school_round, rows) -> SimpleUploadedFile:
    head = "School," + ",".join(s.number for s in school_round.standards.all())
    return SimpleUploadedFile("survey.csv", "\n".join([head, *rows]).encode())


def test_an_import_is_previewed_with_each_refused_row_then_confirmed(partnership, business_user, client_for,
                                                                      school_round):
    client = client_for(business_user)
    upload = _csv(school_round, ["Tarnside Academy" + ",green" * 9, "Oakleigh Free School" + ",green" * 9,
                                 "St Anne's CE Primary School" + ",green" * 8 + ",Blue",
                                 "Brookfield Primary School" + ",red" * 9])
    response = client.post(url("sa-import", partnership, activity_id=school_round.activity_id), {"file": upload})
    pending = ReturnImport.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/import/{pending.pk}/")
    page = client.get(response["Location"]).content.decode()
    assert "1 row will be imported, 3 refused." in page
    assert "Row 3 – unknown school &#x27;Oakleigh Free School&#x27;" in page
    assert "Row 4 – rating &#x27;Blue&#x27; for standard 9 is not red, amber or green" in page
    assert "Row 5 – Brookfield Primary School has returned already" in page
    assert not SelfAssessmentReturn.objects.get(organisation__name="Tarnside Academy").is_returned   # not yet
    response = client.post(response["Location"])
    assert response.status_code == 302
    tarnside = SelfAssessmentReturn.objects.get(organisation__name="Tarnside Academy")
    assert tarnside.is_returned and tarnside.source == "import"
    assert not SelfAssessmentReturn.objects.get(organisation__name="St Anne's CE Primary School").is_returned


def test_a_damaged_or_wrong_file_is_refused_with_a_reason(partnership, business_user, client_for, school_round):
    client = client_for(business_user)
    for name, data, reason in [
            ("survey.xlsx", b"PK\x03\x04" + b"\x00" * 40, "xlsx"),
            ("survey.docx", b"hello", "Files of this type (.docx) cannot be read: upload the survey export as .csv "
                                      "or .xlsx."),
            ("survey.csv", b"Respondent,Rating\nBrookfield,green\n", "The file has no column naming the school")]:
        response = client.post(url("sa-import", partnership, activity_id=school_round.activity_id),
                               {"file": SimpleUploadedFile(name, data)})
        page = response.content.decode()
        assert response.status_code == 200 and "<title>Error:" in page and reason in page, name
    assert not ReturnImport.objects.exists()


def test_an_excel_export_imports_through_the_page(partnership, business_user, client_for, school_round):
    import openpyxl
    workbook = openpyxl.Workbook()
    workbook.active.append(["Name of school"] + [s.title for s in school_round.standards.all()])
    workbook.active.append(["Tarnside Academy"] + ["Amber"] * 9)
    buffer = io.BytesIO()
    workbook.save(buffer)
    client = client_for(business_user)
    response = client.post(url("sa-import", partnership, activity_id=school_round.activity_id),
                           {"file": SimpleUploadedFile("export.xlsx", buffer.getvalue())})
    assert "1 row will be imported, 0 refused." in client.get(response["Location"]).content.decode()


def test_follow_ups_and_the_action_plan_show_on_the_return(partnership, business_user, client_for, school_round):
    tarnside = school_round.returns.get(organisation__name="Tarnside Academy")
    client = client_for(business_user)
    response = client.post(return_url("sa-follow-up-add", tarnside), {
        "kind": "challenge", "attendees": "Head teacher and the education safeguarding lead",
        "notes": "Filtering not checked since September", **date_boxes("held_on", "2026-03-04")})
    assert response.status_code == 302
    assert client.post(return_url("sa-recommendation-add", tarnside),
                       {"text": "Check filtering and monitoring each term"}).status_code == 302
    recommendation = school_round.activity.recommendations.get()
    assert (recommendation.scope, recommendation.organisation) == ("single_agency", tarnside.organisation)
    response = client.post(reverse("assurance:sa-plan-action-add", kwargs={
        "slug": partnership.slug, "activity_id": school_round.activity_id, "return_id": tarnside.pk,
        "recommendation_id": recommendation.pk}), {"text": "Termly filtering check by the DSL",
                                                   "owner": tarnside.contact.pk, **date_boxes("due_date", "2026-06-30")})
    assert response.status_code == 302
    action = recommendation.action_links.get().action
    assert action.owner_organisation == tarnside.organisation
    page = client.get(return_url("sa-return-detail", tarnside)).content.decode()
    assert "Challenge session" in page and "Check filtering and monitoring each term" in page
    assert "Termly filtering check by the DSL" in page
    services.record_follow_up(tarnside, by=business_user, kind="visit", held_on=D(2026, 3, 5), attendees="DSL")
    assert client.get(return_url("sa-return-detail", tarnside)).content.decode().count("Follow-up visit") == 2


def test_more_schools_are_asked_from_the_round(partnership, business_user, client_for, school_round):
    late = sa.school(partnership, "Marsh Lane Infant School")
    client = client_for(business_user)
    page = client.get(url("sa-round-organisations", partnership, activity_id=school_round.activity_id)).content.decode()
    assert "Marsh Lane Infant School" in page and "Tarnside Academy" not in page   # only those not asked yet
    response = client.post(url("sa-round-organisations", partnership, activity_id=school_round.activity_id),
                           {"organisations": [late.pk]})
    assert response.status_code == 302 and school_round.returns.filter(organisation=late).exists()


def test_a_self_assessment_planned_on_the_programme_gets_its_round(partnership, business_user, client_for):
    police = sa.school(partnership, "Fenshire Police")   # any organisation will do
    planned = services.add_activity(partnership=partnership, by=business_user, year=2026, kind="self_assessment",
                                    title="Section 11 round 2026/27", planned_start=D(2026, 4, 6),
                                    planned_report=D(2026, 7, 20), agencies=[police])
    client = client_for(business_user)
    detail = reverse("assurance:activity-detail", kwargs={"slug": partnership.slug, "activity_id": planned.pk})
    start = url("sa-round-start", partnership, activity_id=planned.pk)
    assert start in client.get(detail).content.decode()
    page = client.post(start, {"framework": "section_11", "organisations": [police.pk],
                               **date_boxes("deadline", "2026-08-28")}).content.decode()
    assert "The deadline is after the report is due at the board (20 July 2026)" in page
    response = client.post(start, {"framework": "section_11", "organisations": [police.pk],
                                   **date_boxes("deadline", "2026-06-26")})
    assert response.status_code == 302 and planned.self_assessment.returns.get().organisation == police
    assert url("sa-round-detail", partnership, activity_id=planned.pk) in client.get(detail).content.decode()
    assert client.get(start)["Location"].endswith(f"/self-assessments/{planned.pk}/")   # only one round


def test_the_business_team_extends_the_deadline(partnership, business_user, client_for, school_round):
    client = client_for(business_user)
    deadline_url = url("sa-round-deadline", partnership, activity_id=school_round.activity_id)
    assert deadline_url in client.get(url("sa-round-detail", partnership,
                                          activity_id=school_round.activity_id)).content.decode()
    page = client.post(deadline_url, {"version": school_round.version,
                                      **date_boxes("deadline", "2026-01-02")}).content.decode()
    assert "The deadline is before the round started." in page
    response = client.post(deadline_url, {"version": school_round.version, **date_boxes("deadline", "2026-03-20")})
    assert response.status_code == 302
    page = client.get(url("sa-round-detail", partnership, activity_id=school_round.activity_id)).content.decode()
    assert "20 March 2026" in page and 'govuk-tag--red">Not returned' not in page   # not overdue yet
