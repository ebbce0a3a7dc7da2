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
]
