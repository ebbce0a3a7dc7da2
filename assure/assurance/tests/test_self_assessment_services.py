"""Self-assessment rounds: the template copied into each round, returns and their ratings, follow-ups, imports."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.core.concurrency import EditConflict

from .. import services
from ..models import Activity, FollowUp, ReturnImport, SelfAssessmentReturn, StandardRating, TemplateStandard
from ..standards import template_standards
from . import self_assessment_factories as sa

D = datetime.date


def test_a_round_is_an_activity_copying_the_template_with_a_return_per_school(partnership, business_user):
    services.save_standards_template(partnership=partnership, by=business_user, framework="section_175", standards=[
        {"number": "1", "title": "Leadership", "guidance": "A trained DSL"},
        {"number": "2", "title": "Safer recruitment", "guidance": ""},
        {"number": "", "title": "", "guidance": ""}])          # a blank row is left out
    brookfield = sa.school(partnership, "Brookfield Primary School")
    dsl = sa.contact(partnership, brookfield, "Hannah Cole", email="h.cole@brookfield.example.org")
    self_assessment = sa.school_round(partnership, business_user)
    activity = self_assessment.activity
    assert (activity.kind, activity.status, activity.year) == (Activity.Kind.SELF_ASSESSMENT, "in_progress", 2025)
    assert set(activity.agencies.values_list("name", flat=True)) == set(sa.SCHOOLS)
    assert [(s.number, s.title) for s in self_assessment.standards.all()] == [("1", "Leadership"),
                                                                              ("2", "Safer recruitment")]
    returns = {r.organisation.name: r for r in self_assessment.returns.all()}
    assert returns["Brookfield Primary School"].contact == dsl and returns["Tarnside Academy"].contact is None
    assert not any(r.is_returned for r in returns.values())
    # The template changes later: the round keeps the standards it asked.
    services.save_standards_template(partnership=partnership, by=business_user, framework="section_175",
                                     standards=[{"number": "1", "title": "Leadership and governance"}])
    assert [s.title for s in self_assessment.standards.all()] == ["Leadership", "Safer recruitment"]


def test_the_defaults_stand_until_the_partnership_saves_its_template(partnership, business_user):
    assert len(template_standards(partnership, "section_11")) == 8
    assert not TemplateStandard.objects.exists()


@pytest.mark.parametrize(("standards", "message"), [
    ([{"number": "1", "title": "A"}, {"number": "1", "title": "B"}], "Two standards are numbered 1"),
    ([{"number": "", "title": "Leadership"}], "Enter the number of standard 1"),
    ([{"number": "3", "title": ""}], "Enter the title of standard 3"),
    ([], "Enter at least one standard"),
])
def test_a_template_with_bad_standards_is_refused(partnership, business_user, standards, message):
    with pytest.raises(ValidationError, match=message):
        services.save_standards_template(partnership=partnership, by=business_user, framework="section_11",
                                         standards=standards)


@pytest.mark.parametrize(("overrides", "field"), [
    ({"organisations": []}, "organisations"),
    ({"deadline": D(2026, 1, 5)}, "deadline"),            # before the round starts
    ({"planned_report": D(2026, 2, 1)}, "planned_report"),  # report before the deadline
    ({"framework": "section_99"}, "framework"),
])
def test_a_round_with_bad_input_is_refused_naming_the_field(partnership, business_user, overrides, field):
    with pytest.raises(ValidationError) as refused:
        sa.school_round(partnership, business_user, **overrides)
    assert field in refused.value.message_dict
    assert not Activity.objects.exists()


def test_a_return_needs_a_rating_on_the_scale_for_every_standard(partnership, business_user):
    self_assessment = sa.school_round(partnership, business_user)
    organisation_return = self_assessment.returns.first()
    ratings = sa.all_ratings(self_assessment)
    first, second = list(self_assessment.standards.all())[:2]
    ratings[first.pk] = ("purple", "")
    with pytest.raises(ValidationError) as refused:
        services.submit_return(organisation_return, by=business_user, expected_version=organisation_return.version,
                               ratings=ratings)
    assert refused.value.message_dict == {f"rating_{first.pk}": ["The rating for standard 1 must be red, amber or green"]}
    del ratings[first.pk]
    with pytest.raises(ValidationError, match="Choose red, amber or green for standard 1"):
        services.submit_return(organisation_return, by=business_user, expected_version=organisation_return.version,
                               ratings=ratings)
    assert not StandardRating.objects.exists()
    saved = sa.submit(organisation_return, business_user, rating="amber")
    assert saved.submitted_on == D(2026, 3, 9) and saved.is_late and saved.source == "form"
    assert set(saved.ratings.values_list("rating", flat=True)) == {"amber"}
    with pytest.raises(EditConflict):   # a second save from the same out-of-date page
        services.submit_return(organisation_return, by=business_user, expected_version=organisation_return.version - 1,
                               ratings=sa.all_ratings(self_assessment))


def test_the_nominated_contact_is_someone_of_the_organisation(partnership, business_user):
    self_assessment = sa.school_round(partnership, business_user)
    organisation_return = self_assessment.returns.get(organisation__name="Tarnside Academy")
    elsewhere = sa.contact(partnership, sa.school(partnership, "Brookfield Primary School"), "Hannah Cole")
    with pytest.raises(ValidationError, match="Choose someone of Tarnside Academy"):
        services.nominate_contact(organisation_return, by=business_user, expected_version=organisation_return.version,
                                  contact=elsewhere)
    dsl = sa.contact(partnership, organisation_return.organisation, "Omar Siddiqui")
    services.nominate_contact(organisation_return, by=business_user, expected_version=organisation_return.version,
                              contact=dsl)
    assert SelfAssessmentReturn.objects.get(pk=organisation_return.pk).contact == dsl


def test_a_follow_up_names_who_took_part(partnership, business_user):
    organisation_return = sa.school_round(partnership, business_user).returns.first()
    with pytest.raises(ValidationError, match="Enter who took part"):
        services.record_follow_up(organisation_return, by=business_user, kind="challenge", held_on=D(2026, 3, 4),
                                  attendees="  ")
    services.record_follow_up(organisation_return, by=business_user, kind="challenge", held_on=D(2026, 3, 4),
                              attendees="Head teacher, DSL, education safeguarding lead", notes="Filtering gap")
    assert FollowUp.objects.get().get_kind_display() == "Challenge session"


def csv_export(self_assessment, rows, head=None) -> bytes:
    head = head or ["School"] + [s.number for s in self_assessment.standards.all()]
    return "\n".join(",".join(cells) for cells in [head, *rows]).encode()


def test_an_import_is_checked_then_confirmed_all_at_once(partnership, business_user):
    self_assessment = sa.school_round(partnership, business_user)
    n = self_assessment.standards.count()
    data = csv_export(self_assessment, [["Brookfield Primary School"] + ["green"] * n,
                                        ["Tarnside Academy"] + ["amber"] * n,
                                        ["Oakleigh Free School"] + ["green"] * n])
    pending = services.start_return_import(self_assessment, by=business_user, file_name="returns.csv", data=data)
    assert [row["row"] for row in pending.rows] == [2, 3]
    assert pending.refused == [{"row": 4, "reason": "unknown school 'Oakleigh Free School'"}]
    assert not SelfAssessmentReturn.objects.filter(submitted_on__isnull=False).exists()   # nothing yet
    services.confirm_return_import(pending, by=business_user)
    returned = SelfAssessmentReturn.objects.filter(submitted_on__isnull=False)
    assert sorted(returned.values_list("organisation__name", flat=True)) == ["Brookfield Primary School",
                                                                             "Tarnside Academy"]
    assert set(returned.values_list("source", flat=True)) == {"import"}
    assert ReturnImport.objects.get().status == "imported"
    with pytest.raises(ValidationError, match="imported already"):
        services.confirm_return_import(pending, by=business_user)


def test_an_import_overtaken_by_a_return_imports_nothing(partnership, business_user):
    self_assessment = sa.school_round(partnership, business_user)
    n = self_assessment.standards.count()
    data = csv_export(self_assessment, [["Brookfield Primary School"] + ["green"] * n,
                                        ["Tarnside Academy"] + ["amber"] * n])
    pending = services.start_return_import(self_assessment, by=business_user, file_name="returns.csv", data=data)
    sa.submit(self_assessment.returns.get(organisation__name="Tarnside Academy"), business_user, rating="red")
    with pytest.raises(ValidationError, match="Row 3: Tarnside Academy has returned since"):
        services.confirm_return_import(pending, by=business_user)
    assert not StandardRating.objects.exclude(rating="red").exists()   # Brookfield's row was not half-imported
    assert ReturnImport.objects.get().status == "waiting"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("returns.pdf", b"%PDF-1.4 nothing", "Files of this type (.pdf) cannot be read"),
    ("returns.xlsx", b"PK\x03\x04 broken zip", "xlsx"),
    ("returns.csv", b"\x00\x01\x02\x03" * 50, "The file is called .csv but is really"),
    ("returns.csv", b"", "empty"),
    ("returns.csv", b"Respondent,1,2\nBrookfield,green,green\n", "no column naming the school"),
])
def test_a_file_that_cannot_be_read_is_refused_with_a_reason(partnership, business_user, name, data, message):
    self_assessment = sa.school_round(partnership, business_user)
    with pytest.raises(ValidationError) as refused:
        services.start_return_import(self_assessment, by=business_user, file_name=name, data=data)
    assert message in refused.value.message_dict["file"][0]
    assert not ReturnImport.objects.exists()


def test_an_excel_export_is_read(partnership, business_user):
    import io

    import openpyxl
    self_assessment = sa.school_round(partnership, business_user)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Timestamp", "School name"] + [f"Standard {s.number}" for s in self_assessment.standards.all()])
    sheet.append([datetime.datetime(2026, 2, 20, 14, 5), "Tarnside Academy"] + ["Green"] * 9)
    sheet.append([datetime.datetime(2026, 2, 21, 9, 0), "Tarnside Academy"] + ["Red"] * 9)
    buffer = io.BytesIO()
    workbook.save(buffer)
    pending = services.start_return_import(self_assessment, by=business_user, file_name="Survey export.xlsx",
                                           data=buffer.getvalue())
    assert [(row["row"], row["submitted_on"]) for row in pending.rows] == [(2, "2026-02-20")]
    assert pending.refused == [{"row": 3, "reason": "duplicate: Tarnside Academy is already on row 2"}]


def test_a_school_missed_at_set_up_is_asked_later_but_never_twice(partnership, business_user):
    self_assessment = sa.school_round(partnership, business_user)
    late = sa.school(partnership, "Marsh Lane Infant School")
    dsl = sa.contact(partnership, late, "Philippa Grant")
    [added] = services.ask_organisations(self_assessment, by=business_user, organisations=[late])
    assert (added.contact, added.is_returned) == (dsl, False)
    assert late in self_assessment.activity.agencies.all() and self_assessment.returns.count() == 4
    with pytest.raises(ValidationError, match="Marsh Lane Infant School is asked in this round already"):
        services.ask_organisations(self_assessment, by=business_user, organisations=[late])


def test_the_deadline_is_extended_within_the_round(partnership, business_user):
    self_assessment = sa.school_round(partnership, business_user)          # 12 Jan to 20 Apr, due 27 Feb
    organisation_return = sa.submit(self_assessment.returns.first(), business_user)   # 9 March: late
    assert organisation_return.is_late
    with pytest.raises(ValidationError, match="after the report is due at the board \\(20 April 2026\\)"):
        services.change_deadline(self_assessment, by=business_user, expected_version=self_assessment.version,
                                 deadline=D(2026, 5, 1))
    services.change_deadline(self_assessment, by=business_user, expected_version=self_assessment.version,
                             deadline=D(2026, 3, 13))
    assert not SelfAssessmentReturn.objects.get(pk=organisation_return.pk).is_late
    with pytest.raises(EditConflict):
        services.change_deadline(self_assessment, by=business_user, expected_version=1, deadline=D(2026, 3, 20))
