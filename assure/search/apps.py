from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.search"
    label = "search"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Search"

    def ready(self):
        from . import jobs, signals  # noqa: F401  (jobs registers its job kind)

        signals.connect()
