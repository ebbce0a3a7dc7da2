"""The REST API, version 1 (ADR 0146)."""
from django.urls import path  # noqa: F401

app_name = "api-v1"

urlpatterns = []
