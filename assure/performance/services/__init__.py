"""The performance dataset's writes, one module per area; import them from here."""
from .area import (
    ENGLAND_CODE,
    ENGLAND_NAME,
    authority_fields,
    neighbours_refusal,
    own_area,
    save_authority,
    set_neighbours,
    set_own_area,
)
from .catalogue import add_indicator, move_indicator, reinstate_indicator, retire_indicator, update_indicator
from .commentary import approve_quarter, reopen_quarter, write_commentary
from .comparators import record_comparator, remove_comparator
from .figures import NewFigure, Written, figure_refusal, record_figure, remove_figure, write_figures
from .imports import confirm_dataset_import, discard_dataset_import, import_dataset, start_dataset_import
from .pack import send_pack_to_meeting

__all__ = ["ENGLAND_CODE", "ENGLAND_NAME", "NewFigure", "Written", "add_indicator", "approve_quarter",
           "authority_fields", "confirm_dataset_import", "discard_dataset_import", "figure_refusal", "import_dataset",
           "move_indicator", "neighbours_refusal", "own_area", "record_comparator", "record_figure",
           "reinstate_indicator", "remove_comparator", "remove_figure", "reopen_quarter", "retire_indicator",
           "save_authority", "send_pack_to_meeting", "set_neighbours", "set_own_area", "start_dataset_import",
           "update_indicator", "write_commentary", "write_figures"]
