from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.core"
    label = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401  (registers the deploy checks)
