from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.training"
    label = "training"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Training"
