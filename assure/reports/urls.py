from django.urls import path

from . import views, yearly_views

app_name = "reports"
yearly = "reports/yearly/<int:report_id>/"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("reports/", yearly_views.report_list, name="yearly-list"),
    path("reports/yearly/start/", yearly_views.start, name="yearly-start"),
    path(yearly, yearly_views.detail, name="yearly-detail"),
    path(yearly + "redraft/", yearly_views.redraft, name="yearly-redraft"),
    path(yearly + "sections/<str:key>/", yearly_views.edit_section, name="yearly-section-edit"),
    path(yearly + "comment/", yearly_views.comment, name="yearly-comment"),
    path(yearly + "comments/<int:comment_id>/resolve/", yearly_views.resolve_comment, name="yearly-comment-resolve"),
    path(yearly + "checklist/", yearly_views.checklist_page, name="yearly-checklist"),
    path(yearly + "checklist/<str:code>/reason/", yearly_views.record_reason, name="yearly-reason"),
    path(yearly + "reasons/<int:reason_id>/remove/", yearly_views.remove_reason, name="yearly-reason-remove"),
    path(yearly + "partner-reports/add/", yearly_views.upload_partner_report, name="yearly-partner-report-add"),
    path(yearly + "partner-reports/<int:partner_report_id>/", yearly_views.partner_report_download,
         name="yearly-partner-report"),
    path(yearly + "sign-off/", yearly_views.sign_off, name="yearly-sign-off"),
    path(yearly + "reopen/", yearly_views.reopen, name="yearly-reopen"),
    path(yearly + "publish/", yearly_views.publish, name="yearly-publish"),
    path(yearly + "distribution/", yearly_views.distribution, name="yearly-distribution"),
    path(yearly + "distribution/add/", yearly_views.add_recipient, name="yearly-recipient-add"),
    path(yearly + "distribution/<int:recipient_id>/sent/", yearly_views.record_sending, name="yearly-recipient-sent"),
    path(yearly + "yearly-report.<str:file_format>", yearly_views.download, name="yearly-download"),
]
