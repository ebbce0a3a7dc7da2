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
