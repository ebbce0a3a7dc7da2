from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.performance"
    label = "performance"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Performance dataset"
