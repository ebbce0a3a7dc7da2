from django.urls import path

from . import views

app_name = "training"

courses, events, places = views.courses, views.events, views.places

urlpatterns = [
    path("", courses.course_list, name="course-list"),
    path("courses/add/", courses.course_add, name="course-add"),
    path("courses/<int:course_id>/", courses.course_detail, name="course-detail"),
    path("courses/<int:course_id>/edit/", courses.course_edit, name="course-edit"),
    path("courses/<int:course_id>/events/add/", events.event_add, name="event-add"),
    path("events/", places.event_list, name="event-list"),
    path("events/<int:event_id>/", events.event_detail, name="event-detail"),
    path("events/<int:event_id>/edit/", events.event_edit, name="event-edit"),
    path("events/<int:event_id>/book/", events.booking_add, name="booking-add"),
    path("events/<int:event_id>/bookings/<int:booking_id>/cancel/", places.booking_cancel, name="booking-cancel"),
    path("events/<int:event_id>/offer-places/", places.places_offer, name="offer-places"),
    path("events/<int:event_id>/cancel/", places.event_cancel, name="event-cancel"),
    path("events/<int:event_id>/register/", places.register, name="register"),
]
