from django.shortcuts import render

from assure.core.access import READ, partnership_view

from . import queries


@partnership_view(READ)
def dashboard(request):
    summary = queries.dashboard(request.partnership, request.user)
    return render(request, "reports/dashboard.html", {"summary": summary})
