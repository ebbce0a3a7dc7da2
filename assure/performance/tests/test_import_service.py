"""import_dataset and the web's check-then-confirm: every refusal reason, all or nothing, keeping the valid rows,
importing twice, and the published-statistics and neighbours rules (ADR 0127)."""
import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from assure.performance import periods, services
from assure.performance.models import (
    Authority,
    ComparatorFigure,
    DatasetImport,
    Figure,
    Neighbour,
    QuarterApproval,
)

from . import factories
from .import_factories import DFE_FILE, NEIGHBOURS_FILE, csv_bytes, published_indicators

HEADER = ["Indicator code", "Period", "Value", "Note"]


@pytest.fixture
def catalogue(partnership, business_user):
    by = business_user
    return {
        "MISS": factories.indicator(partnership, by),   # a quarterly count
        "CP-2YR": factories.indicator(partnership, by, code="CP-2YR", name="Plans lasting two years or more",
                                      unit="percentage", frequency="quarterly"),
        "CONTACTS": factories.indicator(partnership, by, code="CONTACTS", name="Contacts", frequency="monthly"),
    }


def run(partnership, by, rows, **options):
    return services.import_dataset(partnership=partnership, by=by, file_name="figures.csv", table=rows, **options)


def approve(partnership, by, quarter_code):
    QuarterApproval.objects.create(partnership=partnership, approved_by=by, approved_at=timezone.now(),
                                   quarter_start=periods.parse_period(quarter_code).start)


def test_the_template_imports_figures_and_says_what_it_did(partnership, business_user, catalogue):
    summary = run(partnership, business_user, [HEADER, ["MISS", "2025-Q3", "52", "Police data"],
                                               ["CP-2YR", "Q3 2025/26", "4.8%", ""], ["CONTACTS", "2026-01", "c"]])
    assert summary["accepted"] == 3 and summary["refused"] == [] and summary["imported"] == 3
    assert summary["indicators"] == ["CONTACTS", "CP-2YR", "MISS"]
    assert summary["periods"] == ["2025-Q3", "2026-01"]
    assert summary["format"] == "template" and summary["written"]["figures"] == {"created": 3, "changed": 0,
                                                                                 "unchanged": 0}
    contacts = Figure.objects.get(indicator=catalogue["CONTACTS"])
    assert contacts.value is None and contacts.suppression == "c"            # not published, never a zero
    miss = Figure.objects.get(indicator=catalogue["MISS"])
    assert (miss.value, miss.note, miss.source) == (Decimal("52"), "Police data", Figure.Source.TEMPLATE)
    record = DatasetImport.objects.get()
    assert (record.status, record.kind, record.created_by, record.summary["accepted"]) == (
        "imported", "template", business_user, 3)


@pytest.mark.parametrize("cells, reason", [
    (["NOPE", "2025-Q3", "5"], "No indicator in the catalogue has the code NOPE."),
    (["MISS", "2025-10", "5"], "MISS is reported quarterly, so give a quarter, for example 2026-Q2, not October 2025."),
    (["MISS", "2026-Q1", "5"], "Q1 2026/27 has not started yet."),
    (["CP-2YR", "2025-Q3", "104"], "104 is over 100, so it cannot be a percentage."),
    (["MISS", "2025-Q3", "5.5"], "5.5 is not a whole number, and this indicator is a count."),
    (["MISS", "2025-Q3", "-3"], "A figure cannot be negative."),
    (["MISS", "2025-Q3", "five"], "'five' is not a number"),
    (["MISS", "2025 Q3", "5"], "'2025 Q3' is not a period the dataset understands"),
])
def test_each_row_refused_with_its_reason_and_nothing_imported(partnership, business_user, catalogue, cells, reason):
    summary = run(partnership, business_user, [HEADER, ["MISS", "2025-Q2", "49"], cells])
    assert summary["accepted"] == 1 and summary["imported"] == 0
    assert summary["refused"][0]["row"] == 3 and reason in summary["refused"][0]["reason"]
    assert not Figure.objects.exists() and not DatasetImport.objects.exists()
    assert summary["message"].startswith("Nothing was imported: 1 row refused.")


