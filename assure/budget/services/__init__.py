"""The budget's writes, one module per area; import them from here."""
from .years import add_line, add_year, close_year, reopen_year, update_line

__all__ = ["add_line", "add_year", "close_year", "reopen_year", "update_line"]
