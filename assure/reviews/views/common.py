"""Small helpers shared by the review pages."""
from django.core.exceptions import ValidationError
from django.shortcuts import render

from assure.core.concurrency import EditConflict

FAILED = object()


def attempt(form, call):
    """Run one service call; a refusal becomes a form error (shown in the error summary), never a 500."""
    try:
        return call()
    except ValidationError as exc:
        # A refusal about one field (its code names the field) is shown beside that field.
        errors = exc.error_list if hasattr(exc, "error_list") else [ValidationError(m) for m in exc.messages]
        for error in errors:
            form.add_error(error.code if error.code in form.fields else None, error)
    except EditConflict as exc:
        form.add_error(None, str(exc))
    return FAILED


def form_page(request, form, *, title, back_url, caption="", submit="Save", intro="", multipart=False):
    return render(request, "reviews/form.html", {
        "form": form, "title": title, "caption": caption, "back_url": back_url, "submit": submit,
        "intro": intro, "multipart": multipart,
    })


def confirm_page(request, form, *, title, back_url, button, caption="", paragraphs=(), quote="", items=(),
                 items_heading="", refusal=""):
    """A page asking to confirm a removal; with `refusal`, it says why it cannot be done instead."""
    return render(request, "reviews/confirm.html", {
        "form": form, "title": title, "caption": caption, "back_url": back_url, "button": button,
        "paragraphs": paragraphs, "quote": quote, "items": items, "items_heading": items_heading,
        "refusal": refusal,
    })
