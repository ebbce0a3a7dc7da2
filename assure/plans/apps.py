from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.plans"
    label = "plans"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Business plan"
