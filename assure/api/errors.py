"""One shape for every error the API answers (ADR 0146):

    {"error": {"status": 400, "code": "invalid", "message": "...", "fields": {"field": ["..."]}}}
"""
from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions
from rest_framework.views import exception_handler

# Django's own exceptions, which DRF answers as 404 and 403, keep the codes of DRF's.
DJANGO_CODES = {Http404: "not_found", PermissionDenied: "permission_denied"}


def handler(exc, context):
    response = exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    fields = {}
    if isinstance(exc, exceptions.ValidationError):
        message = "The request was refused: correct the fields named below."
        fields = data if isinstance(data, dict) else {"non_field_errors": data}
        code = "invalid"
    else:
        message = str(data.get("detail", "")) if isinstance(data, dict) else str(data)
        code = getattr(exc, "default_code", None) or DJANGO_CODES.get(type(exc), "error")
        if isinstance(exc, exceptions.APIException) and isinstance(exc.detail, exceptions.ErrorDetail):
            code = exc.detail.code or code
    response.data = {"error": {"status": response.status_code, "code": code, "message": message, "fields": fields}}
    return response
