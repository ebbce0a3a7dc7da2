from django.urls import path

from . import views

app_name = "performance"

urlpatterns = [
    path("", views.dataset.dataset, name="dataset"),
    path("indicators/", views.catalogue.indicator_list, name="indicator-list"),
    path("indicators/add/", views.catalogue.indicator_add, name="indicator-add"),
    path("indicators/<int:indicator_id>/", views.dataset.indicator_detail, name="indicator-detail"),
    path("imports/", views.imports.import_list, name="import-list"),
    path("imports/new/", views.imports.upload, name="import"),
    path("imports/template/", views.imports.template, name="import-template"),
    path("imports/<int:import_id>/", views.imports.check, name="import-check"),
    path("indicators/<int:indicator_id>/edit/", views.catalogue.indicator_edit, name="indicator-edit"),
    path("indicators/<int:indicator_id>/retire/", views.catalogue.indicator_retire, name="indicator-retire"),
    path("indicators/<int:indicator_id>/reinstate/", views.catalogue.indicator_reinstate, name="indicator-reinstate"),
    path("indicators/<int:indicator_id>/move/", views.catalogue.indicator_move, name="indicator-move"),
    path("indicators/<int:indicator_id>/figures/", views.figures.figure_list, name="figure-list"),
    path("indicators/<int:indicator_id>/figures/add/", views.figures.figure_add, name="figure-add"),
    path("figures/<int:figure_id>/edit/", views.figures.figure_edit, name="figure-edit"),
    path("figures/<int:figure_id>/remove/", views.figures.figure_remove, name="figure-remove"),
    path("indicators/<int:indicator_id>/comparators/add/", views.figures.comparator_add, name="comparator-add"),
    path("comparators/<int:comparator_id>/remove/", views.figures.comparator_remove, name="comparator-remove"),
    path("area/", views.area.area, name="area"),
    path("area/edit/", views.area.area_edit, name="area-edit"),
    path("area/neighbours/", views.area.neighbours_edit, name="neighbours-edit"),
    path("area/authorities/add/", views.area.authority_add, name="authority-add"),
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
