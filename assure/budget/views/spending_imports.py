"""Importing a finance system's export of spending: upload, check, then import (all, or the valid rows) or
discard. Thin views: check access, call one service, render."""
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, partnership_view
from assure.core.forms import call_service

from .. import access, services
from ..forms import SpendingFileForm, SpendingImportDecisionForm


def _list_url(request, year) -> str:
    return reverse("budget:spending-list", args=[request.partnership.slug, year.start_year])


@partnership_view(MANAGE)
def spending_import(request, start_year):
    year = access.get_year_or_404(request, start_year)
    form = SpendingFileForm(request.POST if request.method == "POST" else None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > settings.IMPORT_MAX_BYTES:
            form.add_error("file", "The file is too large for a finance export: check it is the right file.")
        else:
            outcome = call_service(form, services.start_spending_import, year, by=request.user,
                                   file_name=upload.name, data=upload.read(), max_bytes=settings.IMPORT_MAX_BYTES)
            if outcome:
                return redirect("budget:spending-import-check", slug=request.partnership.slug,
                                start_year=year.start_year, import_id=outcome.result.pk)
    return render(request, "budget/spending_import.html", {"form": form, "year": year})


@partnership_view(MANAGE)
def spending_import_check(request, start_year, import_id):
    year = access.get_year_or_404(request, start_year)
    pending = access.get_spending_import_or_404(request, year, import_id)
    form = SpendingImportDecisionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if request.POST.get("action") == "discard":
            if call_service(form, services.discard_spending_import, pending, by=request.user):
                messages.success(request, f"Nothing was imported from {pending.file_name}.")
                return redirect(_list_url(request, year))
        else:
            outcome = call_service(form, services.confirm_spending_import, pending, by=request.user,
                                   keep_valid=form.cleaned_data["keep_valid"])
            if outcome:
                messages.success(request, outcome.result["message"])
                return redirect(_list_url(request, year))
        pending.refresh_from_db()
    return render(request, "budget/spending_import_check.html", {
        "year": year, "pending": pending, "summary": pending.summary, "form": form,
        "rows": pending.rows if pending.is_waiting else [],
    })
