from django.urls import path

from . import views

app_name = "budget"

years, contributions = views.years, views.contributions

urlpatterns = [
    path("", years.year_list, name="year-list"),
    path("add/", years.year_add, name="year-add"),
    path("<int:start_year>/", years.year_detail, name="year-detail"),
    path("<int:start_year>/edit/", years.year_edit, name="year-edit"),
    path("<int:start_year>/close/", years.year_close, name="year-close"),
    path("<int:start_year>/reopen/", years.year_reopen, name="year-reopen"),
    path("<int:start_year>/lines/add/", years.line_add, name="line-add"),
    path("<int:start_year>/lines/<int:line_id>/edit/", years.line_edit, name="line-edit"),
    path("<int:start_year>/contributions/", contributions.contribution_list, name="contribution-list"),
    path("<int:start_year>/contributions/add/", contributions.contribution_add, name="contribution-add"),
    path("<int:start_year>/contributions/propose/", contributions.contributions_propose,
         name="contributions-propose"),
    path("contributions/<int:contribution_id>/", contributions.contribution_detail, name="contribution-detail"),
    path("contributions/<int:contribution_id>/edit/", contributions.contribution_edit, name="contribution-edit"),
    path("contributions/<int:contribution_id>/remove/", contributions.contribution_remove,
         name="contribution-remove"),
    path("contributions/<int:contribution_id>/invoices/add/", contributions.invoice_add, name="invoice-add"),
    path("contributions/<int:contribution_id>/payments/add/", contributions.payment_add, name="payment-add"),
    path("review-costs/", views.spending.review_costs, name="review-costs"),
    path("<int:start_year>/spending/", views.spending.spending_list, name="spending-list"),
    path("<int:start_year>/spending/add/", views.spending.spending_add, name="spending-add"),
    path("<int:start_year>/spending/<int:spending_id>/edit/", views.spending.spending_edit, name="spending-edit"),
    path("<int:start_year>/spending/<int:spending_id>/remove/", views.spending.spending_remove,
         name="spending-remove"),
    path("<int:start_year>/spending/import/", views.spending_imports.spending_import, name="spending-import"),
    path("<int:start_year>/spending/import/<int:import_id>/", views.spending_imports.spending_import_check,
         name="spending-import-check"),
    path("<int:start_year>/finance-appendix/", views.years.finance_appendix, name="finance-appendix"),
    path("<int:start_year>/finance-appendix.docx", views.years.finance_appendix_docx, name="finance-appendix-docx"),
]
