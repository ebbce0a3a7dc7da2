from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service, call_service_for_button
from assure.core.pages import confirm_page, form_page

from .. import papers, services
from ..forms import AgendaItemForm, DecisionForm, EditAgendaItemForm, ItemActionForm, MinutesForm, PaperForm
from ..models import Decision, Paper
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


def _minutes_page(request, meeting, item, minutes_form=None, decision_form=None, status=200):
    return render(request, "meetings/item_minutes.html", {
        "meeting": meeting, "item": item,
        "form": minutes_form or MinutesForm(initial={"discussion": item.discussion, "version": item.version}),
        "decision_form": decision_form or DecisionForm(),
        "decisions": item.decisions.order_by("id"),
        "actions": item.actions.prefetch_related("owners__person").order_by("created_at", "id"),
    }, status=status)


@partnership_view(MANAGE)
def item_minutes(request, meeting_id, item_id):
    meeting = get_meeting(request, meeting_id)
    item = get_item(meeting, item_id)
    if request.method != "POST":
        return _minutes_page(request, meeting, item)
    form = MinutesForm(request.POST)
    if form.is_valid() and call_service(form, services.record_minutes, item, by=request.user, expected_version=form.cleaned_data["version"],
            discussion=form.cleaned_data["discussion"]):
        messages.success(request, f"Minutes of item {item.number} saved")
        return redirect(meeting_url(meeting, f"item-{item.pk}"))
    return _minutes_page(request, meeting, item, minutes_form=form)


@partnership_view(MANAGE)
def decision_add(request, meeting_id, item_id):
    meeting = get_meeting(request, meeting_id)
    item = get_item(meeting, item_id)
    if (refused := refuse_unless_post(request)):
        return refused
    form = DecisionForm(request.POST)
    if form.is_valid() and call_service(form, services.add_decision, item, text=form.cleaned_data["text"], by=request.user):
        messages.success(request, "Decision recorded")
        return redirect("meetings:item-minutes", request.partnership.slug, meeting.pk, item.pk)
    return _minutes_page(request, meeting, item, decision_form=form)


@partnership_view(MANAGE)
def decision_remove(request, meeting_id, item_id, decision_id):
    meeting = get_meeting(request, meeting_id)
    item = get_item(meeting, item_id)
    decision = get_object_or_404(Decision, pk=decision_id, item=item)
    if (refused := refuse_unless_post(request)):
        return refused
    try:
        services.remove_decision(decision, by=request.user)
        messages.success(request, "Decision removed")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("meetings:item-minutes", request.partnership.slug, meeting.pk, item.pk)


@partnership_view(MANAGE)
def item_action_add(request, meeting_id, item_id):
    meeting = get_meeting(request, meeting_id)
    item = get_item(meeting, item_id)
    form = ItemActionForm(request.POST or None, meeting=meeting)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if call_service(form, services.record_item_action, item, text=data["text"], owners=form.owners(),
                        by=request.user, due_date=data["due_date"], due_at_next_meeting=data["due_at_next_meeting"]):
            messages.success(request, "Action recorded")
            return redirect(meeting_url(meeting, f"item-{item.pk}"))
    return render(request, "meetings/item_action_form.html", {"form": form, "meeting": meeting, "item": item})


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
    return form_page(request, form, title="Upload a paper", caption=f"Item {item.number}. {item.title}",
                     submit="Upload", multipart=True, back_url=meeting_url(meeting, f"item-{item.pk}"))


@partnership_view(READ)
def paper_download(request, meeting_id, paper_id):
    meeting = get_meeting(request, meeting_id)
    paper = get_object_or_404(Paper, pk=paper_id, item__meeting=meeting)
    try:
        handle = paper.file.open("rb")
    except (FileNotFoundError, ValueError) as missing:
        raise Http404("The file of this paper is missing") from missing
    name = paper.original_name or f"{paper.title}.{papers.extension(paper.file.name)}"
    response = FileResponse(handle, as_attachment=True, filename=name, content_type=papers.content_type(name))
    return response


@partnership_view(MANAGE)
def paper_remove(request, meeting_id, paper_id):
    meeting = get_meeting(request, meeting_id)
    paper = get_object_or_404(Paper, pk=paper_id, item__meeting=meeting)
    if (refused := refuse_unless_post(request)):
        return refused
    if call_service_for_button(request, services.remove_paper, paper, by=request.user):
        messages.success(request, f"Paper “{paper.title}” removed")
    return redirect(meeting_url(meeting, "agenda"))
