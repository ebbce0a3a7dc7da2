from django.shortcuts import render

from assure.core.access import READ, partnership_view

from .models import Meeting


@partnership_view(READ)
def meeting_list(request):
    meetings = Meeting.objects.filter(partnership=request.partnership).select_related("body")
    return render(request, "meetings/meeting_list.html", {"meetings": meetings})
