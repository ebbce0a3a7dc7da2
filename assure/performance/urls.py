from django.urls import path

from . import views

app_name = "performance"

urlpatterns = [
    path("", views.dataset.dataset, name="dataset"),
    path("indicators/<int:indicator_id>/", views.dataset.indicator_detail, name="indicator-detail"),
]
