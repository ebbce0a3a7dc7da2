"""Every change to meetings goes through these functions: atomic, keyword arguments, naming who acted (by=).

Other apps (the demo data, the minutes importer) call them the same way the pages do.
They raise django.core.exceptions.ValidationError with a message a person can act on,
or assure.core.concurrency.EditConflict when a save is based on an out-of-date copy.
"""
from .agenda import (
                     DecisionChange,
                     NewAction,
                     add_agenda_item,
                     add_agenda_items,
                     add_decision,
                     add_decisions,
                     add_paper,
                     edit_agenda_item,
                     move_agenda_item,
                     record_item_action,
                     record_item_minutes,
                     record_minutes,
                     remove_agenda_item,
                     remove_decision,
                     remove_paper,
)
from .attendance import AttendanceEntry, NewPerson, record_attendance, record_attendance_list, remove_attendance
from .forward_plan import (
                     Booking,
                     add_entry_to_agenda,
                     book_forward_plan_entries,
                     book_forward_plan_entry,
                     edit_forward_plan_entry,
                     remove_forward_plan_entry,
)
from .matters_arising import OUTCOMES, record_matters_arising_update, record_matters_arising_updates
from .meetings import approve_minutes, cancel_meeting, edit_meeting, schedule_meeting

__all__ = [
    "AttendanceEntry", "DecisionChange", "NewAction", "NewPerson", "OUTCOMES", "add_agenda_item", "add_agenda_items", "add_decision", "add_decisions", "Booking", "book_forward_plan_entries", "add_entry_to_agenda", "add_paper",
    "approve_minutes", "book_forward_plan_entry", "cancel_meeting", "edit_agenda_item", "edit_forward_plan_entry",
    "edit_meeting", "move_agenda_item", "record_attendance", "record_attendance_list", "record_item_action", "record_item_minutes", "record_matters_arising_update", "record_matters_arising_updates",
    "record_minutes", "remove_agenda_item", "remove_attendance", "remove_decision", "remove_forward_plan_entry",
    "remove_paper", "schedule_meeting",
]
