"""A long list's rows worked out once in Python, for a template that only prints them (ADR 0160).

A template pays some microseconds for every variable, filter and tag of every row: `{% url %}` is a reverse,
`date:"j M Y"` looks up the language's formats, a model's `get_..._display` is a call. A list page's rows are
plain dicts of the strings it shows, made from one `reverse` per kind of link (`url_maker`) and a month table
made once per list (`month_names`), in the active language as the `date` filter writes them.
"""
import datetime

from django.urls import reverse
from django.utils import dateformat

_ID = 2147483647  # a placeholder id, replaced in the reversed URL


def url_maker(name: str, *args):
    """A function of one id giving `reverse(name, args=[*args, id])`, from a single reverse."""
    head, _, tail = reverse(name, args=[*args, _ID]).rpartition(str(_ID))
    return lambda last: f"{head}{last}{tail}"


def month_names(code: str = "M") -> list[str]:
    """Month names by number (index 0 unused), as `date:"<code>"` writes them in the active language."""
    return [""] + [dateformat.format(datetime.date(2000, month, 1), code) for month in range(1, 13)]


def day_month_year(day: datetime.date | None, months: list[str]) -> str:
    """`date:"j M Y"` (or "j F Y", with month_names("F")) for a date; "" for none, as the filter gives."""
    return f"{day.day} {months[day.month]} {day.year}" if day else ""
