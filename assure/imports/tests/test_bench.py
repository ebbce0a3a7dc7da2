"""The benchmark's corpus and report work on a tiny run (figures are not asserted: no timing tests)."""
import pytest

from assure.imports import bench


def test_tiny_benchmark_run_reads_every_generated_file(tmp_path, capsys):
    pytest.importorskip("reportlab")

    assert bench.main(["--docx", "2", "--pdf", "1", "--text", "2", "--keep", str(tmp_path)]) == 0

    report = capsys.readouterr().out
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".docx", ".docx", ".pdf", ".txt", ".txt"]
    rows = [line.replace("pdf (10p)", "pdf").split() for line in report.splitlines()[-3:]]
    assert [row[:3] for row in rows] == [["docx", "2", "0"], ["pdf", "1", "0"], ["text", "2", "0"]]  # documents, failed
    assert all(row[-1] == "wired" for row in rows)  # "not wired" until the import step is passed in


def test_pdf_corpus_documents_have_the_advertised_page_count(tmp_path):
    pytest.importorskip("reportlab")
    from pypdfium2 import PdfDocument

    files = bench.generate(tmp_path, docx=0, pdf=1, text=0)

    assert len(PdfDocument(files["pdf"][0].read_bytes())) == bench.PDF_PAGES
