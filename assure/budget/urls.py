from django.urls import path

from . import views

app_name = "budget"

urlpatterns = [
    path("", views.years.year_list, name="year-list"),
    path("review-costs/", views.spending.review_costs, name="review-costs"),
    path("<int:start_year>/", views.years.year_detail, name="year-detail"),
    path("<int:start_year>/spending/", views.spending.spending_list, name="spending-list"),
    path("<int:start_year>/spending/add/", views.spending.spending_add, name="spending-add"),
    path("<int:start_year>/spending/<int:spending_id>/edit/", views.spending.spending_edit, name="spending-edit"),
    path("<int:start_year>/spending/<int:spending_id>/remove/", views.spending.spending_remove,
         name="spending-remove"),
    path("<int:start_year>/spending/import/", views.spending_imports.spending_import, name="spending-import"),
    path("<int:start_year>/spending/import/<int:import_id>/", views.spending_imports.spending_import_check,
         name="spending-import-check"),
]
