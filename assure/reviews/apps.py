from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.reviews"
    label = "reviews"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import jobs  # noqa: F401 - registers "reviews.identifiability" and "reviews.learning-report"
