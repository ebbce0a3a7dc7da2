"""Template helpers for GOV.UK Design System pages."""
from django import template
from django.utils.html import linebreaks
from django.utils.safestring import mark_safe

from assure.core.forms import summary
from assure.core.forms.summary import has_errors
from assure.core.sanitise import clean_html

register = template.Library()

TAG_COLOURS = {
    "open": "blue", "in_progress": "light-blue", "completed": "green", "carried_forward": "yellow",
    "superseded": "grey", "scheduled": "blue", "held": "green", "cancelled": "grey",
    "red": "red", "amber": "orange", "green": "green", "met": "green", "breached": "red",
    "due": "blue", "overdue": "red",
    # a risk's rating band (assure.assurance.scoring): always shown with its words, never colour alone
    "low": "green", "moderate": "yellow", "high": "orange", "extreme": "red",
}


@register.filter
def minutes_text(text):
    """User- or document-supplied text as safe HTML: sanitised, plain text given paragraphs."""
    cleaned = clean_html(text or "")
    if not any(tag in cleaned for tag in ("<p>", "<ul>", "<ol>", "<br>")):
        cleaned = linebreaks(cleaned)  # plain text: paragraphs from blank lines (input already escaped)
    return mark_safe(cleaned)


@register.simple_tag
def status_tag(value, label=None):
    colour = TAG_COLOURS.get(str(value), "grey")
    from django.utils.html import format_html
    return format_html('<strong class="govuk-tag govuk-tag--{}">{}</strong>', colour, label or str(value).replace("_", " ").capitalize())


@register.simple_tag(takes_context=True)
def query_with(context, **kwargs):
    """The current query string with some parameters replaced (for filters and paging)."""
    params = context["request"].GET.copy()
    for key, value in kwargs.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    return "?" + params.urlencode() if params else "?"


@register.simple_tag(takes_context=True)
def error_title_prefix(context):
    """'Error: ' when any form on the page was sent back with errors (GOV.UK: the title says so first)."""
    return "Error: " if any(has_errors(value) for value in context.flatten().values()) else ""


@register.filter
def error_anchor(field):
    """The id an error summary link should go to (see core/forms/summary.py)."""
    return summary.error_anchor(field)


@register.inclusion_tag("includes/pagination.html", takes_context=True)
def pagination(context, page, label="results"):
    """GOV.UK pagination for a page from core.pagination.paginate, keeping the other query parameters."""
    from assure.core.pagination import links

    return {**links(context["request"].GET, page), "label": label}
