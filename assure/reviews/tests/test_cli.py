import json
import subprocess
import sys

import pytest

from assure.cli import main


def run(capsys, *argv):
    code = main(["clocks", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_clocks_prints_due_dates_as_json(capsys):
    code, out, _ = run(capsys, "--aware", "2026-12-23")
    assert code == 0
    assert json.loads(out) == {"notification_due": "2027-01-04", "rapid_review_due": "2027-01-25",
                               "publication_due": None}


def test_clocks_counts_rapid_review_from_notification_and_publication_from_decision(capsys):
    code, out, _ = run(capsys, "--aware", "2026-03-02", "--notified", "2026-03-16", "--decision", "2026-08-31")
    assert code == 0
    assert json.loads(out) == {"notification_due": "2026-03-09", "rapid_review_due": "2026-04-08",
                               "publication_due": "2027-02-28"}


@pytest.mark.parametrize("argv, message", [
    (["--aware", "2026-02-30"], "--aware '2026-02-30' is not a date"),
    (["--aware", "09/03/2026"], "write it as YYYY-MM-DD"),
    (["--aware", "2026-03-09", "--notified", "2026-03-06"], "notification date (06/03/2026) is before"),
    (["--aware", "2026-03-09", "--decision", "2026-03-01"], "decision date (01/03/2026) is before"),
])
def test_clocks_refuses_bad_dates_with_exit_code_2(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert message in err


def test_clocks_needs_no_database_or_django():
    """Run in a fresh interpreter: Django's settings must never be configured."""
    script = ("import argparse, sys; from assure.reviews import cli; p = argparse.ArgumentParser(); "
              "cli.register(p.add_subparsers()); code = p.parse_args(['clocks', '--aware', '2026-03-02']).handler("
              "p.parse_args(['clocks', '--aware', '2026-03-02'])); "
              "assert not any(m.startswith('django') for m in sys.modules), 'Django imported'; sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env={"PATH": ""},
                            cwd=str(__import__("pathlib").Path(__file__).resolve().parents[3]))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["notification_due"] == "2026-03-09"
