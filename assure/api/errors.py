"""One shape for every error the API answers (ADR 0146):

    {"error": {"status": 400, "code": "invalid", "message": "...", "fields": {"field": ["..."]}}}
"""
from rest_framework import exceptions
from rest_framework.views import exception_handler


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
        code = getattr(exc, "default_code", "error")
        if isinstance(exc, exceptions.APIException) and isinstance(exc.detail, exceptions.ErrorDetail):
            code = exc.detail.code or code
    response.data = {"error": {"status": response.status_code, "code": code, "message": message, "fields": fields}}
    return response
