"""`{% partnership_parts "partnerships:body-list" %}`: the parts of the partnership's own set-up (its boards and
groups, priorities and the business plan, organisations, people and sign-in accounts), linked from each of their list pages; the service
navigation has one "Partnership". Only the parts the person's role may open are shown."""
from django import template

from assure.core.templatetags.navigation import parts_of_section

register = template.Library()

PARTS = [
    ("partnerships:body-list", "Boards and groups"),
    ("partnerships:priority-list", "Priorities"),
    ("plans:plan", "Business plan"),   # the plans app's, named only: partnerships imports no higher app
    ("partnerships:organisation-list", "Organisations"),
    ("partnerships:person-list", "People"),
    ("partnerships:account-list", "Sign-in accounts"),
]


@register.inclusion_tag("includes/parts_navigation.html", takes_context=True)
def partnership_parts(context, current: str):
    return parts_of_section(context, PARTS, current, "Parts of the partnership")
