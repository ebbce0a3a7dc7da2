"""The charges the non-attendance policy implies, by organisation, for finance to invoice; waiving one.
Business team only: the pages name delegates."""
from decimal import Decimal

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core import clock
from assure.core.access import MANAGE, partnership_view
from assure.core.dates import financial_year_label, financial_year_of
from assure.core.forms import VersionedForm, call_service
from assure.core.money import pounds
from assure.core.pages import bytes_download, confirm_page, form_page
from assure.documents.tables import CONTENT_TYPES, write_table

from .. import access, charges, queries, services
from ..forms import ChargesYearForm, WaiveForm

LONDON_DATE = "%d/%m/%Y"


def _year(request):
    """The financial year asked for (this one when none is, or one not understood: the form says so)."""
    this_year = financial_year_of(clock.today())
    form = ChargesYearForm(request.GET if "year" in request.GET else None, initial={"year": this_year},
                           years=queries.charge_years(request.partnership))
    year = form.cleaned_data["year"] if form.is_bound and form.is_valid() else this_year
    return form, year


def charges_url(request, year=None) -> str:
    url = reverse("training:charges", args=[request.partnership.slug])
    return f"{url}?year={year}" if year is not None else url


@partnership_view(MANAGE)
def charge_list(request):
    form, year = _year(request)
    groups, total, policy = queries.charges_in_year(request.partnership, year)
    return render(request, "training/charges.html", {
        "form": form if form.is_bound else None, "year_form": form, "year": year,
        "year_label": financial_year_label(year), "groups": groups, "total": total, "policy": policy,
        "count": sum(len(group.charges) for group in groups),
    })


def _in_pounds(amount_pence: int) -> Decimal:
    """A number a spreadsheet adds up: 5000 -> 50.00."""
    return Decimal(amount_pence).scaleb(-2)


def _local_date(moment):
    return moment.astimezone(queries.LONDON).date()


@partnership_view(MANAGE)
def charge_download(request):
    """`?format=xlsx` or `csv` (the default), `?year=2025`."""
    fmt = request.GET.get("format", "csv")
    if fmt not in CONTENT_TYPES:
        raise Http404("No such download")
    _, year = _year(request)
    groups, total, _ = queries.charges_in_year(request.partnership, year)
    rows = [["Organisation", "Delegate", "Email address", "Course", "Date", "Reason", "Charge (£)", "Waived",
             "Why waived", "Booking reference"]]
    for group in groups:
        for charge in group.charges:
            booking = charge.booking
            rows.append([group.organisation.name, booking.delegate.name, booking.delegate.email,
                         booking.event.course.title, _local_date(booking.event.starts_at), charge.reason_label,
                         _in_pounds(charge.amount_pence), "yes" if charge.waived else "no", charge.waiver_reason,
                         booking.pk])
        rows.append([group.organisation.name, "Total", "", "", "", "", _in_pounds(group.total_pence), "", "", ""])
    rows.append(["All organisations", "Total", "", "", "", "", _in_pounds(total), "", "", ""])
    label = financial_year_label(year).replace("/", "-")
    return bytes_download(write_table(rows, fmt, sheet=f"Charges {label}"),
                          f"training-charges-{request.partnership.slug}-{label}.{fmt}", CONTENT_TYPES[fmt])


@partnership_view(MANAGE)
def charge_waive(request, event_id, booking_id):
    event = access.get_event_or_404(request, event_id)
    booking = access.get_booking_or_404(request, event, booking_id)
    charge = charges.charge_for(booking, queries.policy_for(request.partnership),
                                event_cancelled=event.status == event.Status.CANCELLED)
    back = charges_url(request, financial_year_of(_local_date(event.starts_at)))
    if charge is not None and charge.waived:
        form = VersionedForm(request.POST or None, initial=VersionedForm.version_of(booking))
        if request.method == "POST" and form.is_valid():
            if call_service(form, services.restore_charge, booking, by=request.user,
                            expected_version=form.expected_version):
                messages.success(request, f"The charge for {booking.delegate.name} is restored.")
                return redirect(back)
        return confirm_page(request, form=form, title=f"Charge {booking.delegate.name} again?",
                            caption=str(event), button="Restore the charge", cancel_url=back, destructive=False,
                            paragraphs=[f"The charge was waived: {charge.waiver_reason}",
                                        f"Restoring it charges {booking.delegate.organisation} "
                                        f"{pounds(charge.policy_pence)} for {charge.reason_label.lower()}."])
    if charge is None:
        return confirm_page(request, title="Waive a charge", cancel_url=back, button="", caption=str(event),
                            refusal=f"{booking.delegate.name}'s booking implies no charge, so there is nothing "
                                    "to waive.")
    form = WaiveForm(request.POST or None, initial=VersionedForm.version_of(booking))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.waive_charge, booking, by=request.user,
                        expected_version=form.expected_version, reason=form.cleaned_data["reason"]):
            messages.success(request, f"The charge for {booking.delegate.name} is waived.")
            return redirect(back)
    return form_page(request, form, title=f"Waive the charge for {booking.delegate.name}", caption=str(event),
                     submit="Waive the charge", back_url=back,
                     intro=f"{charge.reason_label}: the policy charges {booking.delegate.organisation} "
                           f"{pounds(charge.policy_pence)}. The reason is kept with the booking.")

