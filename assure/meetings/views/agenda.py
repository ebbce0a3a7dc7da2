from django.contrib import messages
from django.forms import Form
from django.shortcuts import get_object_or_404, redirect, render

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service, call_service_for_button
from assure.core.pages import confirm_page, file_download, form_page

from .. import papers, services
from ..forms import AgendaItemForm, EditAgendaItemForm, ItemPage, PaperForm
from ..models import Paper
from ._common import get_item, get_meeting, refuse_unless_post
from .meetings import meeting_url


@partnership_view(MANAGE)
def item_add(request, meeting_id):
    meeting = get_meeting(request, meeting_id)
    form = AgendaItemForm(request.POST or None, meeting=meeting)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_agenda_item, meeting, by=request.user, **form.cleaned_data)
        if outcome:
            messages.success(request, f"Item {outcome.result.number} added to the agenda")
            return redirect(meeting_url(meeting, "agenda"))
    return form_page(request, form, title="Add an agenda item", caption=f"{meeting.body}, {meeting.date:%-d %B %Y}",
                     back_url=meeting_url(meeting, "agenda"))


@partnership_view(MANAGE)
def item_edit(request, meeting_id, item_id):
    meeting = get_meeting(request, meeting_id)
    item = get_item(meeting, item_id)
    form = EditAgendaItemForm(request.POST or None, meeting=meeting, initial={
        "number": item.number, "title": item.title, "presenter": item.presenter_id, "version": item.version})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.edit_agenda_item, item, by=request.user, expected_version=form.expected_version,
                        number=data["number"], title=data["title"], presenter=data["presenter"]):
            messages.success(request, f"Item {item.number} saved")
            return redirect(meeting_url(meeting, f"item-{item.pk}"))
    return form_page(request, form, title=f"Change item {item.number}",
                     caption=f"{meeting.body}, {meeting.date:%-d %B %Y}", back_url=meeting_url(meeting, "agenda"))


@partnership_view(MANAGE)
def item_remove(request, meeting_id, item_id):
    meeting = get_meeting(request, meeting_id)
    item = get_item(meeting, item_id)
    form = Form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_agenda_item, item, by=request.user):
            messages.success(request, f"Item {item.number} removed from the agenda")
            return redirect(meeting_url(meeting, "agenda"))
    return confirm_page(request, form=form, title=f"Remove item {item.number}. {item.title}?",
                        caption=f"{meeting.body}, {meeting.date:%-d %B %Y}",
                        warning="Its minutes, decisions and papers will be removed with it.", button="Remove item",
                        cancel_url=meeting_url(meeting, f"item-{item.pk}"))


@partnership_view(MANAGE)
def item_move(request, meeting_id, item_id):
    meeting = get_meeting(request, meeting_id)
    item = get_item(meeting, item_id)
    if (refused := refuse_unless_post(request)):
        return refused
    call_service_for_button(request, services.move_agenda_item, item, by=request.user,
                            direction=request.POST.get("direction", ""))
    return redirect(meeting_url(meeting, "agenda"))


def _item_page(request, meeting, item, page, status=200):
    return render(request, "meetings/item_minutes.html", {
        "meeting": meeting, "item": item, "page": page,
        "actions": item.actions.prefetch_related("owners__person").order_by("created_at", "id"),
    }, status=status)


@partnership_view(MANAGE)
def item_minutes(request, meeting_id, item_id):
    """Minutes, decisions and new actions on one form, saved together by one service call: nothing dropped."""
    meeting = get_meeting(request, meeting_id)
    item = get_item(meeting, item_id)
    if request.method != "POST":
        return _item_page(request, meeting, item, ItemPage(item))
    grow = {"add_decision": "decision", "add_action": "action"}.get(request.POST.get("add_another", ""), "")
    page = ItemPage(item, request.POST, grow=grow)
    if not grow and page.is_valid() and call_service(page.minutes, services.record_item_minutes, item,
                                                     by=request.user, **page.changes()):
        messages.success(request, f"Minutes, decisions and actions of item {item.number} saved")
        return redirect(meeting_url(meeting, f"item-{item.pk}"))
    return _item_page(request, meeting, item, page)


@partnership_view(MANAGE)
def paper_add(request, meeting_id, item_id):
    meeting = get_meeting(request, meeting_id)
    item = get_item(meeting, item_id)
    form = PaperForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.add_paper, item, upload=form.cleaned_data["file"],
                        title=form.cleaned_data["title"], by=request.user):
            messages.success(request, "Paper uploaded")
            return redirect(meeting_url(meeting, f"item-{item.pk}"))
    # Not core's form_page: the item's papers are listed above the upload, each with its Remove button.
    return render(request, "meetings/paper_form.html", {"form": form, "meeting": meeting, "item": item})


@partnership_view(READ)
def paper_download(request, meeting_id, paper_id):
    meeting = get_meeting(request, meeting_id)
    paper = get_object_or_404(Paper, pk=paper_id, item__meeting=meeting)
    name = paper.original_name or f"{paper.title}.{papers.extension(paper.file.name)}"
    return file_download(paper.file, name, papers.content_type(name))


@partnership_view(MANAGE)
def paper_remove(request, meeting_id, paper_id):
    meeting = get_meeting(request, meeting_id)
    paper = get_object_or_404(Paper, pk=paper_id, item__meeting=meeting)
    if (refused := refuse_unless_post(request)):
        return refused
    if call_service_for_button(request, services.remove_paper, paper, by=request.user):
        messages.success(request, f"Paper “{paper.title}” removed")
    return redirect("meetings:paper-add", request.partnership.slug, meeting.pk, paper.item_id)
