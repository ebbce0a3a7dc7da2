"""Delegates (change, not a duplicate, merge) and the charges page with its download and waivers."""
import datetime

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from assure.core.concurrency import EditConflict
from assure.training import services
from assure.training.models import Booking, Delegate

from . import factories


def url(name, partnership, **kwargs):
    return reverse(f"training:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def event(partnership, business_user):
    return factories.event(factories.course(partnership, business_user), business_user)


@pytest.fixture
def twins(partnership, business_user):
    """Jo Delegate twice in the same organisation under two email addresses: the second is flagged."""
    first = factories.delegate(partnership, business_user, name="Jo Delegate", email="jo@fenbridge.example")
    second = factories.delegate(partnership, business_user, name="jo  delegate", email="jo.d@fenbridge.example")
    assert second.possible_duplicate_of == first
    return first, second


def test_an_email_address_is_one_delegates_in_any_case(partnership, business_user, twins):
    first, second = twins
    with pytest.raises(ValidationError) as refused:
        services.update_delegate(second, by=business_user, expected_version=second.version, name=second.name,
                                 email="JO@Fenbridge.example", organisation=second.organisation)
    assert "Jo Delegate of Fenbridge Council already has the email address jo@fenbridge.example" in (
        refused.value.message_dict["email"][0])
    changed = services.update_delegate(second, by=business_user, expected_version=second.version,
                                       name="Joanne Delegate", email="joanne@fenbridge.example",
                                       organisation=second.organisation, job_role="Health visitor")
    assert (changed.name, changed.job_role) == ("Joanne Delegate", "Health visitor")
    with pytest.raises(EditConflict):
        services.update_delegate(second, by=business_user, expected_version=1, name="Jo", email="j@f.example",
                                 organisation=second.organisation)


def test_not_the_same_person_clears_the_flag(partnership, business_user, client_for, twins):
    _, second = twins
    client = client_for(business_user)
    page = client.get(url("delegate-list", partnership)).content.decode()
    assert page.count("Possible duplicate") == 2   # the explanation and one tag
    response = client.post(url("delegate-not-duplicate", partnership, delegate_id=second.pk),
                           {"version": second.version})
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.possible_duplicate_of is None
    assert client.get(url("delegate-list", partnership)).content.decode().count("Possible duplicate") == 1


def test_merging_moves_the_bookings_and_deletes_the_duplicate(partnership, business_user, client_for, twins, event):
    first, second = twins
    other = factories.event(event.course, business_user, day=datetime.date(2026, 4, 14))
    services.book(event, by=business_user, delegate=first)
    services.book(other, by=business_user, delegate=second)
    response = client_for(business_user).post(url("delegate-merge", partnership, delegate_id=second.pk),
                                              {"into": first.pk})
    assert response.status_code == 302 and response.url == url("delegate-detail", partnership, delegate_id=first.pk)
    assert not Delegate.objects.filter(pk=second.pk).exists()
    assert set(first.bookings.values_list("event_id", flat=True)) == {event.pk, other.pk}


def test_merging_is_refused_naming_the_event_both_are_booked_on(partnership, business_user, client_for, twins,
                                                                 event):
    first, second = twins
    services.book(event, by=business_user, delegate=first)
    services.book(event, by=business_user, delegate=second)
    response = client_for(business_user).post(url("delegate-merge", partnership, delegate_id=second.pk),
                                              {"into": first.pk})
    page = response.content.decode()
    assert response.status_code == 200 and "<title>Error:" in page
    assert "both booked on Neglect: seeing the child, 24 Mar 2026" in page
    assert Delegate.objects.filter(pk=second.pk).exists() and second.bookings.count() == 1


def test_the_list_searches_by_name_email_and_organisation(partnership, business_user, client_for, twins):
    police = factories.organisation(partnership, "Fenshire Police", "police")
    factories.delegate(partnership, business_user, name="Kit Officer", email="kit@police.example",
                       organisation_=police)
    client = client_for(business_user)
    page = client.get(url("delegate-list", partnership), {"search": "police"}).content.decode()
    assert "Kit Officer" in page and "Jo Delegate" not in page
    page = client.get(url("delegate-list", partnership), {"search": "jo.d@"}).content.decode()
    assert "jo.d@fenbridge.example" in page and "Kit Officer" not in page


# --- Charges ------------------------------------------------------------------------------------------------

@pytest.fixture
def chargeable(partnership, business_user, event):
    police = factories.organisation(partnership, "Fenshire Police", "police")
    absent = factories.did_not_attend(factories.booking(event, business_user))
    late = factories.cancelled_late(factories.booking(event, business_user, name="Ola Officer",
                                                      email="ola@police.example", organisation_=police))
    factories.booking(event, business_user, name="Ana Present", email="ana@fenbridge.example")
    return absent, late


def test_the_charges_page_lists_each_chargeable_booking_by_organisation(partnership, business_user, client_for,
                                                                         chargeable, event):
    factories.event(event.course, business_user, day=datetime.date(2026, 4, 14))
    page = client_for(business_user).get(url("charges", partnership)).content.decode()
    assert "Charges 2025/26" in page and "2 chargeable bookings, £100.00 to invoice in all" in page
    assert "Sam Delegate" in page and "Ola Officer" in page and "Ana Present" not in page
    assert "Fenbridge Council: £50.00" in page and "Fenshire Police: £50.00" in page
    assert "Did not attend" in page and "Cancelled late" in page
    next_year = client_for(business_user).get(url("charges", partnership), {"year": "2026"}).content.decode()
    assert "No bookings in 2026/27 imply a charge." in next_year


def test_a_year_not_understood_is_an_error_and_this_year_is_shown(partnership, business_user, client_for,
                                                                  chargeable):
    page = client_for(business_user).get(url("charges", partnership), {"year": "1999"}).content.decode()
    assert "<title>Error:" in page and "Choose a financial year from the list" in page and "£100.00" in page


def test_the_csv_download_is_what_finance_invoices(partnership, business_user, client_for, chargeable):
    response = client_for(business_user).get(url("charges-download", partnership), {"year": "2025", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    assert "training-charges-fenbridge-2025-26.csv" in response["Content-Disposition"]
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Organisation,Delegate,Email address,Course,Date,Reason,Charge (£),Waived")
    assert ("Fenbridge Council,Sam Delegate,sam.delegate@fenbridge.example,Neglect: seeing the child,2026-03-24,"
            "Did not attend,50.00,no") in lines[1]
    assert lines[-1].startswith("All organisations,Total,,,,,100.00")


def test_the_excel_download_has_numbers_to_add_up(partnership, business_user, client_for, chargeable):
    import io

    response = client_for(business_user).get(url("charges-download", partnership), {"format": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][:2] == ("Fenbridge Council", "Sam Delegate") and float(rows[1][6]) == 50.0
    assert client_for(business_user).get(url("charges-download", partnership), {"format": "pdf"}).status_code == 404


def test_a_formula_typed_as_a_name_is_written_as_text(partnership, business_user, client_for, event):
    factories.did_not_attend(factories.booking(event, business_user, name="=HYPERLINK(1)",
                                               email="odd@fenbridge.example"))
    response = client_for(business_user).get(url("charges-download", partnership), {"format": "csv"})
    assert "'=HYPERLINK(1)" in response.content.decode("utf-8-sig")


def test_waiving_needs_a_reason_and_is_shown_at_nothing(partnership, business_user, client_for, chargeable, event):
    absent, _ = chargeable
    client = client_for(business_user)
    waive = url("charge-waive", partnership, event_id=event.pk, booking_id=absent.pk)
    response = client.post(waive, {"version": absent.version, "reason": ""})
    assert "Enter why the charge is waived" in response.content.decode()
    response = client.post(waive, {"version": absent.version, "reason": "Called to a child protection conference"})
    assert response.status_code == 302
    absent.refresh_from_db()
    assert absent.charge_waived and absent.waiver_reason == "Called to a child protection conference"
    page = client.get(url("charges", partnership)).content.decode()
    assert "£50.00 to invoice in all" in page and "Waived (£50.00): Called to a child protection conference" in page
    lines = client.get(url("charges-download", partnership), {"format": "csv"}).content.decode("utf-8-sig").splitlines()
    assert "0.00,yes,Called to a child protection conference" in lines[1]
    # The same page charges again.
    assert client.post(waive, {"version": absent.version}).status_code == 302
    absent.refresh_from_db()
    assert not absent.charge_waived and absent.waiver_reason == ""


def test_a_booking_with_no_charge_cannot_be_waived(partnership, business_user, client_for, event):
    attended = factories.booking(event, business_user)
    with pytest.raises(ValidationError, match="implies no charge"):
        services.waive_charge(attended, by=business_user, expected_version=attended.version, reason="Kind")
    page = client_for(business_user).get(url("charge-waive", partnership, event_id=event.pk,
                                             booking_id=attended.pk)).content.decode()
    assert "implies no charge, so there is nothing to waive" in page
    assert Booking.objects.get(pk=attended.pk).charge_waived is False
