from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.assurance"
    label = "assurance"
    default_auto_field = "django.db.models.BigAutoField"
