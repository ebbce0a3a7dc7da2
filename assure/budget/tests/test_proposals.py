"""Proposing contributions from a total: the parts add up exactly; percentages that do not make 100 are refused
saying by how much."""
from decimal import Decimal

import pytest

from ..proposals import EQUAL, MEASURE, PERCENTAGE, ProposalRefused, propose


def amounts(total, method, shares):
    return [(p.partner, p.pence, p.detail) for p in propose(total, method, shares)]


def test_equal_shares_add_up_to_the_total():
    assert amounts(2164900, EQUAL, [("council", None), ("police", None), ("icb", None)]) == [
        ("council", 721633, "1 of 3 equal shares"), ("police", 721633, "1 of 3 equal shares"),
        ("icb", 721634, "1 of 3 equal shares")]


def test_agreed_percentages():
    assert amounts(32100000, PERCENTAGE, [("council", Decimal(50)), ("police", Decimal("33.5")),
                                          ("icb", Decimal("16.5"))]) == [
        ("council", 16050000, "50%"), ("police", 10753500, "33.5%"), ("icb", 5296500, "16.5%")]


@pytest.mark.parametrize("shares, words", [
    ([Decimal(50), Decimal(45)], "add up to 95, 5 short of 100"),
    ([Decimal(60), Decimal("45.5")], "add up to 105.5, 5.5 over 100"),
])
def test_percentages_that_do_not_make_100_are_refused(shares, words):
    with pytest.raises(ProposalRefused, match=words):
        propose(100000, PERCENTAGE, list(zip(["council", "police"], shares, strict=True)))


def test_in_proportion_to_a_measure():
    result = propose(100000, MEASURE, [("north", Decimal(312000)), ("south", Decimal(156000))])
    assert [p.pence for p in result] == [66667, 33333] and sum(p.pence for p in result) == 100000
    assert result[0].detail == "measure 312,000 of 468,000"


@pytest.mark.parametrize("total, method, shares, words", [
    (0, EQUAL, [("a", None)], "more than £0.00"),
    (100, EQUAL, [], "at least one partner"),
    (100, MEASURE, [("a", Decimal(0))], "more than 0"),
    (100, MEASURE, [("a", None)], "Enter a share"),
    (100, "whim", [("a", Decimal(1))], "Choose how"),
])
def test_refusals(total, method, shares, words):
    with pytest.raises(ProposalRefused, match=words):
        propose(total, method, shares)
