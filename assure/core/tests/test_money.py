import pytest

from assure.core.money import AmountRefused, pence, pounds, split


@pytest.mark.parametrize("text, expected", [
    ("£21,649", 2164900), ("7216.33", 721633), ("1,200.5", 120050), (1200.5, 120050), (0, 0),
    ("(300.00)", -30000), ("-12.10", -1210), (" £ 5 ", 500),
])
def test_reads_pounds_as_pence(text, expected):
    assert pence(text) == expected


@pytest.mark.parametrize("text", ["", "abc", "12.345", "1,20", "£", True, "1e5", "99999999999"])
def test_refuses_what_is_not_money(text):
    with pytest.raises(AmountRefused):
        pence(text)


@pytest.mark.parametrize("amount, text", [(2164900, "£21,649.00"), (721633, "£7,216.33"), (-500, "−£5.00"), (7, "£0.07")])
def test_pounds(amount, text):
    assert pounds(amount) == text


@pytest.mark.parametrize("total, weights, parts", [
    (2164900, [1, 1, 1], [721633, 721633, 721634]),        # the example: the last partner takes the penny
    (100, [1, 1, 1], [33, 33, 34]),
    (1000, [50, 30, 20], [500, 300, 200]),
    (1001, [50, 30, 20], [501, 300, 200]),
    (-2164900, [1, 1, 1], [-721633, -721633, -721634]),
    (0, [1, 2], [0, 0]),
])
def test_split_adds_up_exactly(total, weights, parts):
    assert split(total, weights) == parts
    assert sum(split(total, weights)) == total


@pytest.mark.parametrize("weights", [[], [0, 0], [1, -1]])
def test_split_refuses_no_shares(weights):
    with pytest.raises(ValueError):
        split(100, weights)
