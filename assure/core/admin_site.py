"""The Django admin: a fallback for platform operators, not the interface.

It crosses partnerships, so only superusers (who also pass the second factor, see assure/urls.py)
may use it; the business team works in the GOV.UK pages, which check partnership and role.
"""
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin


def register_all(*models, search=("id",)):
    for model in models:
        admin.site.register(model, type(f"{model.__name__}Admin", (SimpleHistoryAdmin,), {
            "list_display": ("__str__",),
            "search_fields": search,
        }))


class SuperuserOnlyMixin:
    def has_permission(self, request):
        return super().has_permission(request) and request.user.is_superuser
