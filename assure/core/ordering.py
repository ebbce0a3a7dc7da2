"""Moving a record up or down a list people put in order (priorities, indicators), and closing the gap one leaves.
Pure: no database."""


def move_in_order(ordered: list, record, direction: str) -> list | None:
    """Swap `record` with its neighbour above ("up") or below ("down") in `ordered` and number the list 1, 2, 3...
    in its `position`. Returns the records whose position changed (to save), or None when the record is already
    first (moving up) or last (moving down). `ordered` must hold the record."""
    index = next(i for i, other in enumerate(ordered) if other.pk == record.pk)
    target = index - 1 if direction == "up" else index + 1
    if not 0 <= target < len(ordered):
        return None
    ordered = list(ordered)
    ordered[index], ordered[target] = ordered[target], ordered[index]
    return number_in_order(ordered)


def number_in_order(ordered: list) -> list:
    """Number the records 1, 2, 3... in their `position`, in the order given (after one is removed, the gap closes).
    Returns the records whose position changed, to save."""
    moved = []
    for position, other in enumerate(ordered, start=1):
        if other.position != position:
            other.position = position
            moved.append(other)
    return moved
