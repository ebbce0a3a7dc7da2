from django.urls import path

from . import views

app_name = "budget"

urlpatterns = [
    path("", views.years.year_list, name="year-list"),
    path("<int:start_year>/", views.years.year_detail, name="year-detail"),
    path("<int:start_year>/finance-appendix/", views.years.finance_appendix, name="finance-appendix"),
    path("<int:start_year>/finance-appendix.docx", views.years.finance_appendix_docx, name="finance-appendix-docx"),
]
