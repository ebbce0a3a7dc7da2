"""What the GOV.UK error summary and the page title need to know about the forms on a page."""
from django.forms import BaseForm, BaseFormSet, CheckboxSelectMultiple, RadioSelect


def has_errors(value) -> bool:
    """True for a form or formset sent back with errors (or anything with a true `has_errors`).

    A form's errors decide, as they decide whether the error summary shows (an unbound form has none).
    """
    if isinstance(value, BaseForm):
        return bool(value.errors)
    if isinstance(value, BaseFormSet):
        return value.is_bound and value.total_error_count() > 0
    return getattr(value, "has_errors", None) is True


def error_anchor(field) -> str:
    """The id an error summary link goes to: the first box in error, the first option, or the field itself."""
    if field.is_hidden:
        return "main-content"
    anchor = getattr(field, "error_anchor", None)
    if anchor:
        return anchor
    widget = field.field.widget
    if isinstance(widget, RadioSelect | CheckboxSelectMultiple) and field.auto_id:
        return widget.id_for_label(field.auto_id, "0")
    return field.auto_id
