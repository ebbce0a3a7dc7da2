from django.urls import path

from . import views

app_name = "partnerships"
urlpatterns = [
    path("organisations/", views.organisation_list, name="organisation-list"),
    path("organisations/add/", views.organisation_add, name="organisation-add"),
    path("organisations/<int:pk>/", views.organisation_detail, name="organisation-detail"),
    path("organisations/<int:pk>/edit/", views.organisation_edit, name="organisation-edit"),
    path("people/", views.person_list, name="person-list"),
    path("people/add/", views.person_add, name="person-add"),
    path("people/<int:pk>/", views.person_detail, name="person-detail"),
    path("people/<int:pk>/edit/", views.person_edit, name="person-edit"),
    path("bodies/", views.body_list, name="body-list"),
    path("bodies/add/", views.body_add, name="body-add"),
    path("bodies/<int:pk>/", views.body_detail, name="body-detail"),
    path("bodies/<int:pk>/edit/", views.body_edit, name="body-edit"),
    path("priorities/", views.priority_list, name="priority-list"),
    path("priorities/add/", views.priority_add, name="priority-add"),
    path("priorities/<int:pk>/edit/", views.priority_edit, name="priority-edit"),
    path("priorities/<int:pk>/move/", views.priority_move, name="priority-move"),
    path("bodies/<int:pk>/members/add/", views.membership_add, name="membership-add"),
    path("members/<int:pk>/edit/", views.membership_edit, name="membership-edit"),
    path("members/<int:pk>/remove/", views.membership_remove, name="membership-remove"),
    path("accounts/", views.account_list, name="account-list"),
    path("accounts/add/", views.account_add, name="account-add"),
    path("accounts/<int:pk>/role/", views.account_edit, name="account-edit"),
    path("accounts/<int:pk>/deactivate/", views.account_deactivate, name="account-deactivate"),
    path("accounts/<int:pk>/reset/", views.account_reset, name="account-reset"),
    path("accounts/reactivate/<int:pk>/", views.account_reactivate, name="account-reactivate"),
]
