"""Agenda numbers as printed ("3", "2.1", "Part 2"): pure helpers, no database."""
import re

_NUMBER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .()-]{0,19}$")


def clean_number(number: str) -> str:
    """The number as it should be stored: trimmed, without a trailing dot ("3." -> "3")."""
    return (number or "").strip().rstrip(".").strip()


def is_valid_number(number: str) -> bool:
    return bool(_NUMBER.match(clean_number(number)))


def sort_key(number: str) -> tuple:
    """Orders "2" < "2.1" < "2.10" < "3" < "Part 2" < "AOB": numbered items, then prefixed ones, then the rest."""
    parts = re.findall(r"\d+", clean_number(number))
    if not parts:
        return (2, (), clean_number(number).lower())
    prefix = re.match(r"^\D*", clean_number(number)).group(0).strip().lower()
    return (0 if not prefix else 1, tuple(int(p) for p in parts), prefix)


def insert_position(number: str, existing: list[str]) -> int:
    """Index at which an item numbered `number` goes among items already in agenda order.

    It goes after the last item whose number sorts at or before it, so "2.1" lands after "2"
    and any earlier sub-items, and an item with an odd number goes at the end.
    """
    key = sort_key(number)
    position = 0
    for index, other in enumerate(existing):
        if sort_key(other) <= key:
            position = index + 1
    return position


def next_number(existing: list[str]) -> str:
    """A suggestion for the next main item: one more than the highest whole number used."""
    whole = [int(clean_number(n)) for n in existing if clean_number(n).isdigit()]
    return str(max(whole, default=0) + 1)


def parent_number(number: str) -> str | None:
    """"2.1" -> "2"; a main item has no parent."""
    cleaned = clean_number(number)
    return cleaned.rsplit(".", 1)[0] if "." in cleaned else None
