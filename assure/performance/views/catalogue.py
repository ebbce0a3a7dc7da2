"""The indicator catalogue's pages: the catalogue, and the forms that add, change, retire, reinstate and move.

Thin views: check access (`partnership_view`), bind the form, call one service, render.
"""
from decimal import Decimal

from django.contrib import messages
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import reverse

from assure.core.access import MANAGE, READ, partnership_view
from assure.core.forms import VersionedForm, call_service, call_service_for_button
from assure.core.pages import confirm_page, form_page

from .. import access, services
from ..forms import EditIndicatorForm, IndicatorForm
from ..models import Indicator
from ..services.catalogue import FIELDS


def as_typed(value):
    """A stored number as a person would type it (30, not 30.0000)."""
    return f"{value.normalize():f}" if isinstance(value, Decimal) else value


def _list_url(request, indicator=None) -> str:
    url = reverse("performance:indicator-list", args=[request.partnership.slug])
    return url + (f"#indicator-{indicator.pk}" if indicator is not None else "")


def _detail_url(request, indicator) -> str:
    return reverse("performance:indicator-detail", args=[request.partnership.slug, indicator.pk])


def target(indicator) -> str:
    """The target as the catalogue shows it: "30% by 31 March 2027 (reduce missing episodes by 40%)"."""
    if indicator.target_value is None:
        return indicator.target_description or "No target"
    text = indicator.display(indicator.target_value)
    if indicator.target_date:
        text += f" by {indicator.target_date:%-d %B %Y}"
    return text + (f" ({indicator.target_description})" if indicator.target_description else "")


def thresholds(indicator) -> str:
    if indicator.green_threshold is None:
        return "No thresholds" if indicator.polarity != Indicator.Polarity.NEITHER else "Not rated"
    green, red = indicator.display(indicator.green_threshold), indicator.display(indicator.red_threshold)
    if indicator.polarity == Indicator.Polarity.HIGHER:
        return f"Green at or above {green}; red below {red}"
    return f"Green at or below {green}; red above {red}"


def comparators(indicator) -> str:
    if indicator.comparators == Indicator.Comparators.PUBLISHED:
        return f"Published statistics, column {indicator.published_measure}; neighbours' {indicator.neighbours_average}"
    if indicator.comparators == Indicator.Comparators.ENTERED:
        return f"Entered by the business team; neighbours' {indicator.neighbours_average}"
    return "None"


@partnership_view(READ)
def indicator_list(request):
    catalogue = [(i, {"target": target(i), "thresholds": thresholds(i), "comparators": comparators(i)})
                 for i in access.indicators(request).select_related("owner", "priority", "source_organisation")
                 .order_by("position", "code")]
    return render(request, "performance/indicator_list.html", {
        "live": [row for row in catalogue if row[0].retired_on is None],
        "retired": [row for row in catalogue if row[0].retired_on is not None],
    })


INTRO = ("The target and thresholds are in the indicator's unit. An indicator is rated green, amber or red against "
         "its thresholds, or against its target when it has no thresholds.")


@partnership_view(MANAGE)
def indicator_add(request):
    form = IndicatorForm(request.POST or None, partnership=request.partnership,
                         initial={"comparators": Indicator.Comparators.NONE,
                                  "neighbours_average": Indicator.Average.MEDIAN})
    if request.method == "POST" and form.is_valid():
        outcome = call_service(form, services.add_indicator, partnership=request.partnership, by=request.user,
                               **form.cleaned_data)
        if outcome:
            messages.success(request, f"{outcome.result.code} added to the catalogue.")
            return redirect(_list_url(request, outcome.result))
    return form_page(request, form, title="Add an indicator", back_url=_list_url(request), submit="Add indicator",
                     intro=INTRO)


@partnership_view(MANAGE)
def indicator_edit(request, indicator_id):
    indicator = access.get_indicator_or_404(request, indicator_id)
    initial = {name: as_typed(getattr(indicator, name)) for name in FIELDS} | VersionedForm.version_of(indicator)
    form = EditIndicatorForm(request.POST or None, initial=initial, partnership=request.partnership)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data.pop("version")
        if call_service(form, services.update_indicator, indicator, by=request.user,
                        expected_version=form.expected_version, **data):
            messages.success(request, f"{indicator.code} saved.")
            return redirect(_list_url(request, indicator))
    return form_page(request, form, title=f"Change {indicator.code}", caption=indicator.name,
                     back_url=_list_url(request, indicator), submit="Save indicator",
                     intro=INTRO + " Its figures are kept; earlier definitions are in its history.")


def _confirm(request, indicator, *, service, title, button, paragraphs, refusal, done, destructive):
    form = VersionedForm(request.POST if request.method == "POST" else None,
                         initial=VersionedForm.version_of(indicator))
    if request.method == "POST" and not refusal and form.is_valid():
        if call_service(form, service, indicator, by=request.user, expected_version=form.expected_version):
            messages.success(request, done)
            return redirect(_list_url(request, indicator))
    return confirm_page(request, form=form, title=title, button=button, caption=str(indicator),
                        cancel_url=_list_url(request, indicator), paragraphs=paragraphs, refusal=refusal,
                        destructive=destructive)


@partnership_view(MANAGE)
def indicator_retire(request, indicator_id):
    indicator = access.get_indicator_or_404(request, indicator_id)
    return _confirm(request, indicator, service=services.retire_indicator, title=f"Retire {indicator.code}?",
                    button="Retire indicator", destructive=True,
                    refusal="This indicator is already retired." if indicator.retired_on else "",
                    paragraphs=["It leaves the dataset page and the board pack. Its figures, commentary and history "
                                "are kept, and it can be reinstated."],
                    done=f"{indicator.code} retired: it is no longer in the dataset.")


@partnership_view(MANAGE)
def indicator_reinstate(request, indicator_id):
    indicator = access.get_indicator_or_404(request, indicator_id)
    return _confirm(request, indicator, service=services.reinstate_indicator,
                    title=f"Put {indicator.code} back in the dataset?", button="Reinstate indicator",
                    destructive=False, refusal="" if indicator.retired_on else "This indicator is in the dataset already.",
                    paragraphs=["It goes back on the dataset page and in the board pack, with the figures it had."],
                    done=f"{indicator.code} is back in the dataset.")


@partnership_view(MANAGE)
def indicator_move(request, indicator_id):
    indicator = access.get_indicator_or_404(request, indicator_id)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    call_service_for_button(request, services.move_indicator, indicator, by=request.user,
                            direction=request.POST.get("direction", ""))
    return redirect(_list_url(request, indicator))


