from django.urls import path

from . import views

app_name = "calendars"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("address/", views.reset, name="reset"),
    path("bodies/<int:body_id>/address/", views.body_reset, name="body-reset"),
    path("feed/<str:token>.ics", views.feed, name="feed"),
    path("meetings/<int:meeting_id>/invitations/", views.invitations, name="invitations"),
]
