"""Reading a list's download in tests (jobs.exports): the rows of a streamed CSV or of an .xlsx."""
import csv
import io

import openpyxl


def content(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response) -> list[list[str]]:
    """The CSV's rows, heading first; it must start with the byte-order mark Excel needs."""
    data = content(response)
    assert data.startswith(b"\xef\xbb\xbf"), "CSV without the UTF-8 byte-order mark"
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def xlsx_rows(response_or_bytes) -> list[list]:
    """The first sheet's rows as the cell values openpyxl reads (dates as datetimes, numbers as numbers)."""
    data = response_or_bytes if isinstance(response_or_bytes, bytes) else content(response_or_bytes)
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def column(rows, heading) -> list:
    """One column's values below the heading row."""
    index = rows[0].index(heading)
    return [row[index] for row in rows[1:]]
