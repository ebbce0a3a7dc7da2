"""The pages benchmark's harness: its quantiles, its refusals, and one tiny run under the real server (no timings
are asserted, only that it measured)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from assure.generate import bench_pages

PROJECT_DIR = Path(__file__).resolve().parents[3]


def test_p50_and_p95_are_the_quantiles_of_the_samples():
    assert bench_pages.p50_p95([float(n) for n in range(1, 101)]) == pytest.approx((50.5, 95.05))
    assert bench_pages.p50_p95([0.25]) == (0.25, 0.25)


def test_an_unknown_page_or_bad_numbers_exit_2_before_making_anything(capsys):
    assert bench_pages.main(["--pages", "Nowhere"]) == 2
    assert "No such page: Nowhere" in capsys.readouterr().err
    with pytest.raises(SystemExit) as refused:
        bench_pages.main(["--requests", "2", "--concurrency", "3"])
    assert refused.value.code == 2


def test_every_page_label_is_different_and_none_is_the_trivial_one():
    labels = [label for label, _ in bench_pages.PAGES]
    assert len(set(labels)) == len(labels) and not {bench_pages.TRIVIAL, bench_pages.SIGN_IN} & set(labels)


@pytest.mark.e2e
def test_a_tiny_run_measures_both_references_and_a_page_under_the_real_server():
    finished = subprocess.run(
        [sys.executable, "-m", "assure.generate.bench_pages", "--partnerships", "2", "--years", "1",
         "--requests", "2", "--pages", "Dashboard", "--json"],
        cwd=PROJECT_DIR, capture_output=True, text=True, timeout=900)
    assert finished.returncode == 0, finished.stderr[-3000:]
    rows = {row["page"]: row for row in json.loads(finished.stdout)["rows"]}
    assert list(rows) == [bench_pages.TRIVIAL, bench_pages.SIGN_IN, "Dashboard"]
    for row in rows.values():
        assert row["p50_ms"] > 0 and row["p95_ms"] >= row["p50_ms"]
        assert 0 < row["first_byte_p95_ms"] <= row["p95_ms"]
        assert row["statuses"] == {"200": 2}   # the sign-in page too: nobody signed in is shown the form
    assert rows[bench_pages.TRIVIAL]["p95_over_trivial"] == 1
    assert rows[bench_pages.SIGN_IN]["p95_over_sign_in"] == 1
    assert rows["Dashboard"]["queries_large"] > 0 and rows["Dashboard"]["queries_small"] > 0
