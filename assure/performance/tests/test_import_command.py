"""`assure dataset import FILE --partnership SLUG [--by USERNAME] [--dry-run] [--keep-valid]`, run in-process."""
import json

import pytest

from assure.cli import main
from assure.core.audit import SYSTEM_USERNAME
from assure.performance.models import ComparatorFigure, DatasetImport, Figure

from . import factories
from .import_factories import DFE_FILE, csv_bytes, published_indicators


@pytest.fixture
def figures_file(tmp_path):
    def write(rows, name="figures.csv"):
        path = tmp_path / name
        path.write_bytes(csv_bytes(rows))
        return path
    return write


def run(capsys, *argv):
    code = main(["dataset", "import", *map(str, argv)])
    captured = capsys.readouterr()
    return code, (json.loads(captured.out) if captured.out.strip() else None), captured.err


def test_the_fictional_dfe_file_prints_its_summary(partnership, business_user, capsys):
    factories.area(partnership, neighbours=0)
    published_indicators(partnership, business_user)
    code, summary, _err = run(capsys, DFE_FILE, "--partnership", "fenbridge", "--by", "bea")
    assert code == 0
    assert {key: summary[key] for key in ("accepted", "refused", "indicators", "periods")} == {
        "accepted": 72, "refused": [], "indicators": ["CP-2YR", "CP-REPEAT", "CPP-RATE", "REREF"],
        "periods": ["2022/23", "2023/24", "2024/25"]}
    assert ComparatorFigure.objects.count() == 288 and DatasetImport.objects.get().created_by == business_user
    code, again, _err = run(capsys, DFE_FILE, "--partnership", "fenbridge", "--by", "bea")
    assert code == 0 and again["written"]["comparator_figures"]["created"] == 0


def test_a_refused_row_imports_nothing_and_exits_1(partnership, business_user, capsys, figures_file):
    factories.indicator(partnership, business_user)
    path = figures_file([["indicator code", "period", "value"], ["MISS", "2025-Q2", "49"], ["MISS", "2025-Q3", "x1"]])
    code, summary, _err = run(capsys, path, "--partnership", "fenbridge", "--by", "bea")
    assert code == 1 and summary["accepted"] == 1 and summary["imported"] == 0
    assert summary["refused"] == [{"row": 3, "reason": "'x1' is not a number (nor a code for a figure not published: "
                                                       "c, k, u, x, z, :)."}]
    assert not Figure.objects.exists()
    code, summary, _err = run(capsys, path, "--partnership", "fenbridge", "--by", "bea", "--dry-run", "--keep-valid")
    assert code == 0 and summary["imported"] == 0 and not Figure.objects.exists()
    code, summary, _err = run(capsys, path, "--partnership", "fenbridge", "--by", "bea", "--dry-run")
    assert code == 1
    code, summary, _err = run(capsys, path, "--partnership", "fenbridge", "--by", "bea", "--keep-valid")
    assert code == 0 and summary["imported"] == 1 and Figure.objects.count() == 1


def test_a_file_that_is_not_a_spreadsheet(partnership, business_user, capsys, tmp_path):
    path = tmp_path / "figures.pdf"
    path.write_bytes(b"%PDF-1.4")
    code, summary, _err = run(capsys, path, "--partnership", "fenbridge", "--by", "bea")
    assert code == 1 and summary["accepted"] == 0
    assert summary["refused"] == [{"row": None, "reason": "figures.pdf is not a spreadsheet: save the figures as .csv "
                                                          "or .xlsx and import that."}]
    code, summary, _err = run(capsys, tmp_path / "missing.csv", "--partnership", "fenbridge", "--by", "bea")
    assert code == 1 and "cannot be opened" in summary["refused"][0]["reason"]


def test_a_bad_partnership_or_user_exits_2(partnership, business_user, member_user, capsys, figures_file):
    path = figures_file([["indicator code", "period", "value"]])
    code, _summary, err = run(capsys, path, "--partnership", "nowhere", "--by", "bea")
    assert code == 2 and "No partnership with the short name 'nowhere'." in err
    code, _summary, err = run(capsys, path, "--partnership", "fenbridge", "--by", member_user.username)
    assert code == 2 and "only its business team can be named as importing the dataset" in err


def test_without_by_the_history_names_the_system(partnership, business_user, capsys, figures_file):
    """The command as issue 10 writes it (no --by), for a scheduled job: the history names Assure (system)."""
    factories.indicator(partnership, business_user)
    path = figures_file([["indicator code", "period", "value"], ["MISS", "2025-Q2", "49"]])
    code, summary, _err = run(capsys, path, "--partnership", "fenbridge")
    assert code == 0 and summary["imported"] == 1
    assert Figure.history.get().history_user.username == SYSTEM_USERNAME
