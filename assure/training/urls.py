from django.urls import path

from . import views

app_name = "training"

courses, events, places, evaluations = views.courses, views.events, views.places, views.evaluations
charges, delegates, outcomes, policy = views.charges, views.delegates, views.outcomes, views.policy
imports, impact, returns = views.booking_imports, views.impact, views.returns

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
    # Learning outcomes and retiring a course
    path("courses/<int:course_id>/outcomes/add/", outcomes.outcome_add, name="outcome-add"),
    path("courses/<int:course_id>/outcomes/<int:outcome_id>/edit/", outcomes.outcome_edit, name="outcome-edit"),
    path("courses/<int:course_id>/outcomes/<int:outcome_id>/remove/", outcomes.outcome_remove,
         name="outcome-remove"),
    path("courses/<int:course_id>/outcomes/<int:outcome_id>/move/", outcomes.outcome_move, name="outcome-move"),
    path("courses/<int:course_id>/retire/", outcomes.course_retire, name="course-retire"),
    path("courses/<int:course_id>/reinstate/", outcomes.course_reinstate, name="course-reinstate"),
    # The training policy and the charges it implies
    path("policy/", policy.policy, name="policy"),
    path("policy/edit/", policy.policy_edit, name="policy-edit"),
    path("charges/", charges.charge_list, name="charges"),
    path("charges/download/", charges.charge_download, name="charges-download"),
    path("events/<int:event_id>/bookings/<int:booking_id>/waive/", charges.charge_waive, name="charge-waive"),
    # Delegates
    path("delegates/", delegates.delegate_list, name="delegate-list"),
    path("delegates/<int:delegate_id>/", delegates.delegate_detail, name="delegate-detail"),
    path("delegates/<int:delegate_id>/edit/", delegates.delegate_edit, name="delegate-edit"),
    path("delegates/<int:delegate_id>/not-a-duplicate/", delegates.delegate_not_duplicate,
         name="delegate-not-duplicate"),
    path("delegates/<int:delegate_id>/merge/", delegates.delegate_merge, name="delegate-merge"),
    path("events/<int:event_id>/bookings/import/", imports.booking_import, name="booking-import"),
    path("events/<int:event_id>/bookings/import/<int:import_id>/", imports.booking_import_check,
         name="booking-import-check"),
    path("bookings/import-example.csv", imports.booking_import_example, name="booking-import-example"),
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
