from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.actions"
    label = "actions"
    default_auto_field = "django.db.models.BigAutoField"
