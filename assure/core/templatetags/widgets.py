"""Form widgets' parts rendered in Python where the template language's cost is per row: a select's options (a
filter over a large partnership's people is a hundred of them, each an `{% include %}` in Django's own template)."""
from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

# Django's template for one option; an option with another template is left to it.
OPTION_TEMPLATE = "django/forms/widgets/select_option.html"


def _attrs(attrs) -> str:
    """As django/forms/widgets/attrs.html writes them: False left out, True as a bare name."""
    return "".join(
        "" if value is False else
        format_html(" {}", name) if value is True else format_html(' {}="{}"', name, str(value))
        for name, value in attrs.items())


@register.simple_tag
def select_options(options):
    """`<option>`s exactly as Django's select_option.html writes them, without a template per option."""
    return mark_safe("".join(  # each as `\n  {% include %}` wrote it, the template's own newline after
        format_html('\n  <option value="{}"{}>{}</option>\n', str(option["value"]), mark_safe(_attrs(option["attrs"])),
                    conditional_escape(option["label"]))
        for option in options))


@register.filter
def plain_options(options) -> bool:
    """Whether every option uses Django's own option template (so select_options writes them the same)."""
    return all(option.get("template_name") == OPTION_TEMPLATE for option in options)
