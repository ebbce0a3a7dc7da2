"""Every change to assurance records goes through these functions: atomic, naming who acted (by=), refusing bad
input with a ValidationError a person can act on (a refusal writes nothing)."""
from .audits import (
    add_case_audit,
    add_sample_case,
    edit_case_audit,
    edit_grading_scale,
    record_agency_return,
    remove_sample_case,
)
from .programme import (
    add_activity,
    add_finding,
    add_recommendation,
    add_recommendation_action,
    edit_activity,
)
from .risks import add_risk, add_risk_action, close_risk, edit_risk, reopen_risk
from .thematic import add_progress_report, add_thematic_review, edit_thematic_review, record_self_evaluation

__all__ = ["add_activity", "edit_activity", "add_finding", "add_recommendation", "add_recommendation_action",
           "add_risk", "edit_risk", "add_risk_action", "close_risk", "reopen_risk",
           "add_case_audit", "edit_case_audit", "add_sample_case", "remove_sample_case", "record_agency_return",
           "edit_grading_scale", "add_thematic_review", "edit_thematic_review", "record_self_evaluation",
           "add_progress_report"]
