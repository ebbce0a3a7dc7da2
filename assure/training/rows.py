"""The events list's rows as its tables show them, worked out once in Python (core.rows, ADR 0160): the template
prints strings instead of reversing a URL and formatting a local time per row."""
from django.utils import timezone

from assure.core.rows import month_names, url_maker

from . import queries


def event_rows(events, today, slug: str) -> list[dict]:
    """Events with `booked` and `waiting` (queries.with_places) and their course selected."""
    url, months = url_maker("training:event-detail", slug), month_names()
    rows = []
    for event in events:
        starts = timezone.localtime(event.starts_at)
        rows.append({
            "href": url(event.pk), "starts": f"{starts.day} {months[starts.month]} {starts.year}, {starts:%H:%M}",
            "course": event.course.title, "delivery": event.get_delivery_display(), "booked": event.booked,
            "capacity": event.capacity, "waiting": event.waiting,
            "state": queries.event_state(event, event.booked, today),
        })
    return rows
