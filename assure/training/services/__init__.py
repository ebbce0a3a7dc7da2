"""Training's writes, one module per area; import them from here."""
from .bookings import book, book_delegate, find_or_add_delegate
from .courses import add_course, update_course
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

__all__ = ["IssuedLinks", "add_course", "add_event", "add_question", "book", "book_delegate", "find_or_add_delegate",
           "issue_links", "move_question", "reissue_link", "remove_question", "submit_evaluation", "update_course",
           "update_event", "update_question", "withdraw_link"]
