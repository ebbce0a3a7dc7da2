from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.reminders"
    label = "reminders"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Reminders and circulation"
