from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.reports"
    label = "reports"
    default_auto_field = "django.db.models.BigAutoField"
