from django.urls import path

from . import views

app_name = "meetings"
M = "<int:meeting_id>/"
ITEM = M + "items/<int:item_id>/"
urlpatterns = [
    path("", views.meeting_list, name="list"),
    path("schedule/", views.schedule, name="schedule"),
    path("attendance-report/", views.attendance_report, name="attendance-report"),
    path("forward-plan/", views.forward_plan, name="forward-plan"),
    path("forward-plan/add/", views.entry_add, name="forward-plan-add"),
    path("forward-plan/<int:entry_id>/edit/", views.entry_edit, name="forward-plan-edit"),
    path("forward-plan/<int:entry_id>/remove/", views.entry_remove, name="forward-plan-remove"),
    path(M, views.detail, name="detail"),
    path(M + "history/", views.history, name="history"),
    path(M + "edit/", views.edit, name="edit"),
    path(M + "cancel/", views.cancel, name="cancel"),
    path(M + "approve-previous-minutes/", views.approve_minutes, name="approve-minutes"),
    path(M + "minutes.docx", views.minutes_docx, name="minutes-docx"),
    path(M + "minutes.pdf", views.minutes_pdf, name="minutes-pdf"),
    path(M + "agenda-pack.pdf", views.pack_pdf, name="agenda-pack"),
    path(M + "action-log.docx", views.action_log_docx, name="action-log-docx"),
    path(M + "action-log.xlsx", views.action_log_xlsx, name="action-log-xlsx"),
    path(M + "attendance/", views.attendance, name="attendance"),
    path(M + "matters-arising/<int:action_id>/", views.matters_arising_update, name="matters-arising-update"),
    path(M + "forward-plan/<int:entry_id>/add-to-agenda/", views.entry_to_agenda, name="forward-plan-to-agenda"),
    path(M + "items/add/", views.item_add, name="item-add"),
    path(ITEM + "edit/", views.item_edit, name="item-edit"),
    path(ITEM + "remove/", views.item_remove, name="item-remove"),
    path(ITEM + "move/", views.item_move, name="item-move"),
    path(ITEM + "minutes/", views.item_minutes, name="item-minutes"),
    path(ITEM + "papers/add/", views.paper_add, name="paper-add"),
    path(M + "papers/<int:paper_id>/", views.paper_download, name="paper-download"),
    path(M + "papers/<int:paper_id>/remove/", views.paper_remove, name="paper-remove"),
]
