"""`{% performance_parts "performance:dataset" %}`: the parts of the performance dataset, linked from each of their
main pages (the service navigation has one "Performance")."""
from django import template

from assure.core.templatetags.navigation import parts_of_section

register = template.Library()

# A new part of the dataset adds its main page here.
PARTS = [("performance:dataset", "Dataset"), ("performance:quarter-list", "Quarters and board packs"),
         ("performance:indicator-list", "Indicator catalogue"), ("performance:import-list", "Imports"),
         ("performance:area", "Area and neighbours")]


@register.inclusion_tag("includes/parts_navigation.html", takes_context=True)
def performance_parts(context, current: str):
    return parts_of_section(context, PARTS, current, "Parts of the performance dataset")
