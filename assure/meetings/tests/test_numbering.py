import pytest
from hypothesis import given
from hypothesis import strategies as st

from assure.meetings import numbering


@pytest.mark.parametrize("raw, cleaned, valid", [
    ("3", "3", True), (" 3. ", "3", True), ("2.1", "2.1", True), ("Part 2", "Part 2", True),
    ("", "", False), ("...", "", False), ("<b>1</b>", "<b>1</b>", False), ("1" * 21, "1" * 21, False),
])
def test_clean_and_validate(raw, cleaned, valid):
    assert numbering.clean_number(raw) == cleaned
    assert numbering.is_valid_number(raw) is valid


@pytest.mark.parametrize("smaller, larger", [
    ("2", "2.1"), ("2.1", "2.2"), ("2.2", "2.10"), ("2.10", "3"), ("9", "10"), ("10", "Part 1"), ("Part 1", "AOB"),
])
def test_sort_key_orders_agenda_numbers(smaller, larger):
    assert numbering.sort_key(smaller) < numbering.sort_key(larger)


@pytest.mark.parametrize("number, existing, position", [
    ("1", [], 0),
    ("4", ["1", "2", "3"], 3),
    ("2.1", ["1", "2", "3"], 2),
    ("2.2", ["1", "2", "2.1", "3"], 3),
    ("1", ["2", "3"], 0),
    ("AOB", ["1", "2"], 2),
    # Items moved out of number order by hand: a new one goes after the last that sorts before it.
    ("2.1", ["1", "3", "2"], 3),
])
def test_insert_position(number, existing, position):
    assert numbering.insert_position(number, existing) == position


@pytest.mark.parametrize("existing, suggestion", [
    ([], "1"), (["1", "2"], "3"), (["1", "2", "2.1"], "3"), (["Part 1", "AOB"], "1"), (["7", "3"], "8"),
])
def test_next_number(existing, suggestion):
    assert numbering.next_number(existing) == suggestion


@pytest.mark.parametrize("number, parent", [("2.1", "2"), ("2.1.3", "2.1"), ("4", None)])
def test_parent_number(number, parent):
    assert numbering.parent_number(number) == parent


numbers_strategy = st.lists(st.integers(1, 12), min_size=1, max_size=3).map(lambda parts: ".".join(map(str, parts)))


@given(st.lists(numbers_strategy, max_size=15), numbers_strategy)
def test_inserting_into_an_agenda_in_number_order_keeps_it_in_order(existing, new):
    ordered = sorted(existing, key=numbering.sort_key)
    ordered.insert(numbering.insert_position(new, ordered), new)
    assert [numbering.sort_key(n) for n in ordered] == sorted(numbering.sort_key(n) for n in ordered)
