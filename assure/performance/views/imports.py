"""Importing dataset files on the web (ADR 0127): upload, check the summary, then import the valid rows or
discard; the list of past imports; the template to download. Thin views: check access, call one service, render.
"""
import csv
import io

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service
from assure.core.pagination import paginate

from .. import queries, services
from ..forms_imports import DatasetFileForm, ImportDecisionForm
from ..importing import template_rows
from ..models import DatasetImport


def _import_or_404(request, import_id) -> DatasetImport:
    found = DatasetImport.objects.filter(partnership=request.partnership, pk=import_id).select_related(
        "created_by").first()
    if found is None:
        raise Http404("No such import")
    return found


@partnership_view(MANAGE)
def upload(request):
    form = DatasetFileForm(request.POST if request.method == "POST" else None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        if upload.size > settings.IMPORT_MAX_BYTES:
            form.add_error("file", "The file is too large: a dataset file is far smaller. Check it is the right file.")
        else:
            outcome = call_service(form, services.start_dataset_import, partnership=request.partnership,
                                   by=request.user, file_name=upload.name, data=upload.read(),
                                   max_bytes=settings.IMPORT_MAX_BYTES)
            if outcome:
                return redirect("performance:import-check", slug=request.partnership.slug,
                                import_id=outcome.result.pk)
    return render(request, "performance/import_upload.html", {"form": form})


@partnership_view(MANAGE)
def check(request, import_id):
    pending = _import_or_404(request, import_id)
    form = ImportDecisionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if request.POST.get("action") == "discard":
            if call_service(form, services.discard_dataset_import, pending, by=request.user):
                messages.success(request, f"Nothing was imported from {pending.file_name}.")
                return redirect("performance:import-list", slug=request.partnership.slug)
        else:
            outcome = call_service(form, services.confirm_dataset_import, pending, by=request.user)
            if outcome:
                messages.success(request, outcome.result["message"])
                return redirect("performance:import-list", slug=request.partnership.slug)
        pending.refresh_from_db()
    return render(request, "performance/import_check.html", {
        "pending": pending, "summary": pending.summary, "form": form,
        "waiting": pending.status == DatasetImport.Status.WAITING,
    })


@partnership_view(READ)
def import_list(request):
    imports = DatasetImport.objects.filter(partnership=request.partnership).select_related("created_by")
    return render(request, "performance/import_list.html", {"page": paginate(request, imports)})


@partnership_view(MANAGE)
def template(request):
    """The partnership's template, one row per indicator in the dataset, as Excel (or CSV with ?format=csv)."""
    rows = template_rows([indicator.code for indicator in queries.live_indicators(request.partnership)])
    if request.GET.get("format") == "csv":
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n").writerows(rows)
        response = HttpResponse(out.getvalue().encode("utf-8-sig"), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="dataset-template.csv"'
        return response
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Figures")
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    response = HttpResponse(out.getvalue(),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = 'attachment; filename="dataset-template.xlsx"'
    return response

