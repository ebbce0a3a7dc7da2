"""Import benchmark: `make bench-import` (python -m assure.imports.bench [--docx N --pdf N --text N]).

Generates a corpus of fictional minutes (Word, 10-page PDFs, text), then times, per format, on one
core: reading (file checks + sandboxed parse, as an upload does) and extracting the record. This is
a benchmark, not a test: it prints figures and asserts nothing.

Importing into the database is timed by `time_import` once it is wired in: give it a function
that imports one file and it reports documents per second next to extract.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from . import corpus
from .readers import read_document

PDF_PAGES = 10


def generate(directory: Path, docx: int, pdf: int, text: int) -> dict[str, list[Path]]:
    """Fictional minutes, deterministic by seed; PDFs are PDF_PAGES pages long."""
    files: dict[str, list[Path]] = {"docx": [], "pdf": [], "text": []}
    for n in range(docx):
        path = directory / f"minutes_{n:04d}.docx"
        path.write_bytes(corpus.as_docx(corpus.meeting(n, items=8, sentences=4), auto_numbers=n % 2 == 1))
        files["docx"].append(path)
    for n in range(pdf):
        path = directory / f"minutes_{n:04d}.pdf"
        # One page of attendance, then one item a page: PDF_PAGES pages in all.
        meeting = corpus.meeting(10_000 + n, items=PDF_PAGES - 1, sentences=9)
        path.write_bytes(corpus.as_pdf(meeting, page_per_item=True))
        files["pdf"].append(path)
    for n in range(text):
        path = directory / f"minutes_{n:04d}.txt"
        path.write_bytes(corpus.as_text(corpus.meeting(20_000 + n, items=8, sentences=4)))
        files["text"].append(path)
    return files


def _extractor() -> Callable | None:
    try:
        from .extract import extract_record
    except ImportError:
        return None
    return extract_record


def _cpu_seconds() -> float:
    """CPU time of this process and of the reader children it has waited for."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def time_extract(paths: list[Path], extract: Callable | None) -> tuple[float, float, int]:
    """Wall and CPU seconds to read (and extract, when there is an extractor) every file; failures."""
    failures = 0
    cpu = _cpu_seconds()
    started = time.perf_counter()
    for path in paths:
        try:
            document = read_document(path)
            if extract is not None:
                extract(document)
        except Exception:  # noqa: BLE001 - a benchmark reports failures, it does not stop on them
            failures += 1
    return time.perf_counter() - started, _cpu_seconds() - cpu, failures


def time_import(paths: list[Path], import_one: Callable[[Path], object] | None = None) -> float | None:
    """Seconds to import every file into the database; None until an importer is passed in.

    The lead wires this in with the import service, e.g.
    time_import(paths, lambda path: import_file(path, partnership=bench_partnership, by=bench_user)).
    """
    if import_one is None:
        return None
    started = time.perf_counter()
    for path in paths:
        import_one(path)
    return time.perf_counter() - started


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})  # forked readers inherit it
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity here)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docx", type=int, default=200)
    parser.add_argument("--pdf", type=int, default=100, help=f"how many {PDF_PAGES}-page PDFs")
    parser.add_argument("--text", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    args = parser.parse_args(argv)

    pinned = pin_to_one_core()
    with tempfile.TemporaryDirectory(prefix="assure-bench-") as scratch:
        directory = args.keep or Path(scratch)
        directory.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        files = generate(directory, args.docx, args.pdf, args.text)
        total = sum(len(paths) for paths in files.values())
        print(f"corpus: {total} fictional minutes in {directory} "
              f"({', '.join(f'{len(p)} {k}' for k, p in files.items())}), generated in {time.perf_counter() - started:.1f}s")
        extract = _extractor()
        what = "read + extract_record" if extract else "read only (no extractor installed)"
        print(f"timing: {what}; reads go through the file checks and the sandboxed parse; {pinned}")
        print("docs/s (wall) counts elapsed time; docs/s (CPU) counts CPU time used by this process and the")
        print("reader processes, which is what one core gives when the machine is not shared.")
        print(f"{'format':<10}{'documents':>10}{'failed':>7}{'wall s':>8}{'CPU s':>8}"
              f"{'extract docs/s (wall)':>23}{'(CPU)':>8}{'import docs/s':>15}")
        for kind, paths in files.items():
            if not paths:
                continue
            seconds, cpu, failures = time_extract(paths, extract)
            imported = time_import(paths)
            import_rate = f"{len(paths) / imported:.1f}" if imported else "not wired"
            label = f"pdf ({PDF_PAGES}p)" if kind == "pdf" else kind
            print(f"{label:<10}{len(paths):>10}{failures:>7}{seconds:>8.1f}{cpu:>8.1f}"
                  f"{len(paths) / seconds:>23.1f}{len(paths) / max(cpu, 1e-9):>8.1f}{import_rate:>15}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
