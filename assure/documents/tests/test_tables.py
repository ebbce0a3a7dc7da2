"""A survey export's first sheet as rows: CSV (UTF-8 with or without a byte-order mark, or Windows-1252) or Excel;
anything else, or a damaged file, refused with a reason."""
import datetime
import io

import openpyxl
import pytest

from assure.documents.checks import UnreadableDocument, WrongFileType
from assure.documents.tables import read_table


def xlsx(rows) -> bytes:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("data", [
    "\ufeffSchool,1\nSt Anne's,Green\n".encode(),
    b"School,1\r\nSt Anne's,Green\r\n,\r\n",
    "School,1\nSt Anne\u2019s,Green\n".replace("\u2019", "'").encode("cp1252"),
])
def test_csv_rows_with_blank_rows_and_cells_trimmed(data):
    assert read_table(data, "export.csv") == [["School", "1"], ["St Anne's", "Green"]]


def test_excel_values_and_dates():
    data = xlsx([["School", "Submitted", "Score"], ["Brookfield", datetime.datetime(2026, 2, 20, 9, 30), 3.0],
                 [None, None, None]])
    assert read_table(data, "Export.XLSX") == [["School", "Submitted", "Score"],
                                               ["Brookfield", datetime.date(2026, 2, 20), "3"]]


@pytest.mark.parametrize(("name", "data", "error", "message"), [
    ("export.xls", b"\xd0\xcf\x11\xe0", WrongFileType, ".xls files cannot be read"),
    ("export.pdf", b"%PDF-1.4", WrongFileType, "Files of this type (.pdf) cannot be read"),
    ("export.csv", xlsx([["School"]]), WrongFileType, "The file is called .csv but is really"),
    ("export.xlsx", b"School,1\n", WrongFileType, "The file is called .xlsx"),
    ("export.xlsx", b"PK\x03\x04" + b"\x00" * 60, UnreadableDocument, ""),
    ("export.csv", b"", UnreadableDocument, "empty"),
    ("export.csv", b"School\n" + b"Brookfield\n" * 5_001, UnreadableDocument, "more than 5,000 rows"),
])
def test_refused_with_a_reason(name, data, error, message):
    with pytest.raises(error) as refused:
        read_table(data, name)
    assert message in str(refused.value)
