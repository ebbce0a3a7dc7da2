from assure.core.admin_site import register_all

from .models import Action

register_all(Action, search=("text",))
