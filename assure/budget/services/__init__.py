"""The budget's writes, one module per area; import them from here."""
from .spending import record_spending, remove_spending, update_spending
from .spending_imports import confirm_spending_import, discard_spending_import, start_spending_import
from .years import add_line, add_year, close_year, reopen_year, update_line

__all__ = ["add_line", "add_year", "close_year", "confirm_spending_import", "discard_spending_import",
           "record_spending", "remove_spending", "reopen_year", "start_spending_import", "update_line",
           "update_spending"]
