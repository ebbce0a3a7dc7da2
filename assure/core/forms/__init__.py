"""Shared form pieces (see assure/core/README.md): the GOV.UK date input, the versioned edit base, the service call."""
from .calls import Outcome, add_errors, call_service, call_service_for_button
from .choices import PartnershipChoicesMixin
from .dates import DateField, DateInput
from .money import PoundsField
from .sign_in import CodeForm, SignInForm
from .versioned import STALE_PAGE, VersionedForm

__all__ = ["STALE_PAGE", "CodeForm", "DateField", "DateInput", "Outcome", "PartnershipChoicesMixin", "PoundsField",
           "SignInForm",
           "VersionedForm", "add_errors", "call_service", "call_service_for_button"]
