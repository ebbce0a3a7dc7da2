from django.contrib import admin
from django.urls import include, path
from django_otp.admin import OTPAdminSite

from assure.core.admin_site import SuperuserOnlyMixin


class AssureAdminSite(SuperuserOnlyMixin, OTPAdminSite):
    site_header = "Assure administration (operators only)"


# The admin is a fallback for platform operators (superusers), behind the same second factor.
admin.site.__class__ = AssureAdminSite

urlpatterns = [
    path("", include("assure.core.urls")),
    path("p/<slug:slug>/", include("assure.reports.urls")),
    path("p/<slug:slug>/", include("assure.partnerships.urls")),
    path("p/<slug:slug>/meetings/", include("assure.meetings.urls")),
    path("p/<slug:slug>/actions/", include("assure.actions.urls")),
    path("p/<slug:slug>/imports/", include("assure.imports.urls")),
    path("p/<slug:slug>/reviews/", include("assure.reviews.urls")),
    path("p/<slug:slug>/assurance/", include("assure.assurance.urls")),
    path("p/<slug:slug>/performance/", include("assure.performance.urls")),
    path("p/<slug:slug>/budget/", include("assure.budget.urls")),
    path("p/<slug:slug>/training/", include("assure.training.urls")),
    path("p/<slug:slug>/plan/", include("assure.plans.urls")),
    path("p/<slug:slug>/jobs/", include("assure.jobs.urls")),
    path("p/<slug:slug>/calendar/", include("assure.calendars.urls")),
    path("p/<slug:slug>/emails/", include("assure.reminders.urls")),
    path("p/<slug:slug>/search/", include("assure.search.urls")),
    path("p/<slug:slug>/api-tokens/", include("assure.api.urls")),
    path("api/v1/", include("assure.api.v1_urls")),
    path("admin/", admin.site.urls),
]

# An unexpected error: "Sorry, the service is unavailable" (503) when the database is down, else the 500 page.
handler500 = "assure.core.errors.server_error"
