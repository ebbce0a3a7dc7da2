"""The shared page shapes: a form page, a confirmation page (templates in core/templates/core/), and a file sent as
a download (a stored one, or one made on request)."""
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header


def form_page(request, form, *, title, back_url="", caption="", intro="", submit="Save", multipart=False,
              cancel=True, status=200):
    """A one-form page: error summary, heading, the form's fields, a save button and a cancel link."""
    return render(request, "core/form_page.html", {
        "form": form, "title": title, "back_url": back_url, "caption": caption, "intro": intro, "submit": submit,
        "multipart": multipart, "cancel": cancel,
    }, status=status)


def confirm_page(request, *, title, button, cancel_url, form=None, caption="", paragraphs=(), quote="",
                 consequences=(), consequences_heading="", warning="", refusal="", destructive=True):
    """Asks a person to confirm something that is hard to undo (delete, cancel, remove, reset).

    `paragraphs` say what will happen, `consequences` (a list, under its heading) and `warning` what follows
    from it; `form` carries any fields to fill in and shows a refusal from the service. With `refusal`, the page
    says why it cannot be done and offers no button. `destructive=False` shows an ordinary (green) button, for
    confirming something that removes nothing (approving minutes).
    """
    return render(request, "core/confirm.html", {
        "form": form, "title": title, "button": button, "cancel_url": cancel_url, "caption": caption,
        "paragraphs": paragraphs, "quote": quote, "consequences": consequences,
        "consequences_heading": consequences_heading, "warning": warning, "refusal": refusal,
        "destructive": destructive,
    })


def file_download(stored, filename: str, content_type: str | None = None) -> FileResponse:
    """A stored file (a FieldFile) as an attachment, never shown in the browser; a missing file is a 404, not a 500.
    Without `content_type` it is guessed from `filename`."""
    if not stored.name:
        raise Http404("No file is kept here")
    try:
        handle = stored.open("rb")
    except (FileNotFoundError, ValueError) as missing:
        raise Http404("The stored file is missing") from missing
    response = FileResponse(handle, as_attachment=True, filename=filename, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def bytes_download(content: bytes, filename: str, content_type: str, *, keep: bool = True) -> HttpResponse:
    """Bytes made on request (a report, a spreadsheet) as an attachment, never shown in the browser. The file name
    is quoted properly whatever it holds (an uploaded file's own name, accents); `keep=False` tells the browser not
    to keep a copy (a file holding secret links)."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Content-Type-Options"] = "nosniff"
    if not keep:
        response["Cache-Control"] = "no-store"
    return response
