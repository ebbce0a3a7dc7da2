from django.urls import path

from . import views

app_name = "actions"
urlpatterns = [
    path("", views.action_log, name="log"),
    path("export.csv", views.export_csv, name="export"),
    path("mine/", views.my_actions, name="mine"),
    path("<int:pk>/", views.action_detail, name="detail"),
    path("<int:pk>/update/", views.post_update, name="update"),
    path("<int:pk>/complete/", views.complete, name="complete"),
    path("<int:pk>/edit/", views.edit, name="edit"),
]
