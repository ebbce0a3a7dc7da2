from django.urls import path

from . import views

app_name = "performance"

urlpatterns = [
    path("", views.dataset.dataset, name="dataset"),
    path("indicators/<int:indicator_id>/", views.dataset.indicator_detail, name="indicator-detail"),
    path("indicators/<int:indicator_id>/commentary/<str:quarter>/", views.quarters.commentary_edit,
         name="commentary-edit"),
    path("quarters/", views.quarters.quarter_list, name="quarter-list"),
    path("quarters/<str:quarter>/", views.quarters.quarter, name="quarter"),
    path("quarters/<str:quarter>/approve/", views.quarters.quarter_approve, name="quarter-approve"),
    path("quarters/<str:quarter>/reopen/", views.quarters.quarter_reopen, name="quarter-reopen"),
    path("quarters/<str:quarter>/pack.docx", views.quarters.pack_docx, name="pack-docx"),
    path("quarters/<str:quarter>/pack.pdf", views.quarters.pack_pdf, name="pack-pdf"),
    path("quarters/<str:quarter>/to-meeting/", views.quarters.pack_to_meeting, name="pack-to-meeting"),
]
