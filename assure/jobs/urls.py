from django.urls import path

from . import views

app_name = "jobs"

urlpatterns = [
    path("<int:job_id>/", views.job_detail, name="job-detail"),
    path("<int:job_id>/file/", views.job_file, name="job-file"),
]
