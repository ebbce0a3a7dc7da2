"""Training's writes, one module per area; import them from here."""
from .bookings import book, book_delegate, find_or_add_delegate
from .courses import add_course, update_course
from .events import add_event, update_event
from .places import cancel_booking, cancel_event, offer_places
from .register import record_register

__all__ = ["add_course", "add_event", "book", "book_delegate", "cancel_booking", "cancel_event",
           "find_or_add_delegate", "offer_places", "record_register", "update_course", "update_event"]
