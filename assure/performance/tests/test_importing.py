"""The pure readers of dataset files: which format a header names, and each row read or refused (no database)."""
import pytest

from assure.performance.importing import DFE, NEIGHBOURS, TEMPLATE, FileRefused, read, read_spreadsheet
from assure.performance.importing.dfe import period_of, read_published
from assure.performance.values import ValueRefused

from .import_factories import DFE_FILE, NEIGHBOURS_FILE

DFE_HEADER = ["time_period", "time_identifier", "geographic_level", "country_code", "region_code", "region_name",
              "old_la_code", "new_la_code", "la_name", "cpp_rate_per_10000"]


def la(year="202425", name="Marshcombe", code="E10000901", old="901", value="47.3", identifier="Financial year"):
    return [year, identifier, "Local authority", "E92000001", "E12000901", "Northern Fells", old, code, name, value]


@pytest.mark.parametrize("header, kind", [
    (["Indicator code", "Period", "Value", "Note"], TEMPLATE),
    (["INDICATOR", "quarter", "figure"], TEMPLATE),
    (["code", "Period", "value"], TEMPLATE),
    (DFE_HEADER, DFE),
    (["Time Period", "time_identifier", "geographic_level", "x"], DFE),
    (["new_la_code", "la_name", "SN_1", "SN_2"], NEIGHBOURS),
    (["LA name", "sn1"], NEIGHBOURS),
])
def test_the_format_is_told_from_the_header(header, kind):
    assert read([header]).kind == kind


@pytest.mark.parametrize("header", [["name", "date", "amount"], ["indicator code", "value"], ["", ""]])
def test_a_header_naming_no_format_refuses_the_file(header):
    with pytest.raises(FileRefused, match="first row does not name the columns|empty"):
        read([header])


def test_template_rows_keep_their_spreadsheet_numbers_and_suppression_codes():
    reading = read([["Indicator code", "Period", "Value", "Note"],
                    ["miss", "Q3 2025/26", "52", "Police data"],
                    [],
                    ["CP-2YR", "2025-Q3", "c", ""]])
    assert reading.rows == [
        {"row": 2, "indicator": "MISS", "period": "2025-Q3", "value": "52", "suppression": "", "note": "Police data"},
        {"row": 4, "indicator": "CP-2YR", "period": "2025-Q3", "value": None, "suppression": "c", "note": ""}]
    assert reading.refused == []


@pytest.mark.parametrize("cells, reason", [
    (["MISS", "2025-Q3", "about 50"], "'about 50' is not a number"),
    (["MISS", "Autumn 2025", "50"], "'Autumn 2025' is not a period the dataset understands"),
    (["MISS", "2025/27", "50"], "is not a financial year"),
    (["", "2025-Q3", "50"], "Enter the indicator code."),
    (["MISS", "2025-Q3", ""], "The value is empty"),
    (["MISS", "2025-Q3", "50", "x" * 501], "The note must be 500 characters or fewer."),
])
def test_template_rows_refused_with_a_reason(cells, reason):
    reading = read([["indicator code", "period", "value", "note"], cells])
    assert reading.rows == [] and reading.refused[0]["row"] == 2 and reason in reading.refused[0]["reason"]


def test_a_repeated_template_row_names_the_first():
    reading = read([["indicator code", "period", "value"], ["MISS", "2025-Q3", "52"], ["MISS", "Q3 2025/26", "53"]])
    assert [row["row"] for row in reading.rows] == [2]
    assert reading.refused == [{"row": 3, "reason": "Repeats row 2: MISS for 2025-Q3 is given twice. Keep one of "
                                                    "the two rows."}]


def test_an_unfilled_template_row_is_skipped_not_refused():
    reading = read([["indicator code", "period", "value"], ["MISS", "", ""], ["CP-2YR", "2025-Q3", "4.8"]])
    assert [row["row"] for row in reading.rows] == [3] and reading.refused == [] and reading.notes["blank_rows"] == 1


@pytest.mark.parametrize("time_period, identifier, code", [
    ("202425", "Financial year", "2024/25"),
    ("2025", "Reporting year", "2024/25"),
    ("202425", "Financial year Q1", "2024-Q1"),
    ("202425", "Financial year Q4", "2024-Q4"),
    ("2025", "April", "2025-04"),
    ("2025", "january", "2025-01"),
])
def test_dfe_time_periods(time_period, identifier, code):
    assert period_of(time_period, identifier).code == code


@pytest.mark.parametrize("time_period, identifier, reason", [
    ("202425", "Academic year", "time_identifier 'Academic year' is not a period the dataset holds"),
    ("2025", "Calendar year", "is not a period the dataset holds"),
    ("202426", "Financial year", "is not a financial year"),
    ("2024/25", "Financial year", "is not a financial year"),
    ("202425", "Reporting year", "is not a reporting year"),
])
def test_dfe_time_periods_refused(time_period, identifier, reason):
    with pytest.raises(ValueError, match=reason):
        period_of(time_period, identifier)


@pytest.mark.parametrize("cell, expected", [
    ("47.3", (pytest.approx(47.3), "")), ("c", (None, "c")), ("[c]", (None, "c")), ("k", (None, "k")),
    ("u", (None, "u")), ("x", (None, "x")), ("z", (None, "z")), (":", (None, ":")), ("low", (None, "k")),
    ("[low]", (None, "k")), ("~", (None, "k")),
])
def test_dfe_suppression_codes_are_not_published_never_zero(cell, expected):
    value, code = read_published(cell)
    assert (None if value is None else float(value), code) == expected


