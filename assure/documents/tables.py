"""A spreadsheet's first sheet as rows of cells: CSV or Excel (.xlsx), as survey tools export them.

    read_table(data, name, max_bytes=...)  -> list of rows, each a list of cells (str, or datetime.date for an
                                              Excel date); UnreadableDocument saying why not
    read_export(data, name, ask=...)       -> a finance or booking system's export: read_table for .csv/.xlsx only,
                                              refused (UnreadableDocument) naming what to export otherwise
    heading_key(cell), find_columns(header, synonyms) -> which column holds what, by the names systems give it
    write_table(rows, "csv" | "xlsx")       -> the bytes of a download (CONTENT_TYPES); text that a spreadsheet
                                              would run as a formula is written as text (`safe_cell`)
    table_rows(records, columns)            -> a list's export: the heading row, then each record through its
                                              (heading, getter) columns as safe cells, lazily
    csv_chunks(rows), xlsx_bytes(rows)      -> those rows as streamed CSV chunks (BOM first) or a write-only .xlsx

The name's extension says which; the bytes must bear it out (`filetypes.sniff`, and for .xlsx the zip checks of
`checks.check_file`: size, password, zip bombs). openpyxl reads the workbook read-only (ADR 0122). No Django.
"""
from __future__ import annotations

import csv
import datetime
import io
import re
import zipfile
from decimal import Decimal

from . import filetypes
from .checks import DEFAULT_MAX_BYTES, UnreadableDocument, WrongFileType, check_file, check_size

MAX_ROWS = 5_000
MAX_COLUMNS = 200
TABLE_KINDS = (".csv", ".xlsx")


def read_table(data: bytes, name: str, *, max_bytes: int = DEFAULT_MAX_BYTES, max_rows: int = MAX_ROWS
               ) -> list[list]:
    extension = filetypes.extension(name)
    if extension == ".csv":
        check_size(len(data), max_bytes)
        actual = filetypes.sniff(data)
        if actual != "text":
            raise WrongFileType(f"The file is called .csv but is really {filetypes.describe(data, actual)}.")
        rows = _csv_rows(data)
    elif extension == ".xlsx":
        check_file(data, name, accept=("xlsx",), max_bytes=max_bytes)
        rows = _xlsx_rows(data, max_rows)
    elif extension in (".xls", ".ods"):
        raise WrongFileType(f"{extension} files cannot be read: save the export as .xlsx or .csv and upload that.")
    else:
        raise WrongFileType(f"Files of this type ({extension or 'no extension'}) cannot be read: upload the "
                            "survey export as .csv or .xlsx.")
    rows = [_trimmed(row) for row in rows]
    while rows and not any(cell != "" for cell in rows[-1]):
        rows.pop()
    if not rows:
        raise UnreadableDocument("The file is empty: it has no heading row and no rows.")
    if len(rows) > max_rows + 1:
        raise UnreadableDocument(f"The file has more than {max_rows:,} rows: split it and upload each part.")
    if max(len(row) for row in rows) > MAX_COLUMNS:
        raise UnreadableDocument(f"The file has more than {MAX_COLUMNS} columns: is it the survey export?")
    return rows


def _csv_rows(data: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:   # pragma: no cover - cp1252 decodes nearly every byte; the sniff has refused binary already
        raise UnreadableDocument("The file's text cannot be read: save it as CSV (UTF-8) and try again.")
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise UnreadableDocument(f"The CSV file is damaged ({exc}): export it again and try again.") from None


def _xlsx_rows(data: bytes, max_rows: int) -> list[list]:
    import openpyxl  # only when an Excel file comes in

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise UnreadableDocument(f"The Excel file is damaged and cannot be opened ({type(exc).__name__}): "
                                 "export it again and try again.") from None
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row[:MAX_COLUMNS + 1]))
            if len(rows) > max_rows + 1:
                break
        return rows
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise UnreadableDocument(f"The Excel file is damaged and cannot be read ({type(exc).__name__}): "
                                 "export it again and try again.") from None
    finally:
        workbook.close()


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _trimmed(row) -> list:
    cells = [_cell(value) for value in row]
    while cells and cells[-1] == "":
        cells.pop()
    return cells


# --- Reading a system's export: which column holds what ---------------------------------------------------

def read_export(data: bytes, name: str, *, ask: str, max_bytes: int = DEFAULT_MAX_BYTES,
                max_rows: int = MAX_ROWS) -> list[list]:
    """The first sheet of an export (a finance system's spending, a booking system's bookings, a dataset): only .csv
    or .xlsx, through the intake's checks. `ask` says what to do instead ("export the spending"), completed by
    "as .csv or .xlsx and import that"."""
    if filetypes.extension(name) not in TABLE_KINDS:
        raise UnreadableDocument(f"{name} is not a spreadsheet: {ask} as .csv or .xlsx and import that.")
    return read_table(data, name, max_bytes=max_bytes, max_rows=max_rows)


