from django.urls import path

from . import views

app_name = "performance"

urlpatterns = [
    path("", views.dataset.dataset, name="dataset"),
    path("indicators/<int:indicator_id>/", views.dataset.indicator_detail, name="indicator-detail"),
    path("imports/", views.imports.import_list, name="import-list"),
    path("imports/new/", views.imports.upload, name="import"),
    path("imports/template/", views.imports.template, name="import-template"),
    path("imports/<int:import_id>/", views.imports.check, name="import-check"),
]
