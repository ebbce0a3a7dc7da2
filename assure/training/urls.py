from django.urls import path

from . import views

app_name = "training"

courses, events, imports = views.courses, views.events, views.booking_imports

urlpatterns = [
    path("", courses.course_list, name="course-list"),
    path("courses/add/", courses.course_add, name="course-add"),
    path("courses/<int:course_id>/", courses.course_detail, name="course-detail"),
    path("courses/<int:course_id>/edit/", courses.course_edit, name="course-edit"),
    path("courses/<int:course_id>/events/add/", events.event_add, name="event-add"),
    path("events/<int:event_id>/", events.event_detail, name="event-detail"),
    path("events/<int:event_id>/edit/", events.event_edit, name="event-edit"),
    path("events/<int:event_id>/book/", events.booking_add, name="booking-add"),
    path("events/<int:event_id>/bookings/import/", imports.booking_import, name="booking-import"),
    path("events/<int:event_id>/bookings/import/<int:import_id>/", imports.booking_import_check,
         name="booking-import-check"),
    path("bookings/import-example.csv", imports.booking_import_example, name="booking-import-example"),
]
