"""Who may see and change the performance dataset. Everything of another partnership answers 404.

- Every role of the partnership reads the whole dataset: it is the partnership's shared picture, with no case
  records in it (figures are counts and rates for the area).
- The business team manages: the catalogue, figures, imports, the area and its neighbours, approving quarters, the
  board pack.
- A member writes the commentary of the indicators they own (the indicator's owner is their person record) while
  the quarter is not approved; a read-only user writes nothing.
Pages fetch indicators through these functions, never with a bare `objects.get`.
"""
from django.http import Http404

from .models import ComparatorFigure, Figure, Indicator


def indicators(request):
    return Indicator.objects.filter(partnership=request.partnership)


def get_indicator_or_404(request, indicator_id) -> Indicator:
    indicator = (indicators(request).select_related("owner", "owner__organisation", "priority", "source_organisation")
                 .filter(pk=indicator_id).first())
    if indicator is None:
        raise Http404("No such indicator")
    return indicator


def may_write_commentary(request, indicator) -> bool:
    """The business team, or the member who owns the indicator."""
    if request.role.can_manage:
        return True
    owner = indicator.owner
    return (request.role.can_update_own_actions and owner is not None and owner.user_id is not None
            and owner.user_id == request.user.pk)


def get_figure_or_404(request, figure_id) -> Figure:
    figure = (Figure.objects.select_related("indicator", "indicator__partnership")
              .filter(pk=figure_id, indicator__partnership=request.partnership).first())
    if figure is None:
        raise Http404("No such figure")
    return figure


def get_comparator_or_404(request, comparator_id) -> ComparatorFigure:
    figure = (ComparatorFigure.objects.select_related("indicator")
              .filter(pk=comparator_id, indicator__partnership=request.partnership).first())
    if figure is None:
        raise Http404("No such comparator figure")
    return figure
