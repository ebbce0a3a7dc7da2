from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.partnerships"
    label = "partnerships"
    default_auto_field = "django.db.models.BigAutoField"
