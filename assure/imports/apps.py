from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.imports"
    label = "imports"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import jobs  # noqa: F401 - registers the job kind "imports.many"
