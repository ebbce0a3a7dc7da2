"""How review pages show clocks and short typed text."""
import re

from django import template
from django.utils.html import escape, format_html
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


@register.simple_tag(takes_context=True)
def user_name(context, user) -> str:
    """A user as the partnership knows them (their Person's name), not their sign-in name."""
    if user is None:
        return "–"
    from assure.partnerships.models import Person
    partnership = context.get("partnership")
    person = Person.objects.filter(partnership=partnership, user=user).only("full_name").first() if partnership else None
    return person.full_name if person else (user.get_full_name() or user.get_username())


@register.filter
def highlight(context_text, found) -> str:
    """The context of an identifiability hit with the text found in bold (both escaped)."""
    context_text, found = str(context_text or ""), str(found or "")
    at = context_text.find(found) if found else -1
    if at < 0:
        return escape(context_text)
    return format_html("{}<strong>{}</strong>{}", context_text[:at], found, context_text[at + len(found):])
