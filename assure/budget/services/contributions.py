"""Writes of partners' contributions, their invoices and payments: each a named, atomic @service taking `by`."""
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction

from assure.core.audit import service
from assure.core.concurrency import claim_version
from assure.core.money import pounds

from ..models import Contribution, FinancialYear, Invoice, Payment
from ._checks import amount, refuse_if_closed


def _weight(value) -> Decimal:
    try:
        weight = Decimal(str(value))
    except (InvalidOperation, ValueError):
        weight = None
    if weight is None or not weight.is_finite() or weight <= 0 or weight >= 10**5:
        raise ValidationError({"underwriting_weight": "The underwriting weight must be a number more than 0, for "
                                                      "example 1 for an equal share."})
    return weight.quantize(Decimal("0.0001"))


def _checked(year, *, organisation, agreed_pence, basis, basis_detail, underwrites, underwriting_weight,
             finance_contact, contribution=None) -> dict:
    if organisation is None or organisation.partnership_id != year.partnership_id:
        raise ValidationError({"organisation": "Choose a partner organisation of this partnership."})
    clash = Contribution.objects.filter(year=year, organisation=organisation)
    if contribution is not None:
        clash = clash.exclude(pk=contribution.pk)
    if clash.exists():
        raise ValidationError({"organisation": f"{organisation} already has a contribution in {year.label}: "
                                               "change that one instead."})
    if basis not in Contribution.Basis.values:
        raise ValidationError({"basis": "Choose how the amount was agreed."})
    detail = " ".join((basis_detail or "").split())
    if len(detail) > 200:
        raise ValidationError({"basis_detail": "The detail must be 200 characters or fewer."})
    if finance_contact is not None and finance_contact.partnership_id != year.partnership_id:
        raise ValidationError({"finance_contact": "Choose a person of this partnership as the finance contact."})
    return {"organisation": organisation, "agreed_pence": amount(agreed_pence, "agreed_pence", "agreed amount"),
            "basis": basis, "basis_detail": detail, "underwrites": bool(underwrites),
            "underwriting_weight": _weight(1 if underwriting_weight is None else underwriting_weight),
            "finance_contact": finance_contact}


@service
@transaction.atomic
def add_contribution(year: FinancialYear, *, by, organisation, agreed_pence: int, basis: str = "agreed",
                     basis_detail: str = "", underwrites: bool = False, underwriting_weight=1,
                     finance_contact=None) -> Contribution:
    """What one partner agreed to put in this year (once per partner per year)."""
    refuse_if_closed(year)
    fields = _checked(year, organisation=organisation, agreed_pence=agreed_pence, basis=basis,
                      basis_detail=basis_detail, underwrites=underwrites, underwriting_weight=underwriting_weight,
                      finance_contact=finance_contact)
    return Contribution.objects.create(year=year, **fields)


@service
@transaction.atomic
def update_contribution(contribution: Contribution, *, by, expected_version: int, organisation, agreed_pence: int,
                        basis: str, basis_detail: str = "", underwrites: bool = False, underwriting_weight=1,
                        finance_contact=None) -> Contribution:
    refuse_if_closed(contribution.year)
    fields = _checked(contribution.year, organisation=organisation, agreed_pence=agreed_pence, basis=basis,
                      basis_detail=basis_detail, underwrites=underwrites, underwriting_weight=underwriting_weight,
                      finance_contact=finance_contact, contribution=contribution)
    claim_version(Contribution, contribution.pk, expected_version)
    contribution.refresh_from_db()
    for name, value in fields.items():
        setattr(contribution, name, value)
    contribution.save()
    return contribution


@service
@transaction.atomic
def remove_contribution(contribution: Contribution, *, by, expected_version: int) -> None:
    """Remove a contribution entered by mistake; one with invoices or payments is the account and stays."""
    refuse_if_closed(contribution.year)
    if contribution.invoices.exists() or contribution.payments.exists():
        raise ValidationError(f"{contribution.organisation} has invoices or payments in {contribution.year.label}, "
                              "so its contribution stays: change the agreed amount instead.")
    claim_version(Contribution, contribution.pk, expected_version)
    contribution.delete()


@service
@transaction.atomic
def set_contributions(year: FinancialYear, *, by, amounts: list[tuple], basis: str, details: dict | None = None
                      ) -> list[Contribution]:
    """Save proposed contributions all at once (all or nothing): `amounts` is [(organisation, pence)]. A partner
    with a contribution already has its agreed amount and basis changed; the others are added."""
    refuse_if_closed(year)
    if not amounts:
        raise ValidationError({"organisations": "Choose the partners who contribute."})
    if basis not in Contribution.Basis.values:
        raise ValidationError({"method": "Choose how the contributions are worked out."})
    details, saved = details or {}, []
    seen = set()
    for organisation, pence in amounts:
        if organisation.pk in seen:
            raise ValidationError({"organisations": f"{organisation} is chosen twice."})
        seen.add(organisation.pk)
        existing = Contribution.objects.filter(year=year, organisation=organisation).first()
        if existing is None:
            fields = _checked(year, organisation=organisation, agreed_pence=pence, basis=basis,
                              basis_detail=details.get(organisation.pk, ""), underwrites=False,
                              underwriting_weight=1, finance_contact=None)
            saved.append(Contribution.objects.create(year=year, **fields))
        else:
            existing.agreed_pence = amount(pence, "agreed_pence", "agreed amount")
            existing.basis, existing.basis_detail = basis, details.get(organisation.pk, "")[:200]
            existing.version += 1
            existing.save()
            saved.append(existing)
    return saved


@service
@transaction.atomic
def raise_invoice(contribution: Contribution, *, by, number: str, raised_on, amount_pence: int) -> Invoice:
    refuse_if_closed(contribution.year)
    number = " ".join((number or "").split())
    if not number:
        raise ValidationError({"number": "Enter the invoice number."})
    if len(number) > 50:
        raise ValidationError({"number": "The invoice number must be 50 characters or fewer."})
    if raised_on is None:
        raise ValidationError({"raised_on": "Enter the date the invoice was raised."})
    if Invoice.objects.filter(contribution__year=contribution.year, number__iexact=number).exists():
        raise ValidationError({"number": f"Invoice {number} is already in {contribution.year.label}: give the "
                                         "number the finance system gave this invoice."})
    pence = amount(amount_pence, "amount_pence", "invoice amount", allow_zero=False)
    invoiced = sum(contribution.invoices.values_list("amount_pence", flat=True))
    if invoiced + pence > contribution.agreed_pence:
        left = contribution.agreed_pence - invoiced
        raise ValidationError({"amount_pence": (
            f"{contribution.organisation} agreed {pounds(contribution.agreed_pence)} and has been invoiced "
            f"{pounds(invoiced)}, so at most {pounds(max(left, 0))} more can be invoiced: change the agreed amount "
            "first if the partner has agreed to pay more.")})
    return Invoice.objects.create(contribution=contribution, number=number, raised_on=raised_on, amount_pence=pence)


@service
@transaction.atomic
def record_payment(contribution: Contribution, *, by, received_on, amount_pence: int, reference: str = "") -> Payment:
    refuse_if_closed(contribution.year)
    if received_on is None:
        raise ValidationError({"received_on": "Enter the date the payment was received."})
    reference = " ".join((reference or "").split())
    if len(reference) > 100:
        raise ValidationError({"reference": "The reference must be 100 characters or fewer."})
    pence = amount(amount_pence, "amount_pence", "payment amount", allow_zero=False)
    return Payment.objects.create(contribution=contribution, received_on=received_on, amount_pence=pence,
                                  reference=reference, recorded_by=by)
