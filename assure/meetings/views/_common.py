"""Lookups scoped to request.partnership (another partnership's ids give 404)."""
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404

from assure.core.forms import call_service

from ..models import AgendaItem, Meeting


def get_meeting(request, meeting_id) -> Meeting:
    return get_object_or_404(Meeting.objects.select_related("body", "partnership"), pk=meeting_id,
                             partnership=request.partnership)


def get_item(meeting, item_id) -> AgendaItem:
    return get_object_or_404(AgendaItem.objects.select_related("meeting__body", "meeting__partnership"),
                             pk=item_id, meeting=meeting)


def attempt(form, call):
    """call_service for the attendance and item pages, which the meetings rewrite moves to call_service itself.

    Returns the service's result (or True), or None when refused (the refusal is then on the form).
    """
    outcome = call_service(form, call)
    return (outcome.result or True) if outcome else None


def refuse_unless_post(request):
    """For POST-only views, called after the records are looked up: another partnership's ids give 404
    (not 405), so a guessed id reveals nothing even to a GET."""
    return None if request.method == "POST" else HttpResponseNotAllowed(["POST"])
