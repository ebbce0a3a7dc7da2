from django.urls import path

from . import views

app_name = "training"

courses, events, evaluations = views.courses, views.events, views.evaluations

urlpatterns = [
    path("", courses.course_list, name="course-list"),
    path("courses/add/", courses.course_add, name="course-add"),
    path("courses/<int:course_id>/", courses.course_detail, name="course-detail"),
    path("courses/<int:course_id>/edit/", courses.course_edit, name="course-edit"),
    path("courses/<int:course_id>/events/add/", events.event_add, name="event-add"),
    path("events/<int:event_id>/", events.event_detail, name="event-detail"),
    path("events/<int:event_id>/edit/", events.event_edit, name="event-edit"),
    path("events/<int:event_id>/book/", events.booking_add, name="booking-add"),
    path("courses/<int:course_id>/evaluation/", evaluations.course_evaluation, name="course-evaluation"),
    path("courses/<int:course_id>/evaluation/add/", evaluations.question_add, name="question-add"),
    path("questions/<int:question_id>/edit/", evaluations.question_edit, name="question-edit"),
    path("questions/<int:question_id>/remove/", evaluations.question_remove, name="question-remove"),
    path("questions/<int:question_id>/move/", evaluations.question_move, name="question-move"),
    path("events/<int:event_id>/evaluation/", evaluations.event_evaluation, name="event-evaluation"),
    path("events/<int:event_id>/evaluation/issue/", evaluations.links_issue, name="links-issue"),
    path("events/<int:event_id>/evaluation/links.csv", evaluations.links_download, name="links-download"),
    path("evaluation-links/<int:link_id>/withdraw/", evaluations.link_withdraw, name="link-withdraw"),
    path("evaluation-links/<int:link_id>/reissue/", evaluations.link_reissue, name="link-reissue"),
    path("evaluate/<str:token>/", evaluations.evaluate, name="evaluate"),
]
