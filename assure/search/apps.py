from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.search"
    label = "search"
    default_auto_field = "django.db.models.BigAutoField"
    verbose_name = "Search"
