"""The API token pages, under /p/<slug>/api-tokens/ (ADR 0146)."""
from django.urls import path

from . import views

app_name = "api"

urlpatterns = [
    path("", views.token_list, name="token-list"),
    path("all/", views.token_all, name="token-all"),
    path("<int:pk>/revoke/", views.token_revoke, name="token-revoke"),
]
