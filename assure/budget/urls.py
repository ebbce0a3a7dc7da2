from django.urls import path

from . import views

app_name = "budget"

urlpatterns = [
    path("", views.years.year_list, name="year-list"),
    path("<int:start_year>/", views.years.year_detail, name="year-detail"),
]
