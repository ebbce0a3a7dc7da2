"""`{% assurance_sections "assurance:programme" %}`: the parts of assurance, linked from each of their list pages."""
from django import template

from assure.core.templatetags.navigation import parts_of_section

register = template.Library()

# A new part of assurance adds its list page here.
SECTIONS = [("assurance:programme", "Programme"), ("assurance:overview", "What we learnt"),
            ("assurance:audit-list", "Case audits"), ("assurance:thematic-list", "Thematic reviews"),
            ("assurance:sa-round-list", "Self-assessments"),
            ("assurance:inspection-list", "Inspections"), ("assurance:escalation-list", "Escalations"),
            ("assurance:complaint-list", "Complaints"), ("assurance:risk-list", "Risk register")]


@register.inclusion_tag("includes/parts_navigation.html", takes_context=True)
def assurance_sections(context, current: str):
    return parts_of_section(context, SECTIONS, current, "Parts of assurance")
