"""Importing a finance export: checked first, then all or nothing (or the valid rows when chosen), and the same
export twice adds nothing."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from assure.budget import services
from assure.budget.models import Spending, SpendingImport

from . import factories

FIXTURE = factories.FIXTURES / "finance_export_fictional.csv"
BAD = [["Transaction date", "Narrative", "Net amount", "Cost centre", "Ref"],
       ["01/06/2025", "Reviewer fee", "4200", "Independent reviewer fees", "TX-1"],
       ["not a date", "Venue", "100", "reviews", "TX-2"]]


@pytest.fixture
def year(partnership, business_user):
    year = factories.year(partnership, business_user, start_year=2025)
    factories.line(year, business_user)
    factories.line(year, business_user, name="Training programme", category="training", planned_pence=500000)
    factories.line(year, business_user, name="Website", category="website_comms", planned_pence=500000)
    return year


def start(year, by, data, name="export.csv"):
    return services.start_spending_import(year, by=by, file_name=name, data=data)


def test_the_fictional_export_imports_and_importing_it_again_adds_nothing(year, business_user):
    first = start(year, business_user, FIXTURE.read_bytes())
    assert (first.summary["accepted"], first.summary["refused"], first.summary["total_pence"]) == (4, [], 596250)
    assert not Spending.objects.exists()   # nothing until confirmed
    summary = services.confirm_spending_import(first, by=business_user)
    assert summary["message"] == "4 lines of spending imported."
    assert Spending.objects.filter(source="imported").count() == 4
    assert set(Spending.objects.values_list("line__name", flat=True)) == {"Independent reviewer fees",
                                                                          "Training programme", "Website"}
    again = start(year, business_user, FIXTURE.read_bytes())
    assert (again.summary["accepted"], again.summary["already"]) == (0, 4)
    summary = services.confirm_spending_import(again, by=business_user)
    assert summary["message"] == ("0 lines of spending imported; 4 were imported before (the same finance "
                                  "reference), so not again.")
    assert Spending.objects.count() == 4


def test_refused_rows_import_nothing_unless_the_valid_ones_are_kept(year, business_user):
    pending = start(year, business_user, factories.csv_bytes(BAD))
    assert pending.summary["refused"] == [{"row": 3, "reason": "'not a date' is not a date: give it as 31/03/2026 "
                                                               "or 2026-03-31."}]
    with pytest.raises(ValidationError) as refused:
        services.confirm_spending_import(pending, by=business_user)
    assert "1 row of the file was refused, so nothing was imported" in refused.value.message_dict["keep_valid"][0]
    assert not Spending.objects.exists()
    summary = services.confirm_spending_import(pending, by=business_user, keep_valid=True)
    assert summary["message"] == "1 line of spending imported; 1 refused row left out."
    assert Spending.objects.get().finance_reference == "TX-1"


def test_discard_and_a_decided_import_cannot_be_decided_again(year, business_user):
    pending = start(year, business_user, FIXTURE.read_bytes())
    services.discard_spending_import(pending, by=business_user)
    assert SpendingImport.objects.get().status == "discarded" and not Spending.objects.exists()
    with pytest.raises(ValidationError, match="was discarded already"):
        services.confirm_spending_import(pending, by=business_user)


def test_a_file_that_cannot_be_read_is_refused_on_the_file(year, business_user):
    with pytest.raises(ValidationError) as refused:
        start(year, business_user, b"Date,Description\n01/06/2025,Fee\n")
    assert "This file has no column for an amount" in refused.value.message_dict["file"][0]
    assert not SpendingImport.objects.exists()


def test_a_closed_year_takes_no_import(year, business_user):
    pending = start(year, business_user, FIXTURE.read_bytes())
    services.close_year(year, by=business_user, expected_version=year.version)
    pending.year.refresh_from_db()
    with pytest.raises(ValidationError, match="is closed"):
        services.confirm_spending_import(SpendingImport.objects.get(), by=business_user)
    with pytest.raises(ValidationError, match="is closed"):
        start(pending.year, business_user, FIXTURE.read_bytes())
    assert not Spending.objects.exists()


def test_an_excel_export_reads_the_same(year, business_user):
    import io

    import openpyxl
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Posting date", "Description", "Amount", "Budget line", "Reference"])
    sheet.append([datetime.datetime(2025, 9, 1), "Chair's fee", 1500.5, "reviews", 1001])
    out = io.BytesIO()
    workbook.save(out)
    pending = start(year, business_user, out.getvalue(), name="export.xlsx")
    assert pending.summary["refused"] == [] and pending.rows[0]["reference"] == "1001"
    assert pending.rows[0]["amount_pence"] == 150050 and pending.rows[0]["spent_on"] == "2025-09-01"
