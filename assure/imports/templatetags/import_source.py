"""{% meeting_source_row meeting %}: on the meeting page, the minutes file it was imported from (a summary list row).

A tag rather than a line in the meetings view, so the meetings app (a lower layer) never imports the importer."""
from django import template

from ..queries import meeting_source

register = template.Library()


@register.inclusion_tag("imports/_meeting_source_row.html")
def meeting_source_row(meeting):
    return {"document": meeting_source(meeting.partnership, meeting.pk), "meeting": meeting,
            "slug": meeting.partnership.slug}
