"""`{% training_parts "training:course-list" %}`: the parts of training, linked from each of their main pages (the
service navigation has one "Training"). Only the parts the person's role may open are shown."""
from django import template

from assure.core.templatetags.navigation import parts_of_section

register = template.Library()

# A new part of training adds its main page here.
PARTS = [
    ("training:course-list", "Courses"),
    ("training:event-list", "Events"),
    ("training:delegate-list", "Delegates"),
    ("training:charges", "Charges"),
    ("training:impact", "Impact"),
    ("training:return-list", "Training returns"),
    ("training:policy", "Policy"),
]


@register.inclusion_tag("includes/parts_navigation.html", takes_context=True)
def training_parts(context, current: str):
    return parts_of_section(context, PARTS, current, "Parts of training")