def heading_key(cell) -> str:
    """A column heading as compared: lower case; no "(optional)", "(£)", "£", apostrophes or asterisks; spaces for
    underscores, dashes, colons, dots, slashes and question marks; single spaces ("Manager's e-mail:" is
    "managers e mail")."""
    text = re.sub(r"['’*]", "", re.sub(r"\(.*?\)|£", " ", str(cell or "").lower()))
    return " ".join(re.sub(r"[_\-:./?]+", " ", text).split())


def find_columns(header: list, synonyms: dict[str, tuple[str, ...]]) -> dict[str, int | None]:
    """Each wanted column's index in the header row, by the first of its synonyms (heading_key form) found; None
    when the file has none of them."""
    names = [heading_key(cell) for cell in header]
    return {column: next((names.index(name) for name in options if name in names), None)
            for column, options in synonyms.items()}


# --- Writing: a table as a CSV or Excel download (finance's invoices, exports) --------------------

CONTENT_TYPES = {"csv": "text/csv; charset=utf-8",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def safe_cell(value):
    """A cell as written: text that a spreadsheet would run as a formula ("=1+1", "@SUM", "-2+3") gets a leading
    apostrophe; numbers and dates are kept as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float | Decimal | datetime.date):
        return value
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_table(rows, kind: str, *, sheet: str = "Sheet1") -> bytes:
    """`rows` (the heading row first) as CSV (UTF-8 with a byte-order mark, so Excel reads it) or .xlsx bytes."""
    cleaned = ([safe_cell(value) for value in row] for row in rows)
    if kind == "csv":
        return b"".join(csv_chunks(cleaned))
    if kind == "xlsx":
        return xlsx_bytes(cleaned, sheet=sheet)
    raise ValueError(f"no such kind of table: {kind}")


# --- Exports: a list's records through its declared columns, streamed (ADR 0148) -----------------------------

def getter(path: str):
    """A column's getter from a dotted attribute path ("meeting.date"); None where a link in the path is None. A
    bound `get_FOO_display` is called, so a choice shows in words."""
    names = path.split(".")

    def get(record):
        value = record
        for name in names:
            if value is None:
                return None
            value = getattr(value, name)
        return value() if callable(value) else value
    return get


def table_rows(records, columns):
    """The heading row, then one row of `safe_cell`s per record. `columns` is a sequence of (heading, getter): a
    getter is a function of the record or a dotted attribute path (`getter`)."""
    getters = [get if callable(get) else getter(get) for _, get in columns]
    yield [heading for heading, _ in columns]
    for record in records:
        yield [safe_cell(get(record)) for get in getters]


def _csv_value(value):
    return value.isoformat() if isinstance(value, datetime.date) else value


def csv_chunks(rows, *, rows_per_chunk: int = 200):
    """`rows` (already safe cells) as CSV bytes in chunks: the UTF-8 byte-order mark and the heading row first, so
    the first byte leaves at once; then `rows_per_chunk` rows at a time."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    waiting = 0
    first = True
    for row in rows:
        writer.writerow([_csv_value(value) for value in row])
        waiting += 1
        if first or waiting >= rows_per_chunk:
            yield (b"\xef\xbb\xbf" if first else b"") + out.getvalue().encode("utf-8")
            out.seek(0)
            out.truncate()
            waiting, first = 0, False
    if first or waiting:
        yield (b"\xef\xbb\xbf" if first else b"") + out.getvalue().encode("utf-8")


DATE_FORMAT = "dd/mm/yyyy"


def xlsx_bytes(rows, *, sheet: str = "Sheet1") -> bytes:
    """`rows` (already safe cells, the heading row first) as an .xlsx workbook, written with openpyxl's write-only
    sheet (one row in memory at a time, not the whole grid); dates are real dates shown day/month/year, numbers
    real numbers. Datetimes are written as their date and time without a zone."""
    import openpyxl  # only when an Excel file goes out
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook(write_only=True)
    worksheet = workbook.create_sheet(sheet[:31])
    bold = Font(bold=True)
    for number, row in enumerate(rows):
        cells = []
        for value in row:
            if isinstance(value, datetime.datetime) and value.tzinfo is not None:
                value = value.replace(tzinfo=None)
            cell = WriteOnlyCell(worksheet, value=value)
            if number == 0:
                cell.font = bold
            elif isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
                cell.number_format = DATE_FORMAT
            cells.append(cell)
        worksheet.append(cells)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
