"""Adding a person who may already be here (the rule itself: core/tests/test_names.py)."""
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from assure.partnerships import services
from assure.partnerships.models import Person


@pytest.fixture
def owen(partnership):
    return Person.objects.create(partnership=partnership, full_name="Owen Price")


def test_create_person_refuses_a_close_match_until_confirmed(partnership, owen, business_user):
    with pytest.raises(ValidationError, match="closely matches Owen Price"):
        services.create_person(partnership=partnership, full_name="Owen Pryce", by=business_user)
    assert not Person.objects.filter(full_name__in=["Owen Pryce", "Ann Other"]).exists()
    services.create_person(partnership=partnership, full_name="Owen Pryce", by=business_user, confirmed_different=True)
    assert Person.objects.filter(partnership=partnership, full_name="Owen Pryce").count() == 1


def test_create_people_checks_each_new_person(partnership, owen, business_user):
    with pytest.raises(ValidationError, match="closely matches Owen Price"):
        services.create_people(partnership=partnership, by=business_user,
                               people=[{"full_name": "Ann Other"}, {"full_name": "Owen Pryce"}])
    assert not Person.objects.filter(full_name__in=["Owen Pryce", "Ann Other"]).exists()


def test_someone_in_another_partnership_is_not_a_match(partnership, other_partnership, business_user):
    Person.objects.create(partnership=other_partnership, full_name="Owen Pryce")
    services.create_person(partnership=partnership, full_name="Owen Pryce", by=business_user)


def test_the_add_person_form_warns_links_and_asks_to_confirm(client_for, business_user, partnership, owen):
    client = client_for(business_user)
    add = reverse("partnerships:person-add", args=[partnership.slug])
    response = client.post(add, {"full_name": "Owen Pryce"})
    page = response.content.decode()
    assert response.status_code == 200 and "closely matches Owen Price" in page
    assert reverse("partnerships:person-detail", args=[partnership.slug, owen.pk]) in page
    assert "This is a different person" in page
    assert not Person.objects.filter(full_name="Owen Pryce").exists()
    response = client.post(add, {"full_name": "Owen Pryce", "different_person": "on"})
    assert response.status_code == 302
    assert Person.objects.filter(partnership=partnership, full_name="Owen Pryce").count() == 1


def test_renaming_someone_to_a_close_match_needs_confirming(partnership, owen, business_user):
    ann = services.create_person(partnership=partnership, full_name="Ann Other", by=business_user)
    with pytest.raises(ValidationError, match="closely matches Owen Price"):
        services.update_person(ann, full_name="Owen Pryce", by=business_user, expected_version=ann.version)
    ann.refresh_from_db()
    assert ann.full_name == "Ann Other"
    services.update_person(ann, full_name="Owen Pryce", by=business_user, expected_version=ann.version,
                           confirmed_different=True)
    ann.refresh_from_db()
    assert ann.full_name == "Owen Pryce"


def test_editing_a_person_without_renaming_them_is_not_a_match_with_themselves(partnership, owen, business_user):
    services.update_person(owen, full_name="Owen Price", job_title="Detective Inspector", by=business_user,
                           expected_version=owen.version)
    owen.refresh_from_db()
    assert owen.job_title == "Detective Inspector"


def test_the_edit_person_form_asks_before_a_rename_to_a_close_match(client_for, business_user, partnership, owen):
    ann = services.create_person(partnership=partnership, full_name="Ann Other", by=business_user)
    client = client_for(business_user)
    edit = reverse("partnerships:person-edit", args=[partnership.slug, ann.pk])
    response = client.post(edit, {"full_name": "Owen Pryce", "version": ann.version})
    page = response.content.decode()
    assert response.status_code == 200 and "This is a different person" in page
    assert reverse("partnerships:person-detail", args=[partnership.slug, owen.pk]) in page
    ann.refresh_from_db()
    assert ann.full_name == "Ann Other"
    response = client.post(edit, {"full_name": "Owen Pryce", "version": ann.version, "different_person": "on"})
    assert response.status_code == 302
    ann.refresh_from_db()
    assert ann.full_name == "Owen Pryce"
