from django.urls import path

from . import views

app_name = "imports"
urlpatterns = [
    path("", views.import_list, name="list"),
    path("upload/", views.upload, name="upload"),
    path("<int:pk>/", views.check, name="check"),
    path("<int:pk>/discard/", views.discard, name="discard"),
]
