"""`{{ amount|pounds }}`: whole pence shown as "£1,234.56" (money.pounds)."""
from django import template

from .. import money

register = template.Library()


@register.filter
def pounds(amount_pence):
    return money.pounds(amount_pence)
