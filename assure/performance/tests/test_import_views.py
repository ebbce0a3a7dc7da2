"""The web import: upload, check the summary, import the valid rows or discard; past imports; the template."""
import datetime
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from assure.performance import services
from assure.performance.models import DatasetImport, Figure, QuarterApproval

from . import factories
from .import_factories import csv_bytes

ROWS = [["Indicator code", "Period", "Value"], ["MISS", "2025-Q2", "49"], ["NOPE", "2025-Q2", "1"]]


def url(name, partnership, **kwargs):
    return reverse(f"performance:{name}", kwargs={"slug": partnership.slug, **kwargs})


@pytest.fixture
def indicator(partnership, business_user):
    return factories.indicator(partnership, business_user)


def upload(client, partnership, data, name="figures.csv"):
    return client.post(url("import", partnership), {"file": SimpleUploadedFile(name, data)})


def test_upload_check_then_import_the_valid_rows(partnership, business_user, client_for, indicator):
    client = client_for(business_user)
    response = upload(client, partnership, csv_bytes(ROWS))
    waiting = DatasetImport.objects.get()
    assert response.status_code == 302 and response.url == url("import-check", partnership, import_id=waiting.pk)
    page = client.get(response.url).content.decode()
    assert "1 row can be imported, 1 refused." in page
    assert "No indicator in the catalogue has the code NOPE." in page and ">3</td>" in page
    assert "Import 1 row</button>" in page and "Discard</button>" in page and "MISS" in page
    assert not Figure.objects.exists()
    response = client.post(url("import-check", partnership, import_id=waiting.pk), {"action": "import"})
    assert response.status_code == 302 and response.url == url("import-list", partnership)
    assert Figure.objects.get().value == 49
    listing = client.get(response.url).content.decode()
    assert "1 row imported; 1 refused." in listing and "figures.csv" in listing and "1 imported, 1 refused" in listing


def test_discard(partnership, business_user, client_for, indicator):
    client = client_for(business_user)
    upload(client, partnership, csv_bytes(ROWS))
    waiting = DatasetImport.objects.get()
    response = client.post(url("import-check", partnership, import_id=waiting.pk), {"action": "discard"})
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == "discarded" and not Figure.objects.exists()
    page = client.get(url("import-check", partnership, import_id=waiting.pk)).content.decode()
    assert "Discarded on" in page and "Import 1 row" not in page


def test_a_file_that_is_not_a_spreadsheet_shows_why_on_the_form(partnership, business_user, client_for):
    response = upload(client_for(business_user), partnership, b"%PDF-1.4 not figures", name="figures.pdf")
    page = response.content.decode()
    assert response.status_code == 200 and "<title>Error:" in page
    assert "figures.pdf is not a spreadsheet: save the figures as .csv or .xlsx and import that." in page
    assert not DatasetImport.objects.exists()


def test_no_file_chosen(partnership, business_user, client_for):
    page = client_for(business_user).post(url("import", partnership), {}).content.decode()
    assert "Choose the file to import" in page


def test_confirming_when_a_row_can_no_longer_be_imported(partnership, business_user, client_for, indicator):
    client = client_for(business_user)
    upload(client, partnership, csv_bytes(ROWS))
    waiting = DatasetImport.objects.get()
    QuarterApproval.objects.create(partnership=partnership, quarter_start=datetime.date(2025, 7, 1),
                                   approved_at=timezone.now())
    response = client.post(url("import-check", partnership, import_id=waiting.pk), {"action": "import"})
    page = response.content.decode()
    assert response.status_code == 200 and "Since the file was checked" in page and not Figure.objects.exists()
    assert "<title>Error:" in page


def test_another_partnerships_import_is_not_found(partnership, business_user, other_partnership, outsider_user,
                                                  client_for, indicator):
    waiting = services.start_dataset_import(partnership=partnership, by=business_user, file_name="f.csv",
                                            data=csv_bytes(ROWS))
    client = client_for(outsider_user)
    assert client.get(url("import-check", other_partnership, import_id=waiting.pk)).status_code == 404
    assert client.post(url("import-check", other_partnership, import_id=waiting.pk),
                       {"action": "import"}).status_code == 404
    assert DatasetImport.objects.get().status == "waiting"


def test_members_may_read_past_imports_but_not_import(partnership, business_user, member_user, client_for,
                                                      indicator):
    waiting = services.start_dataset_import(partnership=partnership, by=business_user, file_name="f.csv",
                                            data=csv_bytes(ROWS))
    client = client_for(member_user)
    assert client.get(url("import", partnership)).status_code == 403
    assert client.post(url("import-check", partnership, import_id=waiting.pk), {"action": "import"}).status_code == 403
    page = client.get(url("import-list", partnership)).content.decode()
    assert "f.csv" in page and "Import a file" not in page and url("import-check", partnership,
                                                                    import_id=waiting.pk) not in page


def test_the_template_downloads_as_excel_or_csv(partnership, business_user, client_for, indicator):
    client = client_for(business_user)
    response = client.get(url("import-template", partnership))
    assert response["Content-Disposition"] == 'attachment; filename="dataset-template.xlsx"'
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert [[cell.value for cell in row] for row in sheet.iter_rows()] == [
        ["indicator code", "period", "value", "note"], ["MISS", None, None, None]]
    response = client.get(url("import-template", partnership) + "?format=csv")
    assert response.content.decode("utf-8-sig").splitlines() == ["indicator code,period,value,note", "MISS,,,"]
    # The template uploaded as it is imports nothing, and refuses nothing: its rows are not filled in.
    upload(client, partnership, response.content)
    assert DatasetImport.objects.get().summary["refused"] == []


def test_a_published_statistics_file_on_the_check_page(partnership, business_user, client_for):
    from .import_factories import DFE_FILE, published_indicators
    factories.area(partnership, neighbours=0)
    published_indicators(partnership, business_user)
    client = client_for(business_user)
    response = upload(client, partnership, DFE_FILE.read_bytes(), name=DFE_FILE.name)
    page = client.get(response.url).content.decode()
    assert "72 rows can be imported, 0 refused." in page and "Published statistics (explore-education-statistics)" in page
    assert "cpp_rate_per_10000: CPP-RATE" in page and "cin_episodes" in page and "2022/23, 2023/24, 2024/25" in page
    assert "Import 72 rows</button>" in page
    # The own area is set, so the check page does not say it is not.
    assert "own area is not set" not in page


def test_a_published_statistics_file_without_an_own_area_says_none_become_its_figures(partnership, business_user,
                                                                                      client_for):
    from .import_factories import DFE_FILE, published_indicators
    published_indicators(partnership, business_user)
    client = client_for(business_user)
    response = upload(client, partnership, DFE_FILE.read_bytes(), name=DFE_FILE.name)
    assert "own area is not set, so none of these rows become its own figures" in client.get(response.url).content.decode()
