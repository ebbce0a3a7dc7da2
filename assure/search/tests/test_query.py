"""Reading the search box (pure): what is a word, a phrase, an exclusion, an alternative; nothing is syntax."""
import pytest

from assure.search import query as q


@pytest.mark.parametrize("typed, fts5, tsquery", [
    ("MASH audit", '("mash") AND ("audit")', "(('mash')) & (('audit'))"),
    ('"section 11" schools', '("section 11") AND ("schools")', "(('section' <-> '11')) & (('schools'))"),
    ("neglect -strategy", '(("neglect")) NOT ("strategy")', "(('neglect')) & !('strategy')"),
    ("neglect OR exploitation", '("neglect" OR "exploitation")', "(('neglect') | ('exploitation'))"),
    ("safeg*", '("safeg"*)', "(('safeg':*))"),
    ("NOT police audit", '(("audit")) NOT ("police")', "(('audit')) & !('police')"),
    ("MASH AND audit", '("mash") AND ("audit")', "(('mash')) & (('audit'))"),
    ("(((unbalanced", '("unbalanced")', "(('unbalanced'))"),
    ('"unclosed phrase', '("unclosed phrase")', "(('unclosed' <-> 'phrase'))"),
    ("O'Brien", '("o brien")', "(('o' <-> 'brien'))"),
    ("NEAR(a b)", '("near a") AND ("b")', "(('near' <-> 'a')) & (('b'))"),  # "NEAR(a" is one token, "b)" the next
])
def test_what_is_typed_becomes_quoted_words(typed, fts5, tsquery):
    query = q.parse(typed)
    assert q.fts5(query) == fts5
    assert q.tsquery(query) == tsquery


@pytest.mark.parametrize("typed", ["", "   ", "***", "-", "AND OR NOT", "🙂🙂", "-neglect", '""', "()", "—–"])
def test_nothing_to_search_for(typed):
    assert not q.parse(typed)


def test_a_long_query_is_bounded():
    query = q.parse("neglect " * 500)
    assert len(query.terms) <= q.MAX_TERMS


def test_loosened_is_any_of_the_words():
    query = q.parse("mash front door audit").loosened()
    assert q.fts5(query) == '("mash" OR "front" OR "door" OR "audit")'
