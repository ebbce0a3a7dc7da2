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


# --- assure identifiability -----------------------------------------------------------------------

def identifiability(*argv, timeout=60, forbid_costly_steps=False):
    """The command as a business manager runs it: its own process, no database, no Django. `timeout` only stops a
    hung child; forbid_costly_steps sets hostile.forbid's tripwires in it, so a late refusal names its step."""
    tripwires = ("from assure.documents.tests import hostile; hostile.forbid(setattr, hostile.COSTLY_STEPS); "
                 if forbid_costly_steps else "")
    code = (f"import sys; {tripwires}from assure.cli import main; rc = main(sys.argv[1:]); "
            "print('DJANGO-LOADED' if 'django.conf' in sys.modules else '', file=sys.stderr); sys.exit(rc)")
    return subprocess.run([sys.executable, "-c", code, "identifiability", *map(str, argv)], capture_output=True,
                          text=True, timeout=timeout)


def test_identifiability_prints_the_hits_of_a_draft_as_json(tmp_path):
    draft = tmp_path / "draft briefing.txt"
    draft.write_text("Learning from the review.\nKestrel Vance lived at 14 Mill Lane, FB1 2AB. Call 07700 900123.\n")
    result = identifiability(draft, "--names", "Kestrel Vance, Dorinda Vance")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["file"] == "draft briefing.txt"
    assert [(hit["kind"], hit["text"]) for hit in report["hits"]] == [
        ("case_name", "Kestrel Vance"), ("address", "14 Mill Lane"), ("postcode", "FB1 2AB"), ("phone", "07700 900123")]
    assert all("Mill Lane" in hit["context"] for hit in report["hits"])
    assert "DJANGO-LOADED" not in result.stderr


def test_identifiability_of_a_clean_draft_is_an_empty_list(tmp_path):
    draft = tmp_path / "clean.txt"
    draft.write_text("Agencies did not share information about neglect.\n")
    result = identifiability(draft)
    assert result.returncode == 0 and json.loads(result.stdout)["hits"] == []


@pytest.mark.parametrize("name, build, reason", [
    ("5000 pages.pdf", "many_page_pdf", "This PDF has 5,000 pages; the most Assure reads is 200. Split it or upload"),
    ("expanding.docx", "expanding_docx", "would expand to 380.0 MB; more than 250.0 MB is refused as unsafe."),
    ("long.txt", "large_text_minutes", "characters of text; the most Assure reads is 1,000,000"),
    ("empty.txt", None, "The file is empty."),
    ("program.pdf", b"MZ\x90\x00 a program", "The file is called .pdf but is really a Windows program."),
    ("missing.docx", False, "There is no such file."),
])
def test_identifiability_refuses_a_file_with_exit_2_and_one_line_before_reading_it(tmp_path, name, build, reason):
    from assure.documents.tests import hostile

    path = tmp_path / name
    if build is None:
        path.write_bytes(b"")
    elif isinstance(build, bytes):
        path.write_bytes(build)
    elif build:
        path.write_bytes(getattr(hostile, build)())
    result = identifiability(path, forbid_costly_steps=True)
    assert result.returncode == 2 and result.stdout == ""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"assure identifiability: {name}: ")
    assert reason in lines[0] and "Traceback" not in result.stderr
