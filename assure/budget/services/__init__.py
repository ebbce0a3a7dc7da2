"""The budget's writes, one module per area; import them from here."""
from .contributions import (
    add_contribution,
    raise_invoice,
    record_payment,
    remove_contribution,
    set_contributions,
    update_contribution,
)
from .years import add_line, add_year, close_year, reopen_year, update_line, update_year

__all__ = ["add_contribution", "add_line", "add_year", "close_year", "raise_invoice", "record_payment",
           "remove_contribution", "reopen_year", "set_contributions", "update_contribution", "update_line",
           "update_year"]
