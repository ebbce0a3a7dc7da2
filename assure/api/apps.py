from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.api"
    label = "api"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "API"
