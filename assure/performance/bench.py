"""Board pack benchmark: `make bench-dataset` (python -m assure.performance.bench [--indicators 25 --runs 5]).

Builds a scratch partnership in a fresh SQLite database in the temporary directory (migrated once): the fictional
Marshcombe area with ten statistical neighbours, `--indicators` quarterly indicators under five priorities, each with
twelve quarters of figures (2023-Q1 to 2025-Q4) and three years of England, region and neighbour figures, and a
commentary on every one. Then times, on one core, `--runs` times each: reading the quarter (pack.data.assemble,
with its query count), the Word pack and the PDF pack, each built from the assembled pack and drawing its own
charts, as the page and the command do. Prints the median and the minimum CPU seconds. A benchmark, not a test:
it asserts nothing.
"""
import argparse
import datetime
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

QUARTER = "2025-Q4"
D = datetime.date


def setup(directory: Path):
    os.environ["DATABASE_URL"] = f"sqlite:///{directory / 'dataset.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(directory / "media")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assure.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def build(indicators: int):
    """The scratch partnership, written in bulk (services would check each figure; this is only the reading)."""
    from django.contrib.auth import get_user_model

    from assure.partnerships.models import Partnership, Priority

    from . import periods
    from .models import Authority, Commentary, ComparatorFigure, Figure, Indicator, Neighbour

    partnership = Partnership.objects.create(name="Marshcombe Safeguarding Partnership", slug="tarnside-bench")
    user = get_user_model().objects.create_user(username="bench-business", password=None)
    Authority.objects.create(partnership=partnership, code="E10000901", name="Marshcombe", region_code="E12000901",
                             region_name="Northern Fells", is_own_area=True)
    neighbours = Authority.objects.bulk_create(
        Authority(partnership=partnership, code=f"E100009{n:02d}", name=f"Neighbourshire {n}",
                  region_code="E12000901", region_name="Northern Fells") for n in range(10, 20))
    Neighbour.objects.bulk_create(Neighbour(partnership=partnership, rank=rank, authority=authority)
                                  for rank, authority in enumerate(neighbours, start=1))
    priorities = Priority.objects.bulk_create(
        Priority(partnership=partnership, title=title, position=n) for n, title in enumerate(
            ["Neglect", "Exploitation", "Domestic abuse", "Transitional safeguarding", "Adults at risk"]))
    units = ["count", "percentage", "rate_children", "rate_adults"]
    made = Indicator.objects.bulk_create(
        Indicator(partnership=partnership, code=f"IND-{n:02d}", name=f"Benchmark indicator {n}",
                  definition="What is counted, over which population, from which system.", unit=units[n % 4],
                  polarity="lower" if n % 3 else "higher", frequency="quarterly", priority=priorities[n % 5],
                  green_threshold=Decimal("40"), red_threshold=Decimal("50"), comparators="published",
                  position=n, target_value=Decimal("40"), target_description="Reduce by a fifth")
        for n in range(indicators))
    quarters = [periods.parse_period(f"{year}-Q{q}") for year in (2023, 2024, 2025) for q in (1, 2, 3, 4)]
    Figure.objects.bulk_create(
        Figure(indicator=i, period_kind="quarter", period_start=q.start, value=Decimal(30 + (n * 7 + k * 3) % 30),
               source="template", updated_by=user)
        for n, i in enumerate(made) for k, q in enumerate(quarters))
    years = [periods.parse_period(code) for code in ("2023/24", "2024/25", "2025/26")]
    areas = [("national", "E92000001", "England"), ("regional", "E12000901", "Northern Fells")] + [
        ("local_authority", a.code, a.name) for a in neighbours]
    ComparatorFigure.objects.bulk_create(
        ComparatorFigure(indicator=i, level=level, area_code=code, area_name=name, period_kind="year",
                         period_start=y.start, value=Decimal(35 + (n + k + len(code)) % 20))
        for n, i in enumerate(made) for k, y in enumerate(years) for level, code, name in areas)
    quarter = periods.parse_period(QUARTER)
    Commentary.objects.bulk_create(
        Commentary(indicator=i, quarter_start=quarter.start, updated_by=user,
                   text="Why the figure moved this quarter, what it means for children and adults, and what the "
                        "partners are doing about it.\n\nA second paragraph on the plan for next quarter.")
        for i in made)
    return partnership, quarter


def cpu_times(runs: int, work) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.process_time()
        work()
        times.append(time.process_time() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--indicators", type=int, default=25)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    with tempfile.TemporaryDirectory(prefix="assure-dataset-bench-") as scratch:
        started = time.perf_counter()
        setup(Path(scratch))
        partnership, quarter = build(args.indicators)
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from .pack import data, pdf, word

        print(f"scratch SQLite database in {scratch}, migrated and filled in {time.perf_counter() - started:.1f}s: "
              f"{args.indicators} indicators x 12 quarters, 12 comparators x 3 years each, commentary on all")
        with CaptureQueriesContext(connection) as queries:
            pack = data.assemble(partnership, quarter)
        word.pack_docx(pack), pdf.pack_pdf(pack)   # warm: imports, fonts, matplotlib's caches
        sizes = {"docx": len(word.pack_docx(pack)), "pdf": len(pdf.pack_pdf(pack))}
        rows = [("read the quarter", cpu_times(args.runs, lambda: data.assemble(partnership, quarter)), ""),
                ("Word pack (.docx)", cpu_times(args.runs, lambda: word.pack_docx(pack)), f"{sizes['docx']:,} bytes"),
                ("PDF pack", cpu_times(args.runs, lambda: pdf.pack_pdf(pack)), f"{sizes['pdf']:,} bytes")]
        print(f"reading the quarter: {len(queries)} queries for {len(pack.entries)} indicators")
        print(f"{args.runs} runs each, CPU seconds of this process, one core")
        print(f"{'step':<20}{'median':>9}{'min':>9}  size")
        for label, times, size in rows:
            print(f"{label:<20}{statistics.median(times):>9.2f}{min(times):>9.2f}  {size}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
