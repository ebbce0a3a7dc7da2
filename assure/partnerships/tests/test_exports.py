"""The people list as a spreadsheet (jobs.exports, ADR 0148)."""
import pytest
from django.urls import reverse

from assure.jobs.tests.downloads import column, csv_rows, xlsx_rows
from assure.partnerships.models import Organisation, Person


def url(partnership):
    return reverse("partnerships:person-list", kwargs={"slug": partnership.slug})


@pytest.fixture
def people(partnership, organisations):
    fenbridge = Organisation.objects.create(partnership=partnership, name="Fenbridge Export Trust", kind="health")
    for n in range(60):
        Person.objects.create(partnership=partnership, full_name=f"Exported Person {n:02d}",
                              organisation=fenbridge if n % 3 == 0 else None, email=f"p{n}@example.invalid")
    Person.objects.create(partnership=partnership, full_name="@SUM(A1:A9)", organisation=fenbridge)
    return fenbridge


def test_download_has_every_person_the_filtered_page_lists(client_for, readonly_user, partnership, people):
    response = client_for(readonly_user).get(url(partnership), {"organisation": people.pk, "download": "xlsx"})
    rows = xlsx_rows(response)
    names = column(rows, "Name")
    expected = list(Person.objects.filter(partnership=partnership, organisation=people)
                    .order_by("full_name", "id").values_list("full_name", flat=True))
    assert [name.lstrip("'") for name in names] == expected and len(expected) == 21
    assert set(column(rows, "Organisation")) == {"Fenbridge Export Trust"}


def test_search_and_hostile_name(client_for, readonly_user, partnership, people, other_partnership):
    Person.objects.create(partnership=other_partnership, full_name="Exported Person 99")
    rows = csv_rows(client_for(readonly_user).get(url(partnership), {"q": "Exported", "download": "csv"}))
    assert len(rows) - 1 == 60 and "Exported Person 99" not in column(rows, "Name")
    everyone = csv_rows(client_for(readonly_user).get(url(partnership), {"download": "csv"}))
    assert "'@SUM(A1:A9)" in column(everyone, "Name")


def test_another_partnerships_user_gets_404(client_for, outsider_user, partnership, people):
    assert client_for(outsider_user).get(url(partnership), {"download": "xlsx"}).status_code == 404
