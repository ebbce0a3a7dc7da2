"""Ask "may this user open this page?" in a template: `{% if role|may_open:"actions:mine" %}`."""
from django import template

from assure.core import access

register = template.Library()


@register.filter
def may_open(role, url_name):
    return access.may_open(role, url_name)
