"""Downloads of a large action log: rows per second and time to the first byte, CSV and XLSX (ADR 0148).

`python -m assure.meetings.bench_exports [--actions 10000 --repeat 3]`. Builds the scratch SQLite partnership of
`bench_lists` with `--actions` actions (every one owned by someone, most from a meeting), then downloads the whole
action log as the member would (`?download=csv`, `?download=xlsx` with the in-request limit lifted so the workbook is
written in the request, as the job writes it) and prints the median seconds to the first byte and to the last,
rows per second, bytes and queries. A benchmark, not a test: it asserts nothing.
"""
import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from assure.meetings import bench_lists


def measure(partnership, user, kind: str, repeat: int):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from assure.conftest import signed_in_client
    from assure.jobs import exports

    exports.XLSX_IN_REQUEST_ROWS = 10**9  # measure the workbook written in one go, as the job does
    client = signed_in_client(user)
    url = reverse("actions:log", kwargs={"slug": partnership.slug}) + f"?download={kind}"
    first_byte, total, size = [], [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
            chunks = iter(response.streaming_content) if response.streaming else iter([response.content])
            first = next(chunks)
            first_byte.append(time.perf_counter() - started)
            size = len(first) + sum(len(chunk) for chunk in chunks)
        total.append(time.perf_counter() - started)
    return statistics.median(first_byte), statistics.median(total), size, len(queries.captured_queries)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        bench_lists.setup(Path(scratch))
        partnership, user = bench_lists.build(meetings=1500, live=140, actions=args.actions, people=400)
        print(f"{args.actions:,} actions, the whole action log; median of {args.repeat}")
        print(f"{'format':<7} {'first byte s':>12} {'total s':>8} {'rows/s':>8} {'bytes':>11} {'queries':>8}")
        for kind in ("csv", "xlsx"):
            first, total, size, count = measure(partnership, user, kind, args.repeat)
            print(f"{kind:<7} {first:>12.3f} {total:>8.2f} {args.actions / total:>8,.0f} {size:>11,} {count:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
