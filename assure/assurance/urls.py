from django.urls import path

from . import views

app_name = "assurance"
urlpatterns = [
    path("", views.programme, name="programme"),
    path("overview/", views.overview, name="overview"),
    path("activities/new/", views.activity_add, name="activity-add"),
    path("activities/<int:activity_id>/", views.activity_detail, name="activity-detail"),
    path("activities/<int:activity_id>/edit/", views.activity_edit, name="activity-edit"),
    path("activities/<int:activity_id>/findings/new/", views.finding_add, name="finding-add"),
    path("activities/<int:activity_id>/recommendations/new/", views.recommendation_add, name="recommendation-add"),
    path("recommendations/<int:recommendation_id>/actions/new/", views.recommendation_action_add,
         name="recommendation-action-add"),
    path("risks/", views.risk_list, name="risk-list"),
    path("risks/heat-map/", views.heat_map, name="risk-heat-map"),
    path("risks/new/", views.risk_add, name="risk-add"),
    path("risks/<int:risk_id>/", views.risk_detail, name="risk-detail"),
    path("risks/<int:risk_id>/edit/", views.risk_edit, name="risk-edit"),
    path("risks/<int:risk_id>/actions/new/", views.risk_action_add, name="risk-action-add"),
    path("risks/<int:risk_id>/close/", views.risk_close, name="risk-close"),
    path("risks/<int:risk_id>/reopen/", views.risk_reopen, name="risk-reopen"),
    # self-assessments: section 11 and section 175/157 (issue 9 point 4)
    path("self-assessments/", views.round_list, name="sa-round-list"),
    path("self-assessments/new/", views.round_add, name="sa-round-add"),
    path("self-assessments/start/<int:activity_id>/", views.round_start, name="sa-round-start"),
    path("self-assessments/standards/", views.template_edit, name="sa-template"),
    path("self-assessments/<int:activity_id>/", views.round_detail, name="sa-round-detail"),
    path("self-assessments/<int:activity_id>/deadline/", views.round_deadline, name="sa-round-deadline"),
    path("self-assessments/<int:activity_id>/organisations/", views.round_organisations,
         name="sa-round-organisations"),
    path("self-assessments/<int:activity_id>/import/", views.import_upload, name="sa-import"),
    path("self-assessments/<int:activity_id>/import/<int:import_id>/", views.import_preview,
         name="sa-import-preview"),
    path("self-assessments/<int:activity_id>/returns/<int:return_id>/", views.return_detail, name="sa-return-detail"),
    path("self-assessments/<int:activity_id>/returns/<int:return_id>/fill-in/", views.return_edit,
         name="sa-return-edit"),
    path("self-assessments/<int:activity_id>/returns/<int:return_id>/contact/", views.return_contact,
         name="sa-return-contact"),
    path("self-assessments/<int:activity_id>/returns/<int:return_id>/follow-ups/new/", views.follow_up_add,
         name="sa-follow-up-add"),
    path("self-assessments/<int:activity_id>/returns/<int:return_id>/action-plan/new/",
         views.plan_recommendation_add, name="sa-recommendation-add"),
    path("self-assessments/<int:activity_id>/returns/<int:return_id>/action-plan/<int:recommendation_id>/actions/"
         "new/", views.plan_action_add, name="sa-plan-action-add"),
]
