"""`assure report yearly`: the three files, the JSON summary in the issue's shape, the same files twice, and bad
arguments answered with a message and exit code 2."""
import json

import pytest

from assure.cli import main
from assure.reports import services

from . import factories


@pytest.fixture
def run(capsys):
    def run(*argv):
        try:
            code = main(["report", "yearly", *argv])
        except SystemExit as exit:  # argparse's own refusals
            code = exit.code
        out, err = capsys.readouterr()
        return code, out, err
    return run


def test_writes_three_files_and_the_summary(run, partnership, tmp_path):
    code, out, err = run("--partnership", partnership.slug, "--from", "2025-04-01", "--to", "2026-03-31",
                         "--out", str(tmp_path / "one"))
    assert code == 0, err
    summary = json.loads(out)
    assert list(summary) == ["period", "sections", "checklist", "figures", "files", "seconds"]
    assert summary["period"] == {"from": "2025-04-01", "to": "2026-03-31", "kind": "joint"}
    assert set(summary["sections"][0]) == {"title", "filled"} and summary["sections"][0]["title"] == "Foreword"
    assert set(summary["checklist"][0]) == {"requirement", "met"}
    assert isinstance(summary["figures"], dict) and isinstance(summary["seconds"], float)
    names = [path.rsplit("/", 1)[1] for path in summary["files"]]
    assert names == ["yearly-report.docx", "yearly-report.pdf", "yearly-report.html"]
    assert not services.YearlyReport.objects.exists()  # drafted from live data, not saved
    code, out, _ = run("--partnership", partnership.slug, "--from", "2025-04-01", "--to", "2026-03-31",
                       "--out", str(tmp_path / "two"))
    assert code == 0
    for name in ("yearly-report.docx", "yearly-report.html", "yearly-report.pdf"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_uses_the_saved_report_s_texts(run, partnership, business_user, tmp_path):
    report = factories.draft(partnership, business_user, kind="children")
    text = report.texts.get(key="foreword")
    services.save_section_text(report, by=business_user, key="foreword", expected_version=text.version,
                               text="Our chair's view of the year.")
    code, out, err = run("--partnership", partnership.slug, "--from", "2025-04-01", "--to", "2026-03-31",
                         "--kind", "children", "--out", str(tmp_path))
    assert code == 0, err
    assert json.loads(out)["sections"][0] == {"title": "Foreword", "filled": True}
    assert "Our chair&#x27;s view of the year." in (tmp_path / "yearly-report.html").read_text()


@pytest.mark.parametrize(("argv", "words"), [
    (["--partnership", "nowhere", "--from", "2025-04-01", "--to", "2026-03-31"], "No partnership"),
    (["--partnership", "fenbridge", "--from", "2025-13-01", "--to", "2026-03-31"], "is not a date"),
    (["--partnership", "fenbridge", "--from", "2026-04-01", "--to", "2025-03-31"], "--to: The period must end"),
    (["--partnership", "fenbridge", "--from", "2024-01-01", "--to", "2026-03-31"], "15 months or shorter"),
    (["--partnership", "fenbridge", "--from", "2025-04-01", "--to", "2026-03-31", "--kind", "teens"],
     "invalid choice"),
])
def test_bad_arguments_say_why_with_exit_code_2(run, partnership, tmp_path, argv, words):
    code, out, err = run(*argv, "--out", str(tmp_path))
    assert code == 2 and words in err and "Traceback" not in err and not out


def test_a_kind_the_partnership_does_not_cover_is_refused(run, partnership, tmp_path):
    partnership.covers_adults = False
    partnership.save()
    code, _, err = run("--partnership", "fenbridge", "--from", "2025-04-01", "--to", "2026-03-31", "--kind", "adults",
                       "--out", str(tmp_path))
    assert code == 2 and "--kind: The partnership does not cover adults" in err
