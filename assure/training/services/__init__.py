"""Training's writes, one module per area; import them from here."""
from .booking_imports import confirm_booking_import, discard_booking_import, start_booking_import
from .bookings import book, book_delegate, find_or_add_delegate
from .charges import restore_charge, waive_charge
from .courses import add_course, reinstate_course, retire_course, update_course
from .delegates import dismiss_duplicate, merge_delegates, update_delegate
from .evaluations import (
    IssuedLinks,
    add_question,
    issue_links,
    move_question,
    reissue_link,
    remove_question,
    submit_evaluation,
    update_question,
    withdraw_link,
)
from .events import add_event, update_event
from .outcomes import add_outcome, move_outcome, removal_refusal, remove_outcome, update_outcome
from .places import cancel_booking, cancel_event, offer_places
from .policy import save_policy
from .quotes import choose_quote, unchoose_quote
from .register import record_register
from .returns import remove_return, save_return

__all__ = [
    "IssuedLinks", "add_course", "add_event", "add_outcome", "add_question", "book", "book_delegate",
    "cancel_booking", "cancel_event", "choose_quote", "confirm_booking_import", "discard_booking_import",
    "dismiss_duplicate", "find_or_add_delegate", "issue_links", "merge_delegates", "move_outcome", "move_question",
    "offer_places", "record_register", "reinstate_course", "reissue_link", "removal_refusal", "remove_outcome",
    "remove_question", "remove_return", "restore_charge", "retire_course", "save_policy", "save_return",
    "start_booking_import", "submit_evaluation", "unchoose_quote", "update_course", "update_delegate",
    "update_event", "update_outcome", "update_question", "waive_charge", "withdraw_link",
]
