from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.jobs"
    label = "jobs"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Background jobs"
