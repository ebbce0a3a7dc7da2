"""Calling one service from a view: its refusals land on the form, on the right fields, never as a 500."""
import logging
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import IntegrityError, transaction

from assure.core.concurrency import EditConflict

log = logging.getLogger(__name__)

CLASHED = ("This could not be saved because it clashes with something saved at the same moment. "
           "Reload the page and try again.")


@dataclass
class Outcome:
    """What a service call came to: truthy when it succeeded, with the service's return value as `result`."""

    ok: bool
    result: Any = None

    def __bool__(self) -> bool:
        return self.ok


def call_service(form, service, /, *args, **kwargs) -> Outcome:
    """Run `service(*args, **kwargs)` in its own transaction and return an Outcome.

    A ValidationError with a dict puts each message on the field it names (non-field if the form has no
    such field); a message-only error whose code names a field goes on that field, any other on the form.
    EditConflict and a clashing save become form errors. Whatever was written is rolled back.
    """
    try:
        with transaction.atomic():
            return Outcome(True, service(*args, **kwargs))
    except ValidationError as error:
        add_errors(form, error)
    except EditConflict as conflict:
        form.add_error(None, str(conflict))
    except IntegrityError:
        log.warning("Integrity error from %s", getattr(service, "__qualname__", service), exc_info=True)
        form.add_error(None, CLASHED)
    return Outcome(False)


def add_errors(form, error: ValidationError) -> None:
    """Put a ValidationError's messages on `form`: named fields where the form has them, else the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields and field != NON_FIELD_ERRORS else None, errors)
        return
    for item in error.error_list:
        form.add_error(item.code if item.code in form.fields else None, item)


def call_service_for_button(request, service, /, *args, **kwargs) -> Outcome:
    """call_service for a button with nothing to fill in (move up, remove, discard): a refusal becomes an error
    banner on the page the view redirects to."""
    collector = forms.Form({})
    collector.is_valid()
    outcome = call_service(collector, service, *args, **kwargs)
    if not outcome:
        messages.error(request, " ".join(collector.non_field_errors()))
    return outcome
