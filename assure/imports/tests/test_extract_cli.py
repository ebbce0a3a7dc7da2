"""`assure extract`: one JSON record per file, no database, unreadable files reported and skipped."""
import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args, cwd=None):
    code = ("import sys; from assure.cli import main; rc = main(sys.argv[1:]); "
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
