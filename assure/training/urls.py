from django.urls import path

from . import views

app_name = "training"

courses, events, impact, returns = views.courses, views.events, views.impact, views.returns

urlpatterns = [
    path("", courses.course_list, name="course-list"),
    path("courses/add/", courses.course_add, name="course-add"),
    path("courses/<int:course_id>/", courses.course_detail, name="course-detail"),
    path("courses/<int:course_id>/edit/", courses.course_edit, name="course-edit"),
    path("courses/<int:course_id>/events/add/", events.event_add, name="event-add"),
    path("events/<int:event_id>/", events.event_detail, name="event-detail"),
    path("events/<int:event_id>/edit/", events.event_edit, name="event-edit"),
    path("events/<int:event_id>/book/", events.booking_add, name="booking-add"),
    path("impact/", impact.year_impact, name="impact"),
    path("courses/<int:course_id>/impact/", impact.course_impact, name="course-impact"),
    path("courses/<int:course_id>/answers/", impact.course_answers, name="course-answers"),
    path("courses/<int:course_id>/answers/<int:answer_id>/quote/", impact.quote_choose, name="quote-choose"),
    path("courses/<int:course_id>/answers/<int:answer_id>/unquote/", impact.quote_unchoose, name="quote-unchoose"),
    path("returns/", returns.return_list, name="return-list"),
    path("returns/download/", returns.return_download, name="return-download"),
    path("returns/add/", returns.return_add, name="return-add"),
    path("returns/<int:return_id>/edit/", returns.return_edit, name="return-edit"),
    path("returns/<int:return_id>/remove/", returns.return_remove, name="return-remove"),
]
