"""Import benchmark: `make bench-import` (python -m assure.imports.bench [--docx N --pdf N --text N]).

Generates a corpus of fictional minutes (Word, 10-page PDFs, text), then times, per format, on one
core: reading (file checks + sandboxed parse, as an upload does) and extracting the record. This is
a benchmark, not a test: it prints figures and asserts nothing.

Then, per format, it imports the same files (`assure import`'s import_files: read, extract,
resolve people automatically, save the meeting in one transaction) into a fresh SQLite database
in the temporary directory, migrated once, for one scratch partnership, and reports documents per
second, CPU milliseconds per save and database queries per save. Every generated document has its
own meeting date, so none clashes with another. --no-import skips the database.
"""
from __future__ import annotations

import argparse
import datetime
import itertools
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from assure.documents.intake import read_document

from . import corpus

PDF_PAGES = 10


FIRST_DAY = datetime.date(2015, 1, 5)


def generate(directory: Path, docx: int, pdf: int, text: int) -> dict[str, list[Path]]:
    """Fictional minutes, deterministic by seed; PDFs are PDF_PAGES pages long.

    Every document has its own meeting date (one day after another across all formats), so the
    whole corpus imports into one partnership without two minutes claiming the same meeting.
    """
    files: dict[str, list[Path]] = {"docx": [], "pdf": [], "text": []}
    days = (FIRST_DAY + datetime.timedelta(days=n) for n in itertools.count())
    for n in range(docx):
        path = directory / f"minutes_{n:04d}.docx"
        meeting = corpus.meeting(n, items=8, sentences=4, day=next(days))
        path.write_bytes(corpus.as_docx(meeting, auto_numbers=n % 2 == 1))
        files["docx"].append(path)
    for n in range(pdf):
        path = directory / f"minutes_{n:04d}.pdf"
        # One page of attendance, then one item a page: PDF_PAGES pages in all.
        meeting = corpus.meeting(10_000 + n, items=PDF_PAGES - 1, sentences=9, day=next(days))
        path.write_bytes(corpus.as_pdf(meeting, page_per_item=True))
        files["pdf"].append(path)
    for n in range(text):
        path = directory / f"minutes_{n:04d}.txt"
        path.write_bytes(corpus.as_text(corpus.meeting(20_000 + n, items=8, sentences=4, day=next(days))))
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


@dataclass
class ImportTiming:
    """One format imported: whole import (read + extract + save) and the save step alone."""

    wall: float = 0.0
    cpu: float = 0.0
    save_wall: float = 0.0
    save_cpu: float = 0.0
    queries: int = 0           # database queries of the save steps
    imported: int = 0
    failures: list[str] = field(default_factory=list)


def time_import(paths: list[Path], import_one: Callable[..., object] | None = None) -> ImportTiming | None:
    """Time import_one(path, advance=...) for every file; None when there is no importer.

    import_one calls advance("Saving ...") when it starts saving (as import_command.import_files does),
    which splits the save step (one transaction) from reading and extracting. An outcome with
    .status other than "imported" counts as a failure.
    """
    if import_one is None:
        return None
    timing = ImportTiming()
    cpu, started = _cpu_seconds(), time.perf_counter()
    for path in paths:
        marks = {}

        def advance(description, marks=marks):
            if description.startswith("Saving"):
                marks["wall"], marks["cpu"] = time.perf_counter(), _cpu_seconds()

        try:
            outcome = import_one(path, advance=advance)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports failures, it does not stop on them
            outcome = None
            timing.failures.append(f"{path.name}: {type(exc).__name__}: {exc}")
        if marks:
            timing.save_wall += time.perf_counter() - marks["wall"]
            timing.save_cpu += _cpu_seconds() - marks["cpu"]
        status = getattr(outcome, "status", None)
        if status == "imported":
            timing.imported += 1
        elif outcome is not None:
            timing.failures.append(f"{path.name}: {status}: {getattr(outcome, 'detail', '')}")
    timing.wall, timing.cpu = time.perf_counter() - started, _cpu_seconds() - cpu
    return timing


