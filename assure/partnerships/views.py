from django.shortcuts import render

from assure.core.access import READ, partnership_view


@partnership_view(READ)
def dashboard(request):
    return render(request, "partnerships/dashboard.html", {})
