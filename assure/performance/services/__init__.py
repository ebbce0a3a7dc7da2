"""The performance dataset's writes, one module per area; import them from here."""
from .catalogue import add_indicator, reinstate_indicator, retire_indicator, update_indicator
from .figures import NewFigure, Written, figure_refusal, record_figure, remove_figure, write_figures

__all__ = ["NewFigure", "Written", "add_indicator", "figure_refusal", "record_figure", "reinstate_indicator",
           "remove_figure", "retire_indicator", "update_indicator", "write_figures"]
