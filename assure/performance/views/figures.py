"""An indicator's own figures entered by hand, and its comparators entered by hand: the list, and the forms that add,
correct and remove them.

Thin views: check access (`partnership_view`), bind the form, call one service, render.
"""
from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service
from assure.core.pages import confirm_page, form_page
from assure.core.pagination import paginate

from .. import access, services
from ..forms import ComparatorForm, EditFigureForm, FigureForm
from ..models import ComparatorFigure, Figure, Indicator
from ..models.indicators import display


def _figures_url(request, indicator, anchor="") -> str:
    url = reverse("performance:figure-list", args=[request.partnership.slug, indicator.pk])
    return url + (f"#{anchor}" if anchor else "")


def shown(figure, unit: str) -> str:
    """A figure as the lists show it: the number in the unit, or why it was not published."""
    if figure.value is None:
        return f"Not published ({figure.suppression}): {figure.suppression_meaning.removeprefix('Not published: ')}"
    return display(figure.value, unit)


@partnership_view(READ)
def figure_list(request, indicator_id):
    indicator = access.get_indicator_or_404(request, indicator_id)
    page = paginate(request, Figure.objects.filter(indicator=indicator).select_related("updated_by")
                    .order_by("-period_start", "period_kind"))
    comparators = list(ComparatorFigure.objects.filter(indicator=indicator)
                       .order_by("-period_start", "level", "area_name")[:60])
    return render(request, "performance/figure_list.html", {
        "indicator": indicator, "page": page, "figures": [(f, shown(f, indicator.unit)) for f in page.object_list],
        "comparators": [(c, shown(c, indicator.unit)) for c in comparators],
        "takes_comparators": indicator.comparators != Indicator.Comparators.NONE,
    })


@partnership_view(MANAGE)
def figure_add(request, indicator_id):
    indicator = access.get_indicator_or_404(request, indicator_id)
    form = FigureForm(request.POST or None, period_kind=indicator.period_kind)
    if request.method == "POST" and form.is_valid():
        arguments = form.service_arguments()
        # Adding a figure for a period that has one replaces it: say so, with what it was, so a slip is seen.
        replaced = Figure.objects.filter(indicator=indicator, period_kind=arguments["period"].kind,
                                         period_start=arguments["period"].start).first()
        outcome = call_service(form, services.record_figure, indicator, by=request.user, **arguments)
        if outcome:
            was = f" It replaces {shown(replaced, indicator.unit)}." if replaced else ""
            messages.success(request, f"{indicator.code}: figure for {outcome.result.period.label} saved.{was}")
            return redirect(_figures_url(request, indicator))
    return form_page(request, form, title="Add a figure", caption=str(indicator), submit="Save figure",
                     back_url=_figures_url(request, indicator),
                     intro=f"The partnership's own figure, {indicator.get_unit_display().lower()}. A figure already "
                           f"held for the period is replaced (its history keeps what it was).")


@partnership_view(MANAGE)
def figure_edit(request, figure_id):
    figure = access.get_figure_or_404(request, figure_id)
    indicator = figure.indicator
    written = figure.suppression or (f"{figure.value.normalize():f}" if figure.value is not None else "")
    form = EditFigureForm(request.POST or None, initial={"value": written, "note": figure.note}
                          | VersionedForm.version_of(figure))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.record_figure, indicator, by=request.user, period=figure.period,
                        expected_version=form.expected_version, **form.service_arguments()):
            messages.success(request, f"{indicator.code}: figure for {figure.period.label} saved.")
            return redirect(_figures_url(request, indicator))
    return form_page(request, form, title=f"Change the figure for {figure.period.long_label}", caption=str(indicator),
                     back_url=_figures_url(request, indicator), submit="Save figure")


@partnership_view(MANAGE)
def figure_remove(request, figure_id):
    figure = access.get_figure_or_404(request, figure_id)
    indicator = figure.indicator
    form = VersionedForm(request.POST if request.method == "POST" else None, initial=VersionedForm.version_of(figure))
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_figure, figure, by=request.user, expected_version=form.expected_version):
            messages.success(request, f"{indicator.code}: figure for {figure.period.label} removed.")
            return redirect(_figures_url(request, indicator))
    return confirm_page(request, form=form, title=f"Remove the figure for {figure.period.label}?",
                        button="Remove figure", caption=str(indicator), cancel_url=_figures_url(request, indicator),
                        quote=shown(figure, indicator.unit),
                        paragraphs=["Remove a figure entered in error. Its history keeps what it was."])


@partnership_view(MANAGE)
def comparator_add(request, indicator_id):
    indicator = access.get_indicator_or_404(request, indicator_id)
    own = services.own_area(request.partnership)
    form = ComparatorForm(request.POST or None, partnership=request.partnership,
                          region_name=own.region_name if own else "")
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.record_comparator, indicator, by=request.user,
                               **form.service_arguments())
        if outcome:
            messages.success(request, f"{indicator.code}: {outcome.result.area_name}'s figure for "
                                      f"{outcome.result.period.label} saved.")
            return redirect(_figures_url(request, indicator, "comparators"))
    return form_page(request, form, title="Add a comparator figure", caption=str(indicator), submit="Save figure",
                     back_url=_figures_url(request, indicator, "comparators"),
                     intro="England's, the region's or a statistical neighbour's published figure, "
                           f"{indicator.get_unit_display().lower()}. A figure already held for the same area and "
                           "period is replaced.")


@partnership_view(MANAGE)
def comparator_remove(request, comparator_id):
    comparator = access.get_comparator_or_404(request, comparator_id)
    indicator = comparator.indicator
    form = forms.Form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if call_service(form, services.remove_comparator, comparator, by=request.user):
            messages.success(request, f"{indicator.code}: {comparator.area_name}'s figure for "
                                      f"{comparator.period.label} removed.")
            return redirect(_figures_url(request, indicator, "comparators"))
    return confirm_page(request, form=form, title=f"Remove {comparator.area_name}'s figure for "
                                                  f"{comparator.period.label}?",
                        button="Remove figure", caption=str(indicator), quote=shown(comparator, indicator.unit),
                        cancel_url=_figures_url(request, indicator, "comparators"),
                        paragraphs=["Remove a comparator's figure entered in error. The charts and the neighbours' "
                                    "average no longer use it."])
