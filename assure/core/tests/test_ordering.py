from dataclasses import dataclass

import pytest

from assure.core.ordering import move_in_order, number_in_order


@dataclass
class Row:
    pk: int
    position: int


@pytest.mark.parametrize("positions, move, direction, order, changed", [
    ([1, 2, 3], 2, "up", [2, 1, 3], {1, 2}),
    ([1, 2, 3], 2, "down", [1, 3, 2], {2, 3}),
    ([5, 9, 9], 3, "up", [1, 3, 2], {1, 2, 3}),      # gaps and ties are numbered 1, 2, 3 as it moves
])
def test_moves_and_renumbers(positions, move, direction, order, changed):
    rows = [Row(pk, position) for pk, position in enumerate(positions, start=1)]
    moved = move_in_order(rows, rows[move - 1], direction)
    assert [row.pk for row in sorted(rows, key=lambda r: r.position)] == order
    assert {row.pk for row in moved} == changed


@pytest.mark.parametrize("move, direction", [(1, "up"), (3, "down")])
def test_first_cannot_go_up_nor_last_down(move, direction):
    rows = [Row(pk, pk) for pk in (1, 2, 3)]
    assert move_in_order(rows, rows[move - 1], direction) is None
    assert [row.position for row in rows] == [1, 2, 3]


def test_removing_one_closes_the_gap_and_saves_only_those_that_moved_up():
    rows = [Row(1, 1), Row(3, 3), Row(4, 4)]  # the second of four was removed
    moved = number_in_order(rows)
    assert [row.position for row in rows] == [1, 2, 3]
    assert {row.pk for row in moved} == {3, 4}
