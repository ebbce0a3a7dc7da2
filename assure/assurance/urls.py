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
    # case audits (multi-agency and single-agency), by their Activity's id
    path("audits/", views.audit_list, name="audit-list"),
    path("audits/new/", views.audit_add, name="audit-add"),
    path("audits/grading-scale/", views.grading_scale, name="grading-scale"),
    path("audits/<int:activity_id>/", views.audit_detail, name="audit-detail"),
    path("audits/<int:activity_id>/edit/", views.audit_edit, name="audit-edit"),
    path("audits/<int:activity_id>/cases/new/", views.audit_case_add, name="audit-case-add"),
    path("audits/<int:activity_id>/cases/<int:case_id>/remove/", views.audit_case_remove, name="audit-case-remove"),
    path("audits/<int:activity_id>/returns/new/", views.audit_return_add, name="audit-return-add"),
    # thematic reviews, by their Activity's id
    path("thematic-reviews/", views.thematic_list, name="thematic-list"),
    path("thematic-reviews/new/", views.thematic_add, name="thematic-add"),
    path("thematic-reviews/<int:activity_id>/", views.thematic_detail, name="thematic-detail"),
    path("thematic-reviews/<int:activity_id>/edit/", views.thematic_edit, name="thematic-edit"),
    path("thematic-reviews/<int:activity_id>/self-evaluations/new/", views.self_evaluation_add,
         name="thematic-self-evaluation-add"),
    path("thematic-reviews/<int:activity_id>/progress/new/", views.progress_add, name="thematic-progress-add"),
]
