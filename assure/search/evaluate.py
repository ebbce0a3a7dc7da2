"""`python -m assure.search.evaluate`: the search test set's mean reciprocal rank on the database in use.

Builds the fictional Elmsworth partnership (tests/testset.py) in a throw-away test database (SQLite in memory, or
test_<name> on PostgreSQL when DATABASE_URL points there), runs every query as the business team would (seeing
everything), and prints each query's rank of the first right answer (0: not in the first 20) and the MRR.
`--set fresh` runs the held-out tests/fresh_queries.py instead of testset.QUERIES (`--set main`, the default).
"""
import argparse
import os
import sys
import tempfile

DEPTH = 20


def rank_of(found: list[tuple[str, int]], wanted: set[tuple[str, int]]) -> int:
    for position, hit in enumerate(found[:DEPTH], start=1):
        if hit in wanted:
            return position
    return 0


def mrr(ranks: list[int]) -> float:
    return sum(1 / r for r in ranks if r) / len(ranks) if ranks else 0.0


def run_queries(partnership, keys: dict, queries=None) -> list[tuple[str, int]]:
    from .models import SearchEntry
    from .queries import search

    if queries is None:
        from .tests.testset import QUERIES as queries

    results = []
    for text, answers in queries:
        found, _, _ = search(SearchEntry.objects.filter(partnership=partnership), text)
        hits = [(kind, record_id) for kind, record_id in found.values_list("kind", "record_id")[:DEPTH]]
        results.append((text, rank_of(hits, {keys[a] for a in answers})))
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assure.search.evaluate")
    parser.add_argument("--set", choices=["main", "fresh"], default="main", dest="query_set",
                        help="main: testset.QUERIES; fresh: the held-out tests/fresh_queries.py")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "assure.settings")
    import django
    from django.conf import settings

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    settings.MEDIA_ROOT = tempfile.mkdtemp(prefix="assure-search-eval-")
    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from .tests.testset import build

        queries = None
        if args.query_set == "fresh":
            from .tests.fresh_queries import FRESH_QUERIES as queries

        partnership, keys = build()
        results = run_queries(partnership, keys, queries)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    for text, rank in results:
        print(f"{rank:>3}  {text}")
    print(f"MRR {mrr([rank for _, rank in results]):.3f} over {len(results)} queries ({connection.vendor})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
