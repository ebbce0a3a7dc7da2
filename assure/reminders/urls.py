from django.urls import path

from . import views

app_name = "reminders"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("sent/", views.outbox, name="outbox"),
    path("sent/<int:email_id>/try-again/", views.try_again, name="try-again"),
    path("settings/", views.settings_edit, name="settings"),
    path("meetings/<int:meeting_id>/tell/<str:what>/", views.tell_members, name="tell-members"),
]
