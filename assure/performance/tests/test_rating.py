from decimal import Decimal

import pytest

from assure.performance import rating

N = Decimal


def as_number(v):
    return None if v is None else N(v)


@pytest.mark.parametrize("value, polarity, target, green, red, expected", [
    # thresholds, lower is better: green at or below 10, red above 15
    ("10", "lower", None, "10", "15", "green"), ("12", "lower", None, "10", "15", "amber"),
    ("15", "lower", None, "10", "15", "amber"), ("15.1", "lower", None, "10", "15", "red"),
    # thresholds, higher is better: green at or above 90, red below 80
    ("90", "higher", None, "90", "80", "green"), ("85", "higher", None, "90", "80", "amber"),
    ("79.9", "higher", None, "90", "80", "red"),
    # a target only: met or not, no amber
    ("40", "lower", "40", None, None, "green"), ("41", "lower", "40", None, None, "red"),
    ("95", "higher", "90", None, None, "green"), ("89", "higher", "90", None, None, "red"),
    # thresholds win over the target
    ("12", "lower", "5", "10", "15", "amber"),
    # not rated: nothing to judge by, a context indicator, or a figure not published
    ("12", "lower", None, None, None, "not_rated"), ("12", "neither", "5", None, None, "not_rated"),
    (None, "lower", "5", "10", "15", "not_rated"),
])
def test_rag(value, polarity, target, green, red, expected):
    assert rating.rag(as_number(value), polarity=polarity, target=as_number(target),
                      green_threshold=as_number(green), red_threshold=as_number(red)).code == expected


@pytest.mark.parametrize("polarity, green, red, refused", [
    ("lower", "10", "15", ""), ("lower", "15", "10", "at or below"), ("higher", "80", "90", "at or above"),
    ("higher", "90", "80", ""), ("neither", "1", "2", "not rated"), ("lower", "10", None, "Give both"),
    ("lower", None, None, ""),
])
def test_thresholds_refusal(polarity, green, red, refused):
    message = rating.thresholds_refusal(polarity=polarity, green_threshold=as_number(green),
                                        red_threshold=as_number(red))
    assert (refused in message) if refused else message == ""


@pytest.mark.parametrize("latest, previous, polarity, expected", [
    ("10", "12", "lower", "improving"), ("12", "10", "lower", "worsening"), ("12", "10", "higher", "improving"),
    ("10", "12", "higher", "worsening"), ("10", "10", "lower", "no_change"), ("10", "12", "neither", "down"),
    ("12", "10", "neither", "up"), ("10", None, "lower", "not_known"), (None, "10", "lower", "not_known"),
])
def test_direction(latest, previous, polarity, expected):
    assert rating.direction(as_number(latest), as_number(previous), polarity=polarity).code == expected


@pytest.mark.parametrize("values, how, expected", [
    (["40", "50", "60"], "median", "50.00"), (["40", "50", "60", "70"], "median", "55.00"),
    (["40", "50", None], "median", "45.00"),          # a figure not published is left out, not a zero
    (["40", "50", "61"], "mean", "50.33"), ([None, None], "median", None), ([], "mean", None),
])
def test_neighbours_average(values, how, expected):
    result = rating.neighbours_average([None if v is None else N(v) for v in values], how)
    assert result == (None if expected is None else N(expected))


@pytest.mark.parametrize("latest, previous, polarity, label, arrow", [
    ("12", "10", "lower", "Worsening", "▲"),    # the number rose, which is worse: the arrow shows the rise
    ("10", "12", "lower", "Improving", "▼"),
    ("12", "10", "higher", "Improving", "▲"),
    ("10", "12", "neither", "Down", "▼"),
])
def test_the_arrow_shows_which_way_the_number_moved(latest, previous, polarity, label, arrow):
    moved = rating.direction(as_number(latest), as_number(previous), polarity=polarity)
    assert (moved.label, moved.arrow) == (label, arrow)
