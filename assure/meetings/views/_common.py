"""Lookups scoped to request.partnership (another partnership's ids give 404)."""
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404

from ..models import AgendaItem, Meeting


def get_meeting(request, meeting_id) -> Meeting:
    return get_object_or_404(Meeting.objects.select_related("body", "partnership"), pk=meeting_id,
                             partnership=request.partnership)


def get_item(meeting, item_id) -> AgendaItem:
    return get_object_or_404(AgendaItem.objects.select_related("meeting__body", "meeting__partnership"),
                             pk=item_id, meeting=meeting)


def refuse_unless_post(request):
    """For POST-only views, called after the records are looked up: another partnership's ids give 404
    (not 405), so a guessed id reveals nothing even to a GET."""
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])
