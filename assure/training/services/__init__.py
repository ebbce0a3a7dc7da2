"""Training's writes, one module per area; import them from here."""
from .bookings import book, book_delegate, find_or_add_delegate
from .courses import add_course, update_course
from .events import add_event, update_event

__all__ = ["add_course", "add_event", "book", "book_delegate", "find_or_add_delegate", "update_course", "update_event"]