def test_a_duplicate_row_names_the_first(partnership, business_user, catalogue):
    summary = run(partnership, business_user, [HEADER, ["MISS", "2025-Q3", "52"], ["miss", "Q3 2025/26", "53"]])
    assert summary["refused"] == [{"row": 3, "reason": "Repeats row 2: MISS for 2025-Q3 is given twice. Keep one of "
                                                       "the two rows."}]


def test_an_approved_quarter_refuses_a_change_but_not_the_same_figure(partnership, business_user, catalogue):
    run(partnership, business_user, [HEADER, ["MISS", "2025-Q2", "49"]])
    approve(partnership, business_user, "2025-Q2")
    same = run(partnership, business_user, [HEADER, ["MISS", "2025-Q2", "49"]])
    assert same["refused"] == [] and same["written"]["figures"]["unchanged"] == 1
    changed = run(partnership, business_user, [HEADER, ["MISS", "2025-Q2", "50"]])
    assert changed["refused"] == [{"row": 2, "reason": "Q2 2025/26 is approved, so its figures cannot change: the "
                                                       "business team can reopen the quarter first."}]
    assert Figure.objects.get().value == Decimal("49")


def test_keep_valid_imports_the_valid_rows(partnership, business_user, catalogue):
    summary = run(partnership, business_user, [HEADER, ["MISS", "2025-Q2", "49"], ["NOPE", "2025-Q2", "1"]],
                  keep_valid=True)
    assert summary["imported"] == 1 and len(summary["refused"]) == 1
    assert Figure.objects.get().value == Decimal("49")


def test_a_dry_run_writes_nothing(partnership, business_user, catalogue):
    summary = run(partnership, business_user, [HEADER, ["MISS", "2025-Q2", "49"]], dry_run=True)
    assert summary["accepted"] == 1 and summary["imported"] == 0 and summary["dry_run"]
    assert summary["message"] == "Checked only (a dry run): 1 row would be imported."
    assert not Figure.objects.exists() and not DatasetImport.objects.exists()


def test_importing_the_same_file_twice_changes_nothing(partnership, business_user, catalogue):
    rows = [HEADER, ["MISS", "2025-Q2", "49"], ["CP-2YR", "2025-Q2", "4.1", "Audited"]]
    run(partnership, business_user, rows)
    figures = {f.pk: (f.value, f.note, f.version) for f in Figure.objects.all()}
    history = Figure.history.count()
    again = run(partnership, business_user, rows)
    assert again["written"]["figures"] == {"created": 0, "changed": 0, "unchanged": 2}
    assert again["message"] == "2 rows imported: nothing changed, every row was in the dataset already."
    assert {f.pk: (f.value, f.note, f.version) for f in Figure.objects.all()} == figures
    assert Figure.history.count() == history and DatasetImport.objects.count() == 1


def test_a_changed_figure_is_updated_and_its_history_kept(partnership, business_user, catalogue):
    run(partnership, business_user, [HEADER, ["MISS", "2025-Q2", "49"]])
    summary = run(partnership, business_user, [HEADER, ["MISS", "2025-Q2", "51"]])
    assert summary["written"]["figures"] == {"created": 0, "changed": 1, "unchanged": 0}
    assert [h.value for h in Figure.history.order_by("history_date")] == [Decimal("49"), Decimal("51")]


@pytest.mark.parametrize("name, data, reason", [
    ("figures.pdf", b"%PDF-1.4", "figures.pdf is not a spreadsheet"),
    ("figures.csv", csv_bytes([["name", "amount"], ["a", "1"]]), "first row does not name the columns"),
    ("figures.csv", b"", "The file is empty"),
])
def test_a_file_refused_whole(partnership, business_user, catalogue, name, data, reason):
    with pytest.raises(ValidationError) as refused:
        services.import_dataset(partnership=partnership, by=business_user, file_name=name, data=data)
    assert reason in refused.value.message_dict["file"][0]


# Published statistics (the fictional DfE file)

@pytest.fixture
def published(partnership, business_user):
    own, _others = factories.area(partnership, neighbours=0)
    return published_indicators(partnership, business_user)


def import_dfe(partnership, by, data=None, **options):
    return services.import_dataset(partnership=partnership, by=by, file_name=DFE_FILE.name,
                                   data=data if data is not None else DFE_FILE.read_bytes(), **options)


