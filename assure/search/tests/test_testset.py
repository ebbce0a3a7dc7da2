"""The test set's mean reciprocal rank, on whichever database the tests run (`python -m assure.search.evaluate`
prints each query's rank). The threshold is a little under what was measured on both (ADR 0144)."""
from assure.search.evaluate import mrr, run_queries
from assure.search.tests.testset import QUERIES

THRESHOLD = 0.80


def test_the_test_set_has_at_least_thirty_queries():
    assert len(QUERIES) >= 30


def test_mean_reciprocal_rank(elmsworth):
    results = run_queries(*elmsworth)
    score = mrr([rank for _, rank in results])
    assert score >= THRESHOLD, "\n".join(f"{rank:>3} {text}" for text, rank in results) + f"\nMRR {score:.3f}"
