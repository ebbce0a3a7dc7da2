"""Delegates: the list with a search, a delegate's page with their bookings, changing one, and the possible
duplicates (not the same person, or merge). Business team only: delegates' names and emails are theirs."""
from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, partnership_view
from assure.core.forms import STALE_PAGE, VersionedForm, call_service, call_service_for_button
from assure.core.history import history_rows
from assure.core.pages import confirm_page, form_page
from assure.core.pagination import paginate
from assure.jobs import exports

from .. import access, charges, queries, services
from ..filters import DelegateFilter
from ..forms import EditDelegateForm, MergeForm


def delegate_url(request, delegate) -> str:
    return reverse("training:delegate-detail", args=[request.partnership.slug, delegate.pk])


# The delegates list's columns in a download (jobs.exports, ADR 0148).
COLUMNS = [
    ("Name", "name"), ("Email", "email"), ("Organisation", "organisation.name"), ("Job role", "job_role"),
    ("Manager's email", "manager_email"), ("Possibly the same person as", "possible_duplicate_of.name"),
]


@partnership_view(MANAGE)
def delegate_list(request):
    found = DelegateFilter.from_request(request, access.delegates(request).select_related("possible_duplicate_of"))
    if exports.wanted(request):
        return exports.download(request, found.qs.select_related("organisation"), COLUMNS, "delegates")
    page = paginate(request, found.qs)
    return render(request, "training/delegate_list.html", {
        "form": found.form, "page": page, "delegates": page.object_list, "filtered": found.is_filtering,
    })


@partnership_view(MANAGE)
def delegate_detail(request, delegate_id):
    delegate = access.get_delegate_or_404(request, delegate_id)
    bookings = list(delegate.bookings.select_related("event__course").order_by("-event__starts_at", "pk"))
    policy = queries.policy_for(request.partnership)
    for booking in bookings:
        booking.charge = charges.charge_for(booking, policy,
                                            event_cancelled=booking.event.status == booking.event.Status.CANCELLED)
    twin = delegate.possible_duplicate_of
    return render(request, "training/delegate_detail.html", {
        "delegate": delegate, "bookings": bookings, "twin": twin,
        "attended": sum(1 for b in bookings if b.attendance == b.Attendance.ATTENDED),
        "did_not_attend": sum(1 for b in bookings if b.attendance == b.Attendance.DID_NOT_ATTEND
                              and b.status == b.Status.BOOKED),
        "cancelled_late": sum(1 for b in bookings if b.status == b.Status.CANCELLED_LATE),
        "history": history_rows(delegate, partnership=request.partnership),
    })


@partnership_view(MANAGE)
def delegate_edit(request, delegate_id):
    delegate = access.get_delegate_or_404(request, delegate_id)
    initial = {"name": delegate.name, "email": delegate.email, "organisation": delegate.organisation_id,
               "job_role": delegate.job_role, "manager_email": delegate.manager_email}
    form = EditDelegateForm(request.POST or None, partnership=request.partnership,
                            initial=initial | VersionedForm.version_of(delegate))
    if request.method == "POST" and form.is_valid():
        data = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        if call_service(form, services.update_delegate, delegate, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, f"{delegate.name} saved.")
            return redirect(delegate_url(request, delegate))
    return form_page(request, form, title=f"Change {delegate.name}'s details", caption="Delegates",
                     back_url=delegate_url(request, delegate))


@partnership_view(MANAGE)
def delegate_not_duplicate(request, delegate_id):
    delegate = access.get_delegate_or_404(request, delegate_id)
    if request.method != "POST":   # after the lookup: another partnership's id is a 404, not a 405
        return HttpResponseNotAllowed(["POST"])
    form = VersionedForm(request.POST)
    if not form.is_valid():
        messages.error(request, STALE_PAGE)
    elif call_service_for_button(request, services.dismiss_duplicate, delegate, by=request.user,
                                 expected_version=form.expected_version):
        messages.success(request, f"{delegate.name} is no longer marked as a possible duplicate.")
    return redirect(delegate_url(request, delegate))


@partnership_view(MANAGE)
def delegate_merge(request, delegate_id):
    delegate = access.get_delegate_or_404(request, delegate_id)
    candidates = access.delegates(request).exclude(pk=delegate.pk)
    form = MergeForm(request.POST or None, candidates=candidates,
                     initial={"into": delegate.possible_duplicate_of_id})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.merge_delegates, delegate, into=form.cleaned_data["into"],
                               by=request.user)
        if outcome:
            messages.success(request, f"{delegate.name}'s bookings moved to {outcome.result.name}, and the "
                                      "duplicate record deleted.")
            return redirect(delegate_url(request, outcome.result))
    count = delegate.bookings.count()
    return confirm_page(
        request, form=form, title=f"Merge {delegate.name} into another delegate?", caption="Delegates",
        button="Merge the records", cancel_url=delegate_url(request, delegate),
        refusal="" if candidates.exists() else "There is no other delegate to merge this record into.",
        paragraphs=[f"Choose the record to keep. {delegate.name}'s {count} booking{'s' if count != 1 else ''} "
                    f"({delegate.email}) move to it, and this record is deleted.",
                    "Merging is refused when both are booked on the same event: cancel one of the two bookings "
                    "first."])
