"""Tags printing the long tables' rows built in Python (assure.meetings.rows, ADR 0158)."""
from django import template

from .. import rows

register = template.Library()


@register.simple_tag(takes_context=True)
def flagged_rows(context, flags):
    return rows.flagged_rows(flags, context["partnership"].slug)


@register.simple_tag
def organisation_rows(lines):
    return rows.organisation_rows(lines)


@register.simple_tag
def people_rows(lines):
    return rows.people_rows(lines)


@register.simple_tag(takes_context=True)
def matters_arising_rows(context, arising):
    return rows.matters_arising_rows(arising, context["partnership"].slug, context["meeting"].pk, context["editable"])


@register.simple_tag
def item_actions(actions):
    return rows.item_actions(actions)


@register.simple_tag(takes_context=True)
def meeting_rows(context, meetings):
    return rows.meeting_rows(meetings, context["partnership"].slug)
