"""The budget's writes, one module per area; import them from here."""
from .contributions import (
    add_contribution,
    raise_invoice,
    record_payment,
    remove_contribution,
    set_contributions,
    update_contribution,
)
from .spending import record_spending, remove_spending, update_spending
from .spending_imports import confirm_spending_import, discard_spending_import, start_spending_import
from .years import add_line, add_year, close_year, reopen_year, update_line, update_year

__all__ = ["add_contribution", "add_line", "add_year", "close_year", "confirm_spending_import",
           "discard_spending_import", "raise_invoice", "record_payment", "record_spending", "remove_contribution",
           "remove_spending", "reopen_year", "set_contributions", "start_spending_import", "update_contribution",
           "update_line", "update_spending", "update_year"]
