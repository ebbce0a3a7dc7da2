from django.urls import path

from . import views

app_name = "imports"
urlpatterns = [
    path("", views.import_list, name="list"),
    path("upload/", views.upload, name="upload"),
    path("<int:pk>/", views.check, name="check"),
    path("<int:pk>/discard/", views.discard, name="discard"),
    path("<int:pk>/source/", views.source_file, name="source"),
    path("meeting/<int:meeting_id>/source/", views.meeting_source_file, name="meeting-source"),
]
