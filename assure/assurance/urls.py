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
    path("findings/<int:finding_id>/edit/", views.finding_edit, name="finding-edit"),
    path("findings/<int:finding_id>/remove/", views.finding_remove, name="finding-remove"),
    path("recommendations/<int:recommendation_id>/edit/", views.recommendation_edit, name="recommendation-edit"),
    path("recommendations/<int:recommendation_id>/remove/", views.recommendation_remove,
         name="recommendation-remove"),
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

# Setting up the details of an activity already on the programme (views/set_up.py), by its id.
urlpatterns += [
    path("audits/set-up/<int:activity_id>/", views.audit_set_up, name="audit-set-up"),
    path("thematic-reviews/set-up/<int:activity_id>/", views.thematic_set_up, name="thematic-set-up"),
    path("inspections/set-up/<int:activity_id>/", views.inspection_set_up, name="inspection-set-up"),
]

# Inspections (issue 9 point 5): addressed by their activity's id.
urlpatterns += [
    path("inspections/", views.inspections.inspection_list, name="inspection-list"),
    path("inspections/new/", views.inspections.inspection_add, name="inspection-add"),
    path("inspections/<int:activity_id>/", views.inspections.inspection_detail, name="inspection-detail"),
    path("inspections/<int:activity_id>/edit/", views.inspections.inspection_edit, name="inspection-edit"),
    path("inspections/<int:activity_id>/judgements/new/", views.inspections.judgement_add,
         name="inspection-judgement-add"),
    path("inspections/<int:activity_id>/judgements/<int:judgement_id>/remove/", views.inspections.judgement_remove,
         name="inspection-judgement-remove"),
    path("inspections/<int:activity_id>/report/", views.inspections.report_upload, name="inspection-report-upload"),
    path("inspections/<int:activity_id>/report/download/", views.inspections.report_download,
         name="inspection-report-download"),
    path("inspections/<int:activity_id>/preparation/new/", views.inspections.preparation_add,
         name="inspection-preparation-add"),
]

# Escalations and professional disagreements (point 6), and the partnership's stages.
urlpatterns += [
    path("escalations/", views.escalations.escalation_list, name="escalation-list"),
    path("escalations/new/", views.escalations.escalation_add, name="escalation-add"),
    path("escalations/<int:escalation_id>/", views.escalations.escalation_detail, name="escalation-detail"),
    path("escalations/<int:escalation_id>/edit/", views.escalations.escalation_edit, name="escalation-edit"),
    path("escalations/<int:escalation_id>/escalate/", views.escalations.escalation_escalate,
         name="escalation-escalate"),
    path("escalations/<int:escalation_id>/resolve/", views.escalations.escalation_resolve, name="escalation-resolve"),
    path("escalations/stages/", views.escalations.stage_list, name="escalation-stages"),
    path("escalations/stages/new/", views.escalations.stage_add, name="escalation-stage-add"),
    path("escalations/stages/<int:stage_id>/edit/", views.escalations.stage_edit, name="escalation-stage-edit"),
    path("escalations/stages/<int:stage_id>/remove/", views.escalations.stage_remove, name="escalation-stage-remove"),
]

# Complaints about the partnership (point 7), and its timescales.
urlpatterns += [
    path("complaints/", views.complaints.complaint_list, name="complaint-list"),
    path("complaints/new/", views.complaints.complaint_add, name="complaint-add"),
    path("complaints/timescales/", views.complaints.timescales_edit, name="complaint-timescales"),
    path("complaints/<int:complaint_id>/", views.complaints.complaint_detail, name="complaint-detail"),
    path("complaints/<int:complaint_id>/edit/", views.complaints.complaint_edit, name="complaint-edit"),
    path("complaints/<int:complaint_id>/acknowledge/", views.complaints.complaint_acknowledge,
         name="complaint-acknowledge"),
    path("complaints/<int:complaint_id>/respond/", views.complaints.complaint_respond, name="complaint-respond"),
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
