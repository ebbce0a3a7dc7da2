from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.reports"
    label = "reports"
