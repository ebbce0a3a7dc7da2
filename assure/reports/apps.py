from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.reports"
    label = "reports"

    def ready(self):
        from . import jobs  # noqa: F401  (registers the drafting job kind)
