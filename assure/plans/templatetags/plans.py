"""`{% evidence_url piece %}`: the page of a piece of evidence (queries.Evidence) in the current partnership."""
from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag(takes_context=True)
def evidence_url(context, piece) -> str:
    return reverse(piece.url_name, kwargs={"slug": context["partnership"].slug, **piece.url_kwargs})
