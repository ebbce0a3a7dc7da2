"""Importing an event's bookings from a booking system's export: check, confirm, discard, the waiting list,
duplicates, importing twice, bad files, and another partnership's event."""
import io

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assure.conftest import make_user
from assure.partnerships.models import Organisation
from assure.training import services
from assure.training.models import Booking, BookingImport, Delegate

from . import factories

HEADER = "First Name,Last Name,Email,Job Title,Company,Manager's email\n"


def export(*lines: str) -> bytes:
    return (HEADER + "".join(line + "\n" for line in lines)).encode()


@pytest.fixture
def event(partnership, business_user):
    Organisation.objects.create(partnership=partnership, name="Fenbridge Council", short_name="FC",
                                kind="local_authority")
    Organisation.objects.create(partnership=partnership, name="Fenbridge Police", kind="police")
    return factories.event(factories.course(partnership, business_user), business_user, capacity=2)


def outcomes(pending):
    return [(row["row"], row["outcome"]) for row in pending.summary["rows"]]


ROBIN = "Robin,Ashdown,robin@example.org,Social worker,Fenbridge Council,casey@example.org"
PRIYA = "Priya,Marchmont,priya@example.org,PC,fenbridge police,"
TOM = "Tom,Elderfield,tom@example.org,Teacher,fc,"


def test_the_check_shows_every_row_with_its_outcome_and_books_nobody(event, business_user):
    pending = services.start_booking_import(event, by=business_user, file_name="b.csv", data=export(
        ROBIN, PRIYA, TOM, "Robin,Again,ROBIN@example.org,,FC,", "Zed,Zulu,zed@example.org,,Fenbridge Zoo,"))
    assert outcomes(pending) == [(2, "place"), (3, "place"), (4, "waiting"), (5, "duplicate"), (6, "refused")]
    assert pending.summary["rows"][4]["reason"] == (
        "No organisation called 'Fenbridge Zoo': add it under Organisations or correct the row.")
    assert (pending.summary["to_book"], pending.summary["refused"]) == (3, 1)
    assert not Booking.objects.exists()


def test_confirming_books_the_valid_rows_in_file_order_beyond_capacity_on_the_waiting_list(event, business_user):
    pending = services.start_booking_import(event, by=business_user, file_name="b.csv",
                                            data=export(ROBIN, "bad,row,not-email,,FC,", PRIYA, TOM))
    summary = services.confirm_booking_import(pending, by=business_user)
    bookings = list(event.bookings.order_by("pk"))
    assert [(b.delegate.email, b.status, b.source) for b in bookings] == [
        ("robin@example.org", Booking.Status.BOOKED, Booking.Source.IMPORTED),
        ("priya@example.org", Booking.Status.BOOKED, Booking.Source.IMPORTED),
        ("tom@example.org", Booking.Status.WAITING, Booking.Source.IMPORTED)]
    assert bookings[0].delegate.manager_email == "casey@example.org"
    assert summary["message"] == "2 people booked, 1 on the waiting list; 1 row left out (refused or duplicate)."
    pending.refresh_from_db()
    assert (pending.status, pending.rows) == (BookingImport.Status.IMPORTED, [])


def test_the_same_file_twice_books_nobody_twice(event, business_user):
    data = export(ROBIN, PRIYA)
    services.confirm_booking_import(
        services.start_booking_import(event, by=business_user, file_name="b.csv", data=data), by=business_user)
    again = services.start_booking_import(event, by=business_user, file_name="b.csv", data=data)
    assert outcomes(again) == [(2, "already"), (3, "already")]
    summary = services.confirm_booking_import(again, by=business_user)
    assert summary["message"] == "0 people booked; 2 already booked, so not again."
    assert event.bookings.count() == 2 and Delegate.objects.count() == 2


def test_someone_booked_between_check_and_confirm_is_not_booked_twice(event, business_user):
    pending = services.start_booking_import(event, by=business_user, file_name="b.csv", data=export(ROBIN))
    factories.booking(event, business_user, name="Robin Ashdown", email="Robin@example.org",
                      organisation_=Organisation.objects.get(name="Fenbridge Council"))
    assert services.confirm_booking_import(pending, by=business_user)["already"] == 1
    assert event.bookings.count() == 1


