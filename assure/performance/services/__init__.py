"""The performance dataset's writes, one module per area; import them from here."""
from .catalogue import add_indicator, reinstate_indicator, retire_indicator, update_indicator
from .figures import NewFigure, Written, figure_refusal, record_figure, remove_figure, write_figures
from .imports import confirm_dataset_import, discard_dataset_import, import_dataset, start_dataset_import

__all__ = ["NewFigure", "Written", "add_indicator", "confirm_dataset_import", "discard_dataset_import",
           "figure_refusal", "import_dataset", "record_figure", "reinstate_indicator", "remove_figure",
           "retire_indicator", "start_dataset_import", "update_indicator", "write_figures"]