def test_dfe_non_numbers_are_refused():
    with pytest.raises(ValueRefused):
        read_published("n/a")


def test_dfe_rows_by_level_other_levels_counted_and_duplicates_refused():
    lad = ["202425", "Financial year", "Local authority district", "E92000001", "", "", "", "", "", "3"]
    national = ["202425", "Financial year", "National", "E92000001", "", "", "", "", "", "42.1"]
    reading = read([DFE_HEADER, national, la(), lad, lad, la(value="48")])
    assert [(row["row"], row["level"], row["code"], row["period"]) for row in reading.rows] == [
        (2, "national", "E92000001", "2024/25"), (3, "local_authority", "E10000901", "2024/25")]
    assert reading.rows[1]["values"] == {"cpp_rate_per_10000": "47.3"} and reading.rows[1]["old_code"] == "901"
    assert reading.notes["ignored_levels"] == {"Local authority district": 2}
    assert reading.notes["measures"] == ["cpp_rate_per_10000"]
    assert reading.refused == [{"row": 6, "reason": "Repeats row 3: Marshcombe for 2024/25 is given twice. Keep one "
                                                    "of the two."}]


@pytest.mark.parametrize("row, reason", [
    (la(code=""), "needs its nine-character new_la_code"),
    (la(code="TARN"), "new_la_code 'TARN' is not an authority's nine-character code"),
    (la(name=""), "needs its la_name"),
    (la(old="9O1"), "old_la_code '9O1' is not a three-digit authority code"),
    (la(identifier="Academic year"), "time_identifier 'Academic year'"),
    (["202425", "Financial year", "Regional", "E92000001", "", "", "", "", "", "5"], "needs its region_code"),
])
def test_dfe_rows_refused(row, reason):
    reading = read([DFE_HEADER, row])
    assert reading.rows == [] and reason in reading.refused[0]["reason"]


def test_neighbours_rows_and_refusals():
    header = ["new_la_code", "old_la_code", "la_name", "SN_1", "SN_2", "SN_3"]
    reading = read([header,
                    ["E10000901", "901", "Marshcombe", "E10000904", "Oxley Moor", ""],
                    ["E10000902", "902", "Fellmouth", "Marshcombe", "Marshcombe", ""],
                    ["E10000903", "903", "Brackenridge", "Brackenridge", "", ""],
                    ["", "", "", "Marshcombe", "", ""],
                    ["E10000901", "901", "Marshcombe", "E10000902", "", ""]])
    assert reading.rows == [{"row": 2, "code": "E10000901", "old_code": "901", "name": "Marshcombe", "neighbours": [
        {"rank": 1, "ref": "E10000904"}, {"rank": 2, "ref": "Oxley Moor"}]}]
    assert reading.refused == [
        {"row": 3, "reason": "Marshcombe is named twice among the neighbours: each of the ten must be a different "
                             "authority."},
        {"row": 4, "reason": "Brackenridge is named among its own neighbours."},
        {"row": 5, "reason": "Name the authority: give its code or its name."},
        {"row": 6, "reason": "Repeats row 2: Marshcombe is given twice. Keep one of the two rows."}]


def test_the_fictional_files_read_cleanly():
    dfe = read(read_spreadsheet(DFE_FILE.read_bytes(), DFE_FILE.name))
    assert dfe.kind == DFE and len(dfe.rows) == 72 and dfe.refused == []
    assert dfe.notes["measures"] == ["cpp_rate_per_10000", "cpp_2yrs_percent", "repeat_cpp_percent",
                                     "rereferral_percent", "cin_episodes"]
    neighbours = read(read_spreadsheet(NEIGHBOURS_FILE.read_bytes(), NEIGHBOURS_FILE.name))
    assert neighbours.kind == NEIGHBOURS and len(neighbours.rows) == 20 and neighbours.refused == []


def test_an_excel_file_reads_like_the_csv():
    import io

    import openpyxl
    workbook = openpyxl.Workbook()
    for row in [["Indicator code", "Period", "Value"], ["MISS", "2025-Q3", 52], ["CP-2YR", "2025-Q3", 4.8]]:
        workbook.active.append(row)
    out = io.BytesIO()
    workbook.save(out)
    reading = read(read_spreadsheet(out.getvalue(), "figures.xlsx"))
    assert [(row["indicator"], row["value"]) for row in reading.rows] == [("MISS", "52"), ("CP-2YR", "4.8")]


@pytest.mark.parametrize("data, name, reason", [
    (b"%PDF-1.4 figures", "figures.pdf", "figures.pdf is not a spreadsheet: save the figures as .csv or .xlsx"),
    (b"%PDF-1.4 figures", "figures.csv", "is called .csv but is really a PDF"),
    (b"", "figures.csv", "empty"),
    (b"PK\x03\x04junk", "figures.xlsx", "really a zip archive|damaged"),
])
def test_a_file_that_is_not_a_spreadsheet_is_refused_with_a_message(data, name, reason):
    with pytest.raises(FileRefused, match=reason):
        read_spreadsheet(data, name)
