from assure.core.admin_site import register_all

from .models import Body, Membership, Organisation, Partnership, Person, Role

register_all(Partnership, Organisation, Body, Membership, Role)
register_all(Person, search=("full_name", "initials", "email"))
