from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.calendars"
    label = "calendars"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Calendars"
