"""The two shared page shapes: a form page and a confirmation page (templates in core/templates/core/)."""
from django.shortcuts import render


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
