"""The REST API, version 1 (ADR 0146), with its OpenAPI schema and documentation pages."""
from csp.decorators import csp_update
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from . import views_v1 as v

app_name = "api-v1"

router = DefaultRouter(trailing_slash=True)
router.include_root_view = False
router.register("meetings", v.MeetingViewSet, basename="meeting")
router.register("agenda-items", v.AgendaItemViewSet, basename="agenda-item")
router.register("actions", v.ActionViewSet, basename="action")
router.register("reviews", v.ReviewViewSet, basename="review")
router.register("assurance/activities", v.ActivityViewSet, basename="activity")
router.register("assurance/inspections", v.InspectionViewSet, basename="inspection")
router.register("assurance/escalations", v.EscalationViewSet, basename="escalation")
router.register("assurance/risks", v.RiskViewSet, basename="risk")
router.register("dataset-values", v.FigureViewSet, basename="dataset-value")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # Swagger UI sets one inline style as it draws; inline styles (never scripts) are allowed on this page alone.
    path("docs/", csp_update({"style-src": ["'unsafe-inline'"]})(
        SpectacularSwaggerSplitView.as_view(url_name="api-v1:schema")), name="docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api-v1:schema"), name="redoc"),
    path("", include(router.urls)),
]
