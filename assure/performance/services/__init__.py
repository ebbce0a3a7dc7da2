"""The performance dataset's writes, one module per area; import them from here."""
from .catalogue import add_indicator, reinstate_indicator, retire_indicator, update_indicator
from .commentary import approve_quarter, reopen_quarter, write_commentary
from .figures import NewFigure, Written, figure_refusal, record_figure, remove_figure, write_figures
from .pack import send_pack_to_meeting

__all__ = ["NewFigure", "Written", "add_indicator", "approve_quarter", "figure_refusal", "record_figure",
           "reinstate_indicator", "remove_figure", "reopen_quarter", "retire_indicator", "send_pack_to_meeting",
           "update_indicator", "write_commentary", "write_figures"]
