from decimal import Decimal

import pytest

from assure.performance.values import ValueRefused, read_value, unit_refusal


@pytest.mark.parametrize("cell, expected", [
    ("1,234", (Decimal("1234"), "")), ("4.8", (Decimal("4.8"), "")), ("4.8%", (Decimal("4.8"), "")),
    (12, (Decimal("12"), "")), (0.5, (Decimal("0.5"), "")), ("c", (None, "c")), ("[x]", (None, "x")),
    ("Z", (None, "z")), (":", (None, ":")), ("0", (Decimal("0"), "")), (" 17 ", (Decimal("17"), "")),
])
def test_reads_numbers_and_suppression_codes(cell, expected):
    assert read_value(cell) == expected


@pytest.mark.parametrize("cell", ["", None, "abc", "12..3", "1,23", "-", True, "1e400", "nan", "inf"])
def test_refuses_what_is_not_a_figure(cell):
    with pytest.raises(ValueRefused):
        read_value(cell)


@pytest.mark.parametrize("value, unit, refused", [
    ("100", "percentage", False), ("100.1", "percentage", True), ("-1", "count", True), ("2.5", "count", True),
    ("412.7", "rate_children", False), ("3", "count", False),
])
def test_unit_checks(value, unit, refused):
    assert bool(unit_refusal(Decimal(value), unit)) is refused