def test_the_dfe_file_keeps_england_regions_and_authorities_as_comparators(partnership, business_user, published):
    summary = import_dfe(partnership, business_user)
    assert summary["format"] == "published" and summary["accepted"] == 72 and summary["refused"] == []
    assert summary["indicators"] == ["CP-2YR", "CP-REPEAT", "CPP-RATE", "REREF"]
    assert summary["periods"] == ["2022/23", "2023/24", "2024/25"]
    assert summary["measures_not_used"] == ["cin_episodes"]
    assert summary["written"]["comparator_figures"]["created"] == 72 * 4
    england = ComparatorFigure.objects.get(indicator=published["CPP-RATE"], level="national",
                                           period_start=datetime.date(2024, 4, 1))
    assert (england.area_name, england.value) == ("England", Decimal("43.3"))
    assert ComparatorFigure.objects.filter(level="regional").count() == 3 * 3 * 4
    saltcote = ComparatorFigure.objects.get(indicator=published["CP-2YR"], area_name="Saltcote",
                                            period_start=datetime.date(2022, 4, 1))
    assert saltcote.value is None and saltcote.suppression == "c"
    assert Authority.objects.filter(partnership=partnership).count() == 20
    fellmouth = Authority.objects.get(partnership=partnership, code="E10000902")
    assert (fellmouth.old_code, fellmouth.name, fellmouth.region_name) == ("902", "Fellmouth", "Northern Fells")


def test_the_own_authoritys_yearly_figures_become_the_partnerships_own(partnership, business_user, published):
    services.record_figure(published["CP-2YR"], by=business_user,
                                            period=periods.parse_period("2024/25"), value=Decimal("5.0"))
    summary = import_dfe(partnership, business_user)
    own = {(f.indicator.code, f.period.code): (f.value, f.source) for f in Figure.objects.select_related("indicator")}
    assert own[("CPP-RATE", "2024/25")] == (Decimal("47.3"), "published")
    assert own[("REREF", "2022/23")] == (Decimal("24.6"), "published")
    # The partnership's own entered figure stays, and the summary says so.
    assert own[("CP-2YR", "2024/25")] == (Decimal("5.0"), "entered")
    assert summary["own_figures_kept"] == ["CP-2YR 2024/25: the partnership's own figure (entered) was kept; the "
                                           "published one differs."]
    # A quarterly indicator's own figures are not yearly, so only its comparators come from the file.
    assert not Figure.objects.filter(indicator=published["CP-REPEAT"]).exists()
    assert summary["written"]["own_published_figures"]["created"] == 8


def test_the_dfe_file_twice_changes_nothing(partnership, business_user, published):
    import_dfe(partnership, business_user)
    again = import_dfe(partnership, business_user)
    assert again["written"]["comparator_figures"] == {"created": 0, "changed": 0, "unchanged": 288}
    assert again["written"]["own_published_figures"] == {"created": 0, "changed": 0, "unchanged": 9}
    assert DatasetImport.objects.count() == 1


def dfe_rows(*rows):
    header = ["time_period", "time_identifier", "geographic_level", "country_code", "region_code", "region_name",
              "old_la_code", "new_la_code", "la_name", "cpp_rate_per_10000", "cpp_2yrs_percent"]
    return csv_bytes([header, *rows])


def la_row(name="Marshcombe", code="E10000901", old="901", rate="47.3", two_years="4.8", year="202425"):
    return [year, "Financial year", "Local authority", "E92000001", "E12000901", "Northern Fells", old, code, name,
            rate, two_years]


@pytest.mark.parametrize("row, reason", [
    (la_row(name="Tarnsdale"), "E10000901 is Marshcombe in the dataset, but this row names it Tarnsdale."),
    (la_row(old="999"), "Marshcombe's old code is 901 in the dataset, but this row gives 999."),
    (la_row(code="E10000999"), "Marshcombe is E10000901 in the dataset, but this row gives it the code E10000999."),
    (la_row(two_years="112"), "cpp_2yrs_percent: 112 is over 100, so it cannot be a percentage."),
    (la_row(rate="n/a"), "cpp_rate_per_10000: 'n/a' is not a number"),
])
def test_dfe_rows_refused(partnership, business_user, published, row, reason):
    summary = import_dfe(partnership, business_user, data=dfe_rows(la_row(name="Fellmouth", code="E10000902",
                                                                          old="902"), row))
    assert summary["refused"][0]["row"] == 3 and reason in summary["refused"][0]["reason"]
    assert summary["imported"] == 0 and not ComparatorFigure.objects.exists()
    assert not Authority.objects.filter(code="E10000902").exists()


