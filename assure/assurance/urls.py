from django.urls import path

from . import views

app_name = "assurance"
urlpatterns = [
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
    path("audits/<int:activity_id>/findings/new/", views.audit_finding_add, name="audit-finding-add"),
    path("audits/<int:activity_id>/recommendations/new/", views.audit_recommendation_add,
         name="audit-recommendation-add"),
    path("audits/<int:activity_id>/recommendations/<int:recommendation_id>/actions/new/", views.audit_action_add,
         name="audit-action-add"),
    # thematic reviews, by their Activity's id
    path("thematic-reviews/", views.thematic_list, name="thematic-list"),
    path("thematic-reviews/new/", views.thematic_add, name="thematic-add"),
    path("thematic-reviews/<int:activity_id>/", views.thematic_detail, name="thematic-detail"),
    path("thematic-reviews/<int:activity_id>/edit/", views.thematic_edit, name="thematic-edit"),
    path("thematic-reviews/<int:activity_id>/self-evaluations/new/", views.self_evaluation_add,
         name="thematic-self-evaluation-add"),
    path("thematic-reviews/<int:activity_id>/findings/new/", views.thematic_finding_add, name="thematic-finding-add"),
    path("thematic-reviews/<int:activity_id>/recommendations/new/", views.thematic_recommendation_add,
         name="thematic-recommendation-add"),
    path("thematic-reviews/<int:activity_id>/recommendations/<int:recommendation_id>/actions/new/",
         views.thematic_action_add, name="thematic-action-add"),
    path("thematic-reviews/<int:activity_id>/progress/new/", views.progress_add, name="thematic-progress-add"),
]
