"""Renderers' benchmark: `make bench-documents` (python -m assure.documents.bench [--pages 40 --charts 10 --runs 3]).

Draws a fictional composition of about `--pages` pages of A4 (a section a page, each with paragraphs, bullets and a
table of six rows and a total, a subsection, every third on a new page) with `--charts` bar charts, as Word, PDF and
HTML, `--runs` times each, on one core. Prints the median and the minimum seconds per format, the size and the PDF's
page count. No database. A benchmark, not a test: it asserts nothing.
"""
import argparse
import io
import os
import statistics
import sys
import time


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--charts", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assure.settings")
    import django

    django.setup()
    import logging

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    from .render import render
    from .tests.samples import report

    composition = report(pages=args.pages, charts=args.charts)
    charts = sum(type(block).__name__ == "Chart" for section in composition.sections for block in section.blocks)
    render(composition, "pdf")  # imports WeasyPrint and loads fonts, once, as a running server would have
    print(f"{args.pages} sections, {charts} charts; median and minimum of {args.runs} runs")
    print(f"{'format':<8} {'median s':>9} {'min s':>7} {'bytes':>11} {'pages':>6}")
    for file_format in ("docx", "pdf", "html"):
        seconds, data = [], b""
        for _ in range(args.runs):
            started = time.process_time()
            data = render(composition, file_format)
            seconds.append(time.process_time() - started)
        pages = ""
        if file_format == "pdf":
            import pdfplumber

            with pdfplumber.open(io.BytesIO(data)) as document:
                pages = len(document.pages)
        print(f"{file_format:<8} {statistics.median(seconds):>9.2f} {min(seconds):>7.2f} {len(data):>11,} {pages:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
