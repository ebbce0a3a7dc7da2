"""Every change to assurance records goes through these functions: atomic, naming who acted (by=), refusing bad
input with a ValidationError a person can act on (a refusal writes nothing)."""
from .programme import (
    add_activity,
    add_finding,
    add_recommendation,
    add_recommendation_action,
    edit_activity,
)
from .risks import add_risk, add_risk_action, close_risk, edit_risk, reopen_risk
from .self_assessment import (
    add_self_assessment_round,
    ask_organisations,
    change_deadline,
    confirm_return_import,
    nominate_contact,
    record_follow_up,
    save_standards_template,
    set_up_round,
    start_return_import,
    submit_return,
)

__all__ = ["add_activity", "edit_activity", "add_finding", "add_recommendation", "add_recommendation_action",
           "add_risk", "edit_risk", "add_risk_action", "close_risk", "reopen_risk",
           "save_standards_template", "add_self_assessment_round", "set_up_round", "ask_organisations", "change_deadline", "nominate_contact", "submit_return",
           "record_follow_up", "start_return_import", "confirm_return_import"]
