"""Upload minutes, check the draft beside the source, save it as a meeting. Business team only."""
from django.contrib import messages
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.dates import parse_date
from assure.core.forms import call_service, call_service_for_button
from assure.core.pages import file_download
from assure.core.pagination import paginate
from assure.partnerships.models import Body, Organisation, Person

from . import queries, services
from .forms import CheckForms, UploadForm
from .models import ImportedDocument


@partnership_view(MANAGE)
def import_list(request):
    documents = queries.imported_documents(request.partnership).order_by("-uploaded_at", "-id")
    return render(request, "imports/import_list.html", {"documents": paginate(request, documents),
                                                        "last_many": queries.last_many(request.partnership,
                                                                                       request.user)})


@partnership_view(MANAGE)
def upload(request):
    """One file is read now and opens its check page; several are checked for size and type now and read into
    drafts by a job (ADR 0149), whose page shows "3 of 12 read" and then each draft or refusal."""
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        files = form.cleaned_data["file"]
        if len(files) > 1:
            return _upload_many(request, form, files)
        try:
            document, created = services.import_upload(partnership=request.partnership, upload=files[0],
                                                       by=request.user)
        except services.ImportRefused as refused:
            form.add_error("file", refused.reason)
        else:
            if not created:
                messages.info(request, f"This file was already imported on {document.uploaded_at:%-d %B %Y} "
                                       f"as '{document.file_name}'. Nothing has changed.")
            return redirect("imports:check", request.partnership.slug, document.pk)
    return render(request, "imports/upload.html", {"form": form})


def _upload_many(request, form, files):
    job, refusals = services.import_many(partnership=request.partnership, uploads=files, by=request.user,
                                         return_url=reverse("imports:list", args=[request.partnership.slug]))
    if job is None:   # every file refused: say why, file by file, and keep the page
        for file_name, reason in refusals:
            form.add_error("file", f"{file_name}: {reason}")
        return render(request, "imports/upload.html", {"form": form})
    if refusals:
        messages.warning(request, f"{len(refusals)} of {len(files)} files refused before reading: "
                         + "; ".join(f"{name}: {reason}" for name, reason in refusals))
    return redirect("jobs:job-detail", request.partnership.slug, job.pk)


def _check_forms(request, document, data=None) -> CheckForms:
    partnership, record = request.partnership, document.record or {}
    proposal = queries.propose(partnership, record)
    return CheckForms(
        data, document=document, proposal=proposal,
        people=Person.objects.filter(partnership=partnership).select_related("organisation"),
        organisations=Organisation.objects.filter(partnership=partnership),
        bodies=Body.objects.filter(partnership=partnership),
        open_actions=queries.open_actions_before(partnership, proposal.body.id, parse_date(record.get("date"))),
        owner_problems=queries.owner_problems(partnership, record),
    )


def meeting_url(meeting) -> str:
    try:
        return reverse("meetings:detail", args=[meeting.partnership.slug, meeting.pk])
    except NoReverseMatch:
        return reverse("meetings:list", args=[meeting.partnership.slug])


@partnership_view(MANAGE)
def check(request, pk):
    document = get_object_or_404(ImportedDocument, pk=pk, partnership=request.partnership)
    if not document.is_draft:
        return render(request, "imports/outcome.html", {
            "document": document, "meeting_url": meeting_url(document.meeting) if document.meeting else None,
            "notes": (document.record or {}).get("commit_notes") or []})
    forms = _check_forms(request, document, request.POST if request.method == "POST" else None)
    if request.method == "POST" and forms.is_valid():
        outcome = call_service(forms.meeting, services.commit_import, document, record=forms.record(), by=request.user,
                               expected_version=forms.version)
        if outcome:
            result = outcome.result
            messages.success(request, f"Saved: {result.meeting}. {len(result.notes)} thing(s) to check below."
                             if result.notes else f"Saved: {result.meeting}.")
            return redirect("imports:check", request.partnership.slug, document.pk)
    return render(request, "imports/check.html", {"document": document, "forms": forms, "errors": forms.errors(),
                                                  "things_to_check": forms.things_to_check})


@partnership_view(MANAGE)
def discard(request, pk):
    # Found (or 404) before the method check, so another partnership's IDs never answer 405.
    document = get_object_or_404(ImportedDocument, pk=pk, partnership=request.partnership)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not call_service_for_button(request, services.discard_import, document, by=request.user):
        return redirect("imports:check", request.partnership.slug, document.pk)
    messages.success(request, f"Discarded {document.file_name}.")
    return redirect("imports:list", request.partnership.slug)



def _download(document: ImportedDocument):
    """The file as uploaded, with the type its bytes were read as."""
    return file_download(document.source_file, document.file_name, document.content_type)


@partnership_view(MANAGE)
def source_file(request, pk):
    """The uploaded file of an import (a draft or a saved one): the business team, from the import's page."""
    return _download(get_object_or_404(ImportedDocument, pk=pk, partnership=request.partnership))


@partnership_view(READ)
def meeting_source_file(request, meeting_id):
    """The minutes file a meeting was imported from: whoever may see the meeting, from the meeting page."""
    document = queries.meeting_source(request.partnership, meeting_id)
    if document is None:
        raise Http404("This meeting was not imported from a file")
    return _download(document)
