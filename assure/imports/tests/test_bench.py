"""The benchmark's corpus and report work on a tiny run (figures are not asserted: no timing tests)."""
import subprocess
import sys

import pytest

from assure.imports import bench, corpus


def test_tiny_benchmark_run_reads_and_imports_every_generated_file(tmp_path):
    pytest.importorskip("reportlab")

    # Its own process: the benchmark sets Django up on a scratch SQLite file, not the test database.
    result = subprocess.run([sys.executable, "-m", "assure.imports.bench", "--docx", "2", "--pdf", "1", "--text", "2",
                             "--keep", str(tmp_path / "corpus")], capture_output=True, text=True, timeout=600)

    assert result.returncode == 0, result.stderr
    assert sorted(p.suffix for p in (tmp_path / "corpus").iterdir()) == [".docx", ".docx", ".pdf", ".txt", ".txt"]
    lines = result.stdout.splitlines()
    rows = [line.replace("pdf (10p)", "pdf").split() for line in lines[-4:-1]]
    # format, documents, extract failed, 2 rates, import failed, 2 rates, save ms, queries
    assert [row[:3] + row[5:6] for row in rows] == [["docx", "2", "0", "0"], ["pdf", "1", "0", "0"],
                                                     ["text", "2", "0", "0"]]
    assert all(len(row) == 10 and int(row[-1]) > 0 for row in rows)   # the saves ran queries: import is wired
    assert "import failed" not in result.stdout
    # The targets of issue 8, each said met or missed.
    assert lines[-1].startswith("targets") and lines[-1].count("met") + lines[-1].count("MISSED") == 7


def test_time_import_counts_outcomes_that_are_not_imported(tmp_path):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]

    class Outcome:
        def __init__(self, status):
            self.status, self.detail = status, "why"

    timing = bench.time_import(paths, lambda path, advance: Outcome("imported" if path.name == "a.txt" else "failed"))

    assert timing.imported == 1 and timing.failures == ["b.txt: failed: why"]
    assert bench.time_import(paths) is None


def test_every_generated_document_has_its_own_meeting_date(tmp_path, monkeypatch):
    made = []
    real = corpus.meeting
    monkeypatch.setattr(corpus, "meeting", lambda *a, **k: made.append(real(*a, **k)) or made[-1])
    monkeypatch.setattr(corpus, "as_pdf", lambda m, **k: b"%PDF-")

    bench.generate(tmp_path, docx=3, pdf=2, text=3)

    assert len({m.date for m in made}) == 8
    for m in made:   # actions fall due after the meeting they were agreed at
        assert all(due.split("/")[::-1] > m.date.strftime("%Y/%m/%d").split("/") for i in m.items for _t, _o, due in i.actions)


def test_pdf_corpus_documents_have_the_advertised_page_count(tmp_path):
    pytest.importorskip("reportlab")
    from pypdfium2 import PdfDocument

    files = bench.generate(tmp_path, docx=0, pdf=1, text=0)

    assert len(PdfDocument(files["pdf"][0].read_bytes())) == bench.PDF_PAGES
