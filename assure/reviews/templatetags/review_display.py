"""How review pages show clocks and short typed text."""
import re

from django import template
from django.utils.safestring import mark_safe

from assure.core.templatetags.govuk import minutes_text

register = template.Library()


def _days(n: int) -> str:
    return f"{n} working day{'s' if n != 1 else ''}"


@register.filter
def clock_time(status) -> str:
    """Time left on a clock in words ("3 working days overdue"), not a bare signed number."""
    if status is None:
        return "–"
    if status.completed_on is not None:
        late = status.working_days_late
        return f"Done {_days(late)} late" if late else "–"
    left = status.working_days_left
    if left > 0:
        return f"{_days(left)} left"
    if left == 0:
        return "Due today"
    return f"{_days(-left)} overdue"


_ONE_PARAGRAPH = re.compile(r"\A<p>((?:(?!</?p>).)*)</p>\Z", re.S)


@register.filter
def cell_text(text) -> str:
    """Typed text for a table cell: sanitised like minutes_text, a single paragraph without its margins."""
    html = str(minutes_text(text)).strip()
    match = _ONE_PARAGRAPH.match(html)
    # The content was sanitised by minutes_text; only its outer <p> is dropped.
    return mark_safe(match.group(1) if match else html)
