from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.jobs"
    label = "jobs"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Background jobs"

    def ready(self):
        from . import exports  # noqa: F401 (registers the job kind "exports.xlsx": a large list's spreadsheet)
