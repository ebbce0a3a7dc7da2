"""The partnership's area: its own authority and region, its statistical neighbours, and the authorities the dataset
knows; the forms that set them.

Thin views: check access (`partnership_view`), bind the form, call one service, render.
"""
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import call_service
from assure.core.pages import form_page

from .. import services
from ..forms import AuthorityForm, NeighboursForm, OwnAreaForm
from ..models import Authority, Neighbour
from ..services.area import ENGLAND_CODE, ENGLAND_NAME

AREA_FIELDS = ("code", "old_code", "name", "region_code", "region_name")


def _area_url(request, anchor="") -> str:
    return reverse("performance:area", args=[request.partnership.slug]) + (f"#{anchor}" if anchor else "")


@partnership_view(READ)
def area(request):
    return render(request, "performance/area.html", {
        "own": services.own_area(request.partnership),
        "neighbours": list(Neighbour.objects.filter(partnership=request.partnership).select_related("authority")),
        "authorities": list(Authority.objects.filter(partnership=request.partnership).order_by("name")),
        "england": (ENGLAND_CODE, ENGLAND_NAME),
    })


@partnership_view(MANAGE)
def area_edit(request):
    own = services.own_area(request.partnership)
    initial = {name: getattr(own, name) for name in AREA_FIELDS} if own else {}
    form = OwnAreaForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.set_own_area, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"{outcome.result.name} is the partnership's own area.")
            return redirect(_area_url(request))
    return form_page(request, form, title="Set the partnership's own area", back_url=_area_url(request),
                     submit="Save area",
                     intro="The local authority the dataset's own figures are for, and its region (the regional "
                           "comparator). Codes are the Office for National Statistics' nine-character codes.")


@partnership_view(MANAGE)
def authority_add(request):
    form = AuthorityForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.save_authority, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"{outcome.result.name} saved.")
            return redirect(_area_url(request, "authorities"))
    return form_page(request, form, title="Add an authority", back_url=_area_url(request, "authorities"),
                     submit="Save authority",
                     intro="An authority the dataset can compare with, such as a statistical neighbour. An authority "
                           "already known with the same code is corrected.")


@partnership_view(MANAGE)
def neighbours_edit(request):
    current = {f"neighbour_{n.rank}": n.authority for n in
               Neighbour.objects.filter(partnership=request.partnership).select_related("authority")}
    form = NeighboursForm(request.POST or None, initial=current, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.set_neighbours, partnership=request.partnership, by=request.user,
                               authorities=form.authorities())
        if outcome:
            messages.success(request, "Statistical neighbours saved.")
            return redirect(_area_url(request, "neighbours"))
    return form_page(request, form, title="Choose the statistical neighbours", back_url=_area_url(request, "neighbours"),
                     submit="Save neighbours",
                     intro="The ten authorities most like the partnership's own area, most alike first (the "
                           "Department for Education's statistical neighbours model). Their figures give the "
                           "neighbours' average. Add an authority first if it is not in the lists.")
