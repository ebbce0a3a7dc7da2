from django.apps import AppConfig


class Config(AppConfig):
    name = "assure.demo"
    label = "demo"
