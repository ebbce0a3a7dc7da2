from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.budget"
    label = "budget"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Budget"
