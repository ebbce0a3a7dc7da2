"""documents.tables: a list's rows through its columns, as streamed CSV chunks or a write-only workbook (ADR 0148)."""
import csv
import datetime
import io
from decimal import Decimal
from types import SimpleNamespace

import openpyxl

from assure.documents import tables

COLUMNS = [("Name", "name"), ("Due", "due"), ("Amount (£)", "amount"), ("Body", "body.name"),
           ("Status", "get_status_display"), ("Done", lambda r: r.done)]


def record(n, **changes):
    fields = {"name": f"Row {n}", "due": datetime.date(2026, 3, 9), "amount": Decimal("12.50"),
              "body": SimpleNamespace(name="Executive Board"), "get_status_display": lambda: "Open", "done": False}
    return SimpleNamespace(**{**fields, **changes})


def test_rows_have_the_heading_then_safe_cells():
    rows = list(tables.table_rows([record(1), record(2, name="=HYPERLINK(\"x\")", body=None, done=True)], COLUMNS))
    assert rows[0] == ["Name", "Due", "Amount (£)", "Body", "Status", "Done"]
    assert rows[1] == ["Row 1", datetime.date(2026, 3, 9), Decimal("12.50"), "Executive Board", "Open", "no"]
    assert rows[2][0] == "'=HYPERLINK(\"x\")" and rows[2][3] == "" and rows[2][5] == "yes"


def test_rows_are_made_lazily():
    def records():
        yield record(1)
        raise AssertionError("read too far")
    rows = tables.table_rows(records(), COLUMNS)
    assert next(rows)[0] == "Name" and next(rows)[0] == "Row 1"


def test_csv_chunks_start_with_the_bom_and_heading_and_join_to_the_table():
    rows = tables.table_rows((record(n) for n in range(450)), COLUMNS)
    chunks = list(tables.csv_chunks(rows, rows_per_chunk=200))
    assert chunks[0].startswith(b"\xef\xbb\xbfName,Due") and chunks[0].count(b"\r\n") == 1  # the first byte at once
    assert len(chunks) == 4 and not any(chunk.startswith(b"\xef\xbb\xbf") for chunk in chunks[1:])
    parsed = list(csv.reader(io.StringIO(b"".join(chunks).decode("utf-8-sig"), newline="")))
    assert len(parsed) == 451 and parsed[1] == ["Row 0", "2026-03-09", "12.50", "Executive Board", "Open", "no"]


def test_an_empty_list_is_its_heading():
    assert b"".join(tables.csv_chunks(tables.table_rows([], COLUMNS))) == \
        b"\xef\xbb\xbfName,Due,Amount (\xc2\xa3),Body,Status,Done\r\n"


def test_xlsx_has_real_dates_and_numbers():
    data = tables.xlsx_bytes(tables.table_rows([record(1)], COLUMNS), sheet="Action log")
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook["Action log"]
    assert sheet["A1"].value == "Name" and sheet["A1"].font.bold
    assert sheet["B2"].value == datetime.datetime(2026, 3, 9) and sheet["B2"].is_date
    assert sheet["B2"].number_format == "dd/mm/yyyy"
    assert sheet["C2"].value == 12.5 and sheet["C2"].data_type == "n"


def test_write_table_is_unchanged_for_its_callers():
    rows = [["A", "B"], ["=1+1", datetime.date(2026, 1, 2)]]
    assert tables.write_table(rows, "csv") == "\ufeffA,B\r\n'=1+1,2026-01-02\r\n".encode()
    sheet = openpyxl.load_workbook(io.BytesIO(tables.write_table(rows, "xlsx"))).active
    assert sheet["A2"].value == "'=1+1" and sheet["B2"].is_date
