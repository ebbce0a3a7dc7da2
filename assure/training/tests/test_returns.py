"""Single-agency training returns: saved all or nothing, refused with a message a person can act on, listed with
totals per level, and downloaded."""
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from assure.conftest import date_boxes, signed_in_client
from assure.core.concurrency import EditConflict
from assure.training import services
from assure.training.models import ReturnLine, TrainingReturn

from . import factories


def test_a_return_is_saved_with_one_line_per_level(partnership, business_user):
    saved = factories.training_return(partnership, business_user, lines={"1": (40, 50), "3": (5, None)})
    assert {(line.level, line.staff_trained, line.staff_in_scope) for line in saved.lines.all()} == {
        ("1", 40, 50), ("2", 0, None), ("3", 5, None), ("4", 0, None)}


@pytest.mark.parametrize(("lines", "field", "message"), [
    ({"1": (60, 50)}, "trained_1", "cannot be more than the staff in scope"),
    ({"2": (-1, None)}, "trained_2", "cannot be less than 0"),
    ({"2": (3, -4)}, "in_scope_2", "cannot be less than 0"),
    ({"1": (None, None)}, "trained_1", "Enter the number of staff trained at level 1"),
])
def test_impossible_counts_are_refused_and_nothing_is_written(partnership, business_user, lines, field, message):
    with pytest.raises(ValidationError) as refused:
        factories.training_return(partnership, business_user, lines=lines)
    assert message in " ".join(refused.value.message_dict[field])
    assert not TrainingReturn.objects.exists() and not ReturnLine.objects.exists()


def test_one_return_per_organisation_per_year(partnership, business_user):
    factories.training_return(partnership, business_user)
    with pytest.raises(ValidationError) as refused:
        factories.training_return(partnership, business_user)
    assert "already has a training return for 2025/26" in refused.value.message_dict["organisation"][0]
    factories.training_return(partnership, business_user, start_year=2024)   # another year is fine


def test_changing_a_return_needs_its_version_and_updates_its_lines(partnership, business_user):
    saved = factories.training_return(partnership, business_user)
    first_version = saved.version
    services.save_return(partnership=partnership, by=business_user, organisation=saved.organisation, start_year=2025,
                         lines={"1": (45, 50)}, training_return=saved, expected_version=first_version)
    assert saved.lines.get(level="1").staff_trained == 45 and saved.lines.get(level="2").staff_trained == 0
    with pytest.raises(EditConflict):
        services.save_return(partnership=partnership, by=business_user, organisation=saved.organisation,
                             start_year=2025, lines={"1": (1, None)}, training_return=saved,
                             expected_version=first_version)


def test_another_partnerships_organisation_is_refused(partnership, other_partnership, business_user):
    with pytest.raises(ValidationError) as refused:
        factories.training_return(partnership, business_user, organisation_=factories.organisation(other_partnership))
    assert "this partnership's organisations" in refused.value.message_dict["organisation"][0]


def test_the_list_shows_rates_and_totals_per_level_to_members(partnership, business_user, member_user):
    empty = signed_in_client(member_user).get(reverse("training:return-list", args=[partnership.slug])).content.decode()
    assert "No training returns for 2025/26 yet" in empty and "choose an earlier year" in empty
    assert "Totals by level" not in empty
    factories.training_return(partnership, business_user, lines={"1": (40, 50), "2": (12, None)})
    police = factories.organisation(partnership, "Eastmoor Police", "police")
    factories.training_return(partnership, business_user, organisation_=police, lines={"1": (10, 50)})
    html = signed_in_client(member_user).get(reverse("training:return-list", args=[partnership.slug]),
                                             {"year": 2025}).content.decode()
    # Level 1: 40 of 50 is 80%; in all, 50 trained of 100 in scope: 50%. Level 2: 12 trained, no number in scope.
    assert "80% (40 of 50)" in html and "50% (50 of 100)" in html and "No numbers in scope given" in html
    assert "Eastmoor Police" in html and "Add a training return" not in html


def test_the_business_team_adds_a_return_through_the_form(partnership, business_user):
    council = factories.organisation(partnership)
    client = signed_in_client(business_user)
    url = reverse("training:return-add", args=[partnership.slug])
    data = {"organisation": council.pk, "start_year": 2025, **date_boxes("received_on", "2026-03-02"),
            "trained_1": 30, "in_scope_1": 35, "trained_2": 0, "trained_3": 0, "trained_4": 0}
    assert client.post(url, data).status_code == 302
    saved = TrainingReturn.objects.get()
    assert saved.lines.get(level="1").staff_in_scope == 35 and str(saved.received_on) == "2026-03-02"
    # The same again: the clash is shown on the organisation, nothing written.
    again = client.post(url, data)
    assert "already has a training return for 2025/26" in again.content.decode()
    too_many = client.post(url, data | {"start_year": 2024, "trained_1": 36})
    assert "cannot be more than the staff in scope" in too_many.content.decode()
    assert TrainingReturn.objects.count() == 1


def test_edit_remove_and_download(partnership, business_user):
    saved = factories.training_return(partnership, business_user, notes="=SUM(A1)")
    client = signed_in_client(business_user)
    edit = client.get(reverse("training:return-edit", args=[partnership.slug, saved.pk]))
    assert edit.status_code == 200 and 'value="40"' in edit.content.decode()
    download = client.get(reverse("training:return-download", args=[partnership.slug]), {"year": 2025})
    text = download.content.decode("utf-8-sig")
    assert download["Content-Type"].startswith("text/csv") and "Fenbridge Council,2025/26,Level 1: awareness,40,50,80" in text
    assert "'=SUM(A1)" in text   # a typed formula is written as text
    xlsx = client.get(reverse("training:return-download", args=[partnership.slug]), {"year": 2025, "format": "xlsx"})
    assert xlsx.content[:2] == b"PK"
    assert client.post(reverse("training:return-remove", args=[partnership.slug, saved.pk])).status_code == 302
    assert not TrainingReturn.objects.exists()
