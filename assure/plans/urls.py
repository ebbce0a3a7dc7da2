from django.urls import path

from . import views

app_name = "plans"

urlpatterns = [
    path("", views.plan, name="plan"),
    path("priorities/<int:priority_id>/", views.priority_detail, name="priority-detail"),
    path("priorities/<int:priority_id>/objectives/add/", views.objective_add, name="objective-add"),
    path("priorities/<int:priority_id>/objectives/<int:objective_id>/edit/", views.objective_edit,
         name="objective-edit"),
    path("priorities/<int:priority_id>/objectives/<int:objective_id>/remove/", views.objective_remove,
         name="objective-remove"),
    path("priorities/<int:priority_id>/objectives/<int:objective_id>/move/", views.objective_move,
         name="objective-move"),
    path("priorities/<int:priority_id>/objectives/<int:objective_id>/evidence/", views.evidence_edit,
         name="evidence-edit"),
    path("priorities/<int:priority_id>/ratings/add/", views.progress_add, name="progress-add"),
    path("priorities/<int:priority_id>/ratings/<str:quarter>/", views.progress_edit, name="progress-edit"),
]