def test_a_confirmed_or_discarded_import_cannot_be_confirmed_again(event, business_user):
    pending = services.start_booking_import(event, by=business_user, file_name="b.csv", data=export(ROBIN))
    services.discard_booking_import(pending, by=business_user)
    with pytest.raises(ValidationError, match="This file was discarded already."):
        services.confirm_booking_import(pending, by=business_user)
    assert not Booking.objects.exists()


def test_an_excel_export_is_read_too(event, business_user):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Full name", "Email address", "Organisation", "Role", "Line manager email"])
    sheet.append(["Priya Marchmont", "priya@example.org", "Fenbridge Police", "PC", "sgt@example.org"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    pending = services.start_booking_import(event, by=business_user, file_name="b.xlsx", data=buffer.getvalue())
    assert outcomes(pending) == [(2, "place")]


@pytest.mark.parametrize(("name", "data", "message"), [
    ("b.pdf", b"%PDF-1.4 nothing", "b.pdf is not a spreadsheet"),
    ("b.csv", b"", "empty"),
    ("b.csv", b"Name,Organisation\nRobin,FC\n", "no column for the email address"),
    ("b.csv", HEADER.encode(), "no bookings"),
    ("b.xlsx", b"not really excel", ""),
])
def test_a_bad_file_is_refused_with_a_reason(event, business_user, client_for, name, data, message):
    response = client_for(business_user).post(
        reverse("training:booking-import", args=["fenbridge", event.pk]),
        {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 200
    assert "govuk-error-summary" in response.content.decode()
    assert message in response.content.decode()
    assert not BookingImport.objects.exists()


def test_upload_check_and_confirm_through_the_pages(event, business_user, client_for):
    client = client_for(business_user)
    upload = reverse("training:booking-import", args=["fenbridge", event.pk])
    page = client.get(upload).content.decode()
    assert "Download an example export" in page
    example = client.get(reverse("training:booking-import-example", args=["fenbridge"]))
    assert example["Content-Disposition"] == 'attachment; filename="booking-export-example.csv"'
    response = client.post(upload, {"file": SimpleUploadedFile("b.csv", export(ROBIN, PRIYA, TOM, "x,y,bad,,FC,"))})
    pending = BookingImport.objects.get()
    check = reverse("training:booking-import-check", args=["fenbridge", event.pk, pending.pk])
    assert response.url == check
    page = client.get(check).content.decode()
    assert "Waiting list" in page and "1 refused" in page and "Book 3 people" in page
    response = client.post(check, {"action": "import"})
    assert response.url == reverse("training:event-detail", args=["fenbridge", event.pk])
    assert event.bookings.count() == 3
    assert "This file was imported already." in client.post(check, {"action": "import"}).content.decode()


def test_discarding_through_the_page_books_nobody(event, business_user, client_for):
    client = client_for(business_user)
    pending = services.start_booking_import(event, by=business_user, file_name="b.csv", data=export(ROBIN))
    check = reverse("training:booking-import-check", args=["fenbridge", event.pk, pending.pk])
    client.post(check, {"action": "discard"})
    pending.refresh_from_db()
    assert pending.status == BookingImport.Status.DISCARDED and not Booking.objects.exists()


def test_another_partnerships_event_and_import_are_not_found(event, business_user, other_partnership, client_for):
    pending = services.start_booking_import(event, by=business_user, file_name="b.csv", data=export(ROBIN))
    outsider = client_for(make_user(other_partnership, "business_team", "otto", "Otto Outsider"))
    assert outsider.get(reverse("training:booking-import", args=["harrowdale", event.pk])).status_code == 404
    check = reverse("training:booking-import-check", args=["harrowdale", event.pk, pending.pk])
    assert outsider.post(check, {"action": "import"}).status_code == 404
    assert not Booking.objects.exists()