def scratch_database(directory: Path):
    """A fresh SQLite file in `directory`, migrated once, with a scratch partnership and user.

    Returns import_one(path, advance) -> FileOutcome (import_command.import_files into that
    partnership) and a query counter for the save steps. Must run before Django is set up elsewhere
    in this process: DATABASE_URL is pointed at the scratch file.
    """
    os.environ["DATABASE_URL"] = f"sqlite:///{directory / 'bench.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(directory / "media")   # the imports' kept files, deleted with the directory
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assure.settings")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection

    from assure.partnerships.models import Partnership

    from .import_command import import_files

    call_command("migrate", verbosity=0, interactive=False)
    with connection.cursor() as cursor:
        # How SQLite should run under a server (ADR 0112): a write-ahead log, synced at checkpoints. The default
        # rollback journal creates, syncs and deletes a file on every commit: 25% of a save's CPU.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    partnership = Partnership.objects.create(name="Benchmark Safeguarding Partnership", slug="bench")
    user = get_user_model().objects.create_user(username="bench-importer", password=None)
    queries = {"count": 0, "saving": False}

    def count(execute, sql, params, many, context):
        if queries["saving"]:
            queries["count"] += 1
        return execute(sql, params, many, context)

    def import_one(path: Path, advance=lambda description: None):
        def advance_and_count(description):
            queries["saving"] = description.startswith("Saving")
            advance(description)

        with connection.execute_wrapper(count):
            try:
                return import_files(partnership, [path], by=user, advance=advance_and_count)[0]
            finally:
                queries["saving"] = False

    return import_one, queries


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})  # forked readers inherit it
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity here)"


EXTRACT_TARGETS = {"docx": 20, "text": 20, "pdf": 4}   # documents a second, one core
IMPORT_TARGETS = {"docx": 20, "text": 20}
MAX_QUERIES = 40


def _verdict(what: str, value: float, target: float, at_most: bool = False) -> str:
    met = value <= target if at_most else value >= target
    return f"{what} {value:.1f} ({'<=' if at_most else '>='}{target}: {'met' if met else 'MISSED'})"


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:.1f}" if seconds > 0 else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docx", type=int, default=200)
    parser.add_argument("--pdf", type=int, default=100, help=f"how many {PDF_PAGES}-page PDFs")
    parser.add_argument("--text", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument("--no-import", action="store_true", help="time reading and extracting only")
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
        print(f"extract: {what}; reads go through the file checks and the sandboxed parse; {pinned}")
        import_one = queries = None
        if not args.no_import:
            started = time.perf_counter()
            import_one, queries = scratch_database(Path(scratch))
            print(f"import: `assure import` (import_command.import_files) of each file, one call a file, into a fresh "
                  f"SQLite database {Path(scratch) / 'bench.sqlite3'} (migrated in {time.perf_counter() - started:.1f}s), "
                  "one scratch partnership for all formats; save = the one-transaction commit of the meeting")
        print("docs/s (wall) counts elapsed time; (CPU) counts CPU time of this process and its reader processes,")
        print("which is what one core gives when the machine is not shared.")
        print(f"{'':<10}{'':>10}{'':>7}{'--- extract ---':>25}{'--------- import ---------':>38}")
        print(f"{'format':<10}{'documents':>10}{'failed':>7}{'docs/s wall':>13}{'CPU':>7}"
              f"{'failed':>8}{'docs/s wall':>13}{'CPU':>7}{'save ms/doc':>13}{'queries/doc':>13}")
        failures, verdicts = [], []
        for kind, paths in files.items():
            if not paths:
                continue
            seconds, cpu, failed = time_extract(paths, extract)
            verdicts.append(_verdict(f"extract {kind}", len(paths) / cpu if cpu > 0 else 0, EXTRACT_TARGETS[kind]))
            imported = time_import(paths, import_one)
            if imported is not None and kind in IMPORT_TARGETS:
                verdicts.append(_verdict(f"import {kind}", len(paths) / imported.cpu if imported.cpu > 0 else 0,
                                         IMPORT_TARGETS[kind]))
                verdicts.append(_verdict(f"queries/doc {kind}", queries["count"] / max(imported.imported, 1),
                                         MAX_QUERIES, at_most=True))
            label = f"pdf ({PDF_PAGES}p)" if kind == "pdf" else kind
            row = f"{label:<10}{len(paths):>10}{failed:>7}{_rate(len(paths), seconds):>13}{_rate(len(paths), cpu):>7}"
            if imported is None:
                row += f"{'not wired':>28}"
            else:
                failures += imported.failures
                saved = max(imported.imported, 1)
                row += (f"{len(imported.failures):>8}{_rate(len(paths), imported.wall):>13}{_rate(len(paths), imported.cpu):>7}"
                        f"{1000 * imported.save_cpu / saved:>13.0f}{queries['count'] / saved:>13.0f}")
                queries["count"] = 0
            print(row)
        print("targets (issue 8; CPU docs/s, one core): " + "; ".join(verdicts))
        for failure in failures[:5]:
            print(f"import failed: {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
