"""`{% person_name user %}`: who did something, as the partnership knows them (their Person's name), never their
sign-in name: accounts carry no names of their own, so `get_full_name` is blank for most of them."""
from django import template

from assure.partnerships.models import Person

register = template.Library()


@register.simple_tag(takes_context=True)
def person_name(context, user) -> str:
    if user is None:
        return ""
    partnership = context.get("partnership")
    person = Person.objects.filter(partnership=partnership, user=user).only("full_name").first() if partnership else None
    return person.full_name if person else (user.get_full_name() or user.get_username())
