"""`assure extract`: one JSON record per file, no database, unreadable files reported and skipped."""
import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args, cwd=None, forbid_costly_steps=False):
    """`assure extract` in its own process; timeout= only stops a hung child. forbid_costly_steps sets
    hostile.forbid's tripwires in it, so a file refused too late is refused naming the step instead."""
    tripwires = ("from assure.documents.tests import hostile; hostile.forbid(setattr, hostile.COSTLY_STEPS); "
                 if forbid_costly_steps else "")
    code = (f"import sys; {tripwires}from assure.cli import main; rc = main(sys.argv[1:]); "
            "print('DJANGO-LOADED' if any(m.startswith('django') for m in sys.modules) else '', file=sys.stderr); "
            "sys.exit(rc)")
    return subprocess.run([sys.executable, "-c", code, "extract", *map(str, args)], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


def test_prints_one_json_record_a_line_without_django():
    result = run(FIXTURES / "narrative_minutes.txt", FIXTURES / "same_initials.txt", "--format", "json")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["body"] for r in records] == ["Fenbridge Safeguarding Adults Board", "Eastvale Safeguarding Children Board"]
    assert "DJANGO-LOADED" not in result.stderr


def test_writes_stem_json_files_and_reports_bad_files_at_the_end(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    fake = tmp_path / "fake.docx"
    fake.write_text("not a word file")
    out = tmp_path / "out"
    result = run(empty, FIXTURES / "grid_and_action_log.txt", fake, tmp_path / "missing.pdf", "--out", out)
    assert result.returncode == 1
    assert sorted(p.name for p in out.iterdir()) == ["grid_and_action_log.json"]
    record = json.loads((out / "grid_and_action_log.json").read_text())
    assert record["date"] == "2024-06-21" and len(record["actions"]) == 3
    reasons = [line for line in result.stderr.splitlines() if line.strip() and line != "DJANGO-LOADED"]
    assert len(reasons) == 3
    assert reasons[0].startswith(str(empty)) and reasons[2].startswith(str(tmp_path / "missing.pdf"))


def _upload_reason(path, max_bytes=None):
    """The one-line reason the web upload gives for the same file (services.read_upload -> read_document)."""
    from assure.documents.checks import DEFAULT_MAX_BYTES
    from assure.documents.intake import UnreadableDocument, read_document

    try:
        read_document(path.read_bytes(), path.name, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    except UnreadableDocument as exc:
        return str(exc)
    raise AssertionError(f"{path.name} was not refused")


def test_text_and_html_go_through_the_upload_checks_with_the_same_one_line_reason(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank_html = tmp_path / "blank.html"
    blank_html.write_bytes(b"   \n")
    big = tmp_path / "big.txt"
    big.write_bytes((FIXTURES / "narrative_minutes.txt").read_bytes())
    fake = tmp_path / "minutes.docx"
    fake.write_bytes((FIXTURES / "narrative_minutes.txt").read_bytes())   # text dressed up as Word
    files = [empty, blank_html, big, fake]

    result = run(*files, "--max-bytes", "200")

    assert result.returncode == 1 and result.stdout == ""
    reasons = [line for line in result.stderr.splitlines() if line.strip() and line != "DJANGO-LOADED"]
    assert reasons == [f"{path}: {_upload_reason(path, max_bytes=200)}" for path in files]
    assert "DJANGO-LOADED" not in result.stderr
    assert "empty" in reasons[0] and "must be smaller than" in reasons[2] and ".docx" in reasons[3]


def test_the_size_limit_defaults_to_the_web_uploads_setting(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_bytes((FIXTURES / "narrative_minutes.txt").read_bytes())

    small = subprocess.run([sys.executable, "-c", "import sys; from assure.cli import main; sys.exit(main(sys.argv[1:]))",
                            "extract", str(path)], capture_output=True, text=True, timeout=120,
                           env={**__import__("os").environ, "IMPORT_MAX_BYTES": "100"})
    assert small.returncode == 1 and small.stderr.strip() == f"{path}: {_upload_reason(path, max_bytes=100)}"
    assert run(path).returncode == 0


def test_a_readable_file_that_is_not_minutes_is_refused_like_an_upload(tmp_path):
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear colleague,\n\nThank you for your letter about the parking arrangements.\n")

    result = run(letter)

    assert result.returncode == 1
    assert "does not look like minutes" in result.stderr


def test_a_19_mb_text_file_is_refused_by_its_length_before_it_is_read_for_minutes(tmp_path):
    from assure.documents.tests import hostile

    path = tmp_path / "long minutes.txt"
    path.write_bytes(hostile.large_text_minutes())
    result = run(path, forbid_costly_steps=True)
    assert result.returncode == 1 and result.stdout == ""
    assert "characters of text; the most Assure reads is 1,000,000 (about 400 pages). Split it" in result.stderr


def test_json_has_the_schema_fields_for_discussion_time_place_and_due(tmp_path):
    minutes = tmp_path / "ambleford.txt"
    minutes.write_text(
        "Ambleford Safeguarding Adults Board\n"
        "Minutes of the meeting held on Tuesday 3 March 2026, 2.00pm – 4.00pm, Room 4, Civic Centre\n"
        "Present: Jo Bloggs (JB) – Chair, Ann Lee (AL)\n\n"
        "1. Budget\nAL presented the budget.\nACTION: AL to circulate the budget by 4 December 2026.\n"
        "2. Date of next meeting\n12 May 2026\n", encoding="utf-8")
    result = run(minutes, "--format", "json")
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert (record["start_time"], record["location"]) == ("14:00", "Room 4, Civic Centre")
    assert record["items"][0]["discussion"] == "AL presented the budget.\nACTION: AL to circulate the budget by 4 December 2026."
    assert [(a["due"], a["due_text"]) for a in record["actions"]] == [("2026-12-04", "by 4 December 2026")]
