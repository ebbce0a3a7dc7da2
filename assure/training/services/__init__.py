"""Training's writes, one module per area; import them from here."""
from .bookings import book, book_delegate, find_or_add_delegate
from .courses import add_course, update_course
from .events import add_event, update_event
from .quotes import choose_quote, unchoose_quote
from .returns import remove_return, save_return

__all__ = ["add_course", "add_event", "book", "book_delegate", "choose_quote", "find_or_add_delegate", "remove_return",
           "save_return", "unchoose_quote", "update_course", "update_event"]
