"""`{{ amount|pounds }}`: whole pence shown as "£1,234.56" (money.pounds); `|absolute_pounds` without the sign;
`|variance` as "£200.00 over", "£200.00 under" or "none" (words, not a sign alone)."""
from django import template

from assure.core import money

register = template.Library()


@register.filter
def pounds(amount_pence):
    return money.pounds(amount_pence)


@register.filter
def absolute_pounds(amount_pence):
    return "" if amount_pence is None else money.pounds(abs(amount_pence))


@register.filter
def variance(amount_pence):
    if not amount_pence:
        return "none"
    return f"{money.pounds(abs(amount_pence))} {'over' if amount_pence > 0 else 'under'}"
