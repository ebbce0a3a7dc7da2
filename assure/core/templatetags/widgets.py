"""Form widgets' parts rendered in Python where the template language's cost is per row: a select's options (a
filter over a large partnership's people is a hundred of them, each an `{% include %}` in Django's own template),
and a list's filter fields (`field_group`)."""
from django import template
from django.forms import Select, TextInput
from django.utils.html import conditional_escape, format_html, format_html_join
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


# The field templates `field_group` writes the markup of (assure/templates/django/forms/).
SELECT_TEMPLATE, TEXT_TEMPLATE = "django/forms/widgets/select.html", "django/forms/widgets/text.html"
_PLAIN_WIDGETS = {Select: SELECT_TEMPLATE, TextInput: TEXT_TEMPLATE}


def _control(field) -> str | None:
    """The field's select or text box as our widget templates write it, or None for any other widget."""
    widget = field.field.widget
    if (_PLAIN_WIDGETS.get(type(widget)) != widget.template_name or widget.use_fieldset
            or field.field.show_hidden_initial or field.field.localize):
        return None
    attrs = field.build_widget_attrs({}, widget)   # as BoundField.as_widget builds them
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    context = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    if type(widget) is TextInput:
        value = "" if context["value"] is None else format_html(' value="{}"', str(context["value"]))
        return format_html('<input type="{}" name="{}"{} class="govuk-input"{}>', context["type"], context["name"],
                           value, mark_safe(_attrs(context["attrs"])))
    groups = context["optgroups"]
    if any(name for name, _, _ in groups) or not all(plain_options(options) for _, options, _ in groups):
        return None
    return format_html('<select name="{}" class="govuk-select"{}>{}\n</select>', context["name"],
                       mark_safe(_attrs(context["attrs"])),
                       mark_safe("".join(select_options(options) for _, options, _ in groups)))


@register.simple_tag
def field_group(field):
    """`{{ field.as_field_group }}` for a plain select or text box (a list's filters), written in Python with the
    markup of django/forms/field.html and the widget templates: the same HTML without three template renders per
    field. Any other field (checkboxes, dates, a field set, its own template) is left to the templates."""
    control = None if field.field.template_name else _control(field)
    if control is None:
        return field.as_field_group()
    errors = field.errors
    return format_html(
        '<div class="govuk-form-group{}">\n  <label class="govuk-label govuk-label--s" for="{}">{}</label>\n  {}\n'
        '  {}\n  {}\n  \n</div>',
        " govuk-form-group--error" if errors else "", field.auto_id, field.label,
        format_html('<div id="{}_helptext" class="govuk-hint">{}</div>', field.auto_id, field.help_text)
        if field.help_text else "",
        format_html('<p class="govuk-error-message" id="{}_error">{}</p>', field.auto_id, format_html_join(
            "<br>", '<span class="govuk-visually-hidden">Error:</span> {}', ((error,) for error in errors)))
        if errors else "",
        control)