def test_a_known_authority_gains_its_old_code_and_region(partnership, business_user):
    published_indicators(partnership, business_user)
    Authority.objects.create(partnership=partnership, code="E10000902", name="Fellmouth")
    summary = import_dfe(partnership, business_user)
    fellmouth = Authority.objects.get(code="E10000902")
    assert (fellmouth.old_code, fellmouth.region_code, fellmouth.region_name) == ("902", "E12000901", "Northern Fells")
    assert summary["written"]["authorities"] == {"created": 19, "completed": 1}
    assert import_dfe(partnership, business_user)["written"]["authorities"] == {"created": 0, "completed": 0}


def test_rows_disagreeing_about_a_new_authority(partnership, business_user, published):
    summary = import_dfe(partnership, business_user, data=dfe_rows(
        la_row(name="Fellmouth", code="E10000902", old="902", year="202324"),
        la_row(name="Fellmouth Town", code="E10000902", old="902")))
    assert summary["refused"] == [{"row": 3, "reason": "Row 2 names E10000902 Fellmouth (902); this row names it "
                                                       "Fellmouth Town (902)."}]


def test_a_dfe_file_with_no_measure_of_the_catalogue_is_refused_whole(partnership, business_user, catalogue):
    with pytest.raises(ValidationError, match="No column of this file is the published measure"):
        import_dfe(partnership, business_user)


def test_without_an_own_area_only_comparators_are_kept(partnership, business_user):
    published_indicators(partnership, business_user)
    summary = import_dfe(partnership, business_user)
    assert summary["own_area"] is None and summary["accepted"] == 72
    assert not Figure.objects.exists()


# Statistical neighbours

def import_neighbours(partnership, by, data=None):
    return services.import_dataset(partnership=partnership, by=by, file_name=NEIGHBOURS_FILE.name,
                                   data=data if data is not None else NEIGHBOURS_FILE.read_bytes())


def test_the_neighbours_file_sets_the_own_areas_ten_neighbours(partnership, business_user):
    factories.area(partnership, neighbours=0)
    summary = import_neighbours(partnership, business_user)
    assert summary["format"] == "neighbours" and summary["accepted"] == 20 and summary["own_area"] == "Marshcombe"
    ranks = list(Neighbour.objects.filter(partnership=partnership).values_list("rank", "authority__code"))
    assert ranks == [(1, "E10000904"), (2, "E10000908"), (3, "E10000902"), (4, "E06001913"), (5, "E10000906"),
                     (6, "E10000910"), (7, "E06001916"), (8, "E10000903"), (9, "E06001919"), (10, "E06001911")]
    assert Authority.objects.filter(partnership=partnership).count() == 20
    again = import_neighbours(partnership, business_user)
    assert again["written"]["neighbours"] == {"changed": 0, "unchanged": 10} and DatasetImport.objects.count() == 1


def test_the_neighbours_file_needs_the_own_area(partnership, business_user):
    with pytest.raises(ValidationError, match="Set the partnership's own area first"):
        import_neighbours(partnership, business_user)


def test_an_unknown_neighbour_is_refused(partnership, business_user):
    factories.area(partnership, neighbours=1)
    data = csv_bytes([["new_la_code", "la_name", "SN_1", "SN_2"],
                      ["E10000901", "Marshcombe", "Neighbourshire 0", "Nowhereshire"],
                      ["E10000950", "Fellmouth", "Marshcombe", ""]])
    summary = import_neighbours(partnership, business_user, data)
    assert summary["refused"] == [{"row": 2, "reason": "SN_2: unknown authority 'Nowhereshire': it is neither a row "
                                                       "of this file nor an authority the dataset knows."}]
    assert summary["neighbours_unchanged"].startswith("The file has no accepted row for Marshcombe")


def test_a_neighbours_row_naming_an_unknown_authority_without_its_code(partnership, business_user):
    factories.area(partnership, neighbours=0)
    data = csv_bytes([["la_name", "SN_1"], ["Marshcombe", "Fellmouth"], ["Fellmouth", "Marshcombe"]])
    summary = import_neighbours(partnership, business_user, data)
    assert summary["refused"] == [
        {"row": 2, "reason": "SN_1: unknown authority 'Fellmouth': it is neither a row of this file nor an authority "
                             "the dataset knows."},
        {"row": 3, "reason": "Fellmouth is not an authority the dataset knows: give its nine-character code and its "
                             "name so it can be added."}]


