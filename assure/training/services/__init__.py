"""Training's writes, one module per area; import them from here."""
from .booking_imports import confirm_booking_import, discard_booking_import, start_booking_import
from .bookings import book, book_delegate, find_or_add_delegate
from .courses import add_course, update_course
from .events import add_event, update_event

__all__ = ["add_course", "add_event", "book", "book_delegate", "confirm_booking_import", "discard_booking_import",
           "find_or_add_delegate", "start_booking_import", "update_course", "update_event"]
