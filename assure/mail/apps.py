from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.mail"
    label = "mail"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Email"