# The web's check, then confirm or discard

def test_checking_writes_nothing_and_confirming_imports_the_valid_rows(partnership, business_user, catalogue):
    data = csv_bytes([HEADER, ["MISS", "2025-Q2", "49"], ["NOPE", "2025-Q2", "1"]])
    waiting = services.start_dataset_import(partnership=partnership, by=business_user, file_name="f.csv", data=data)
    assert waiting.status == "waiting" and waiting.summary["accepted"] == 1 and len(waiting.rows) == 2
    assert not Figure.objects.exists()
    summary = services.confirm_dataset_import(waiting, by=business_user)
    waiting.refresh_from_db()
    assert summary["imported"] == 1 and waiting.status == "imported" and waiting.rows == []
    assert Figure.objects.get().value == Decimal("49")
    with pytest.raises(ValidationError, match="This file was imported already."):
        services.confirm_dataset_import(waiting, by=business_user)


def test_confirming_checks_again_and_imports_nothing_if_a_row_can_no_longer_be(partnership, business_user, catalogue):
    data = csv_bytes([HEADER, ["MISS", "2025-Q2", "49"], ["MISS", "2025-Q3", "52"]])
    waiting = services.start_dataset_import(partnership=partnership, by=business_user, file_name="f.csv", data=data)
    approve(partnership, business_user, "2025-Q3")
    with pytest.raises(ValidationError, match="Since the file was checked, 1 of its rows can no longer be imported "
                                              r"\(row 3: Q3 2025/26 is approved"):
        services.confirm_dataset_import(waiting, by=business_user)
    assert not Figure.objects.exists()


def test_confirming_imports_only_the_rows_shown_as_accepted(partnership, business_user, catalogue):
    data = csv_bytes([HEADER, ["MISS", "2025-Q2", "49"], ["NOPE", "2025-Q2", "1"]])
    waiting = services.start_dataset_import(partnership=partnership, by=business_user, file_name="f.csv", data=data)
    factories.indicator(partnership, business_user, code="NOPE")   # row 3 would pass now, but was not offered
    summary = services.confirm_dataset_import(waiting, by=business_user)
    assert summary["imported"] == 1 and Figure.objects.get().indicator.code == "MISS"
    assert summary["refused"] == [{"row": 3, "reason": "No indicator in the catalogue has the code NOPE."}]


def test_confirming_neighbours_keeps_what_the_check_learnt(partnership, business_user):
    factories.area(partnership, neighbours=0)
    data = csv_bytes([["new_la_code", "la_name", "SN_1", "SN_2"],
                      ["E10000901", "Marshcombe", "Fellmouth", ""],
                      ["E10000902", "Fellmouth", "Marshcombe", "Nowhereshire"]])
    waiting = services.start_dataset_import(partnership=partnership, by=business_user, file_name="n.csv", data=data)
    assert waiting.summary["accepted"] == 1 and waiting.summary["refused"][0]["row"] == 3
    summary = services.confirm_dataset_import(waiting, by=business_user)
    assert summary["imported"] == 1 and len(summary["refused"]) == 1
    assert [n.authority.name for n in Neighbour.objects.all()] == ["Fellmouth"]


def test_discarding_imports_nothing(partnership, business_user, catalogue):
    data = csv_bytes([HEADER, ["MISS", "2025-Q2", "49"]])
    waiting = services.start_dataset_import(partnership=partnership, by=business_user, file_name="f.csv", data=data)
    services.discard_dataset_import(waiting, by=business_user)
    waiting.refresh_from_db()
    assert waiting.status == "discarded" and not Figure.objects.exists()


def test_an_upload_that_is_not_a_spreadsheet_is_refused_on_the_file(partnership, business_user):
    with pytest.raises(ValidationError) as refused:
        services.start_dataset_import(partnership=partnership, by=business_user, file_name="minutes.docx",
                                      data=b"PK\x03\x04")
    assert refused.value.message_dict["file"] == ["minutes.docx is not a spreadsheet: save the figures as .csv or "
                                                  ".xlsx and import that."]
