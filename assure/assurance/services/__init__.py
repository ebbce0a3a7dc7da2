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
from .complaints import (
    acknowledge_complaint,
    edit_complaint,
    record_complaint,
    respond_to_complaint,
    update_complaint_timescales,
)
from .escalations import (
    add_escalation_stage,
    edit_escalation,
    edit_escalation_stage,
    escalate,
    record_escalation,
    remove_escalation_stage,
    resolve_escalation,
)
from .inspections import (
    add_inspection,
    add_judgement,
    add_preparation_task,
    edit_inspection,
    remove_judgement,
    upload_report,
)
from .programme import (
    add_activity,
    add_finding,
    add_recommendation,
    add_recommendation_action,
    edit_activity,
    edit_finding,
    edit_recommendation,
    removal_refusal,
    remove_finding,
    remove_recommendation,
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
from .set_up import set_up_case_audit, set_up_inspection, set_up_thematic_review
from .thematic import add_progress_report, add_thematic_review, edit_thematic_review, record_self_evaluation

__all__ = ["add_activity", "edit_activity", "add_finding", "add_recommendation", "add_recommendation_action",
           "edit_finding", "remove_finding", "edit_recommendation", "remove_recommendation", "removal_refusal",
           "add_risk", "edit_risk", "add_risk_action", "close_risk", "reopen_risk",
           "add_inspection", "edit_inspection", "add_judgement", "remove_judgement", "upload_report",
           "add_preparation_task",
           "record_escalation", "edit_escalation", "escalate", "resolve_escalation", "add_escalation_stage",
           "edit_escalation_stage", "remove_escalation_stage",
           "update_complaint_timescales", "record_complaint", "edit_complaint",
           "acknowledge_complaint", "respond_to_complaint",
           "add_case_audit", "edit_case_audit", "add_sample_case", "remove_sample_case", "record_agency_return",
           "edit_grading_scale", "add_thematic_review", "edit_thematic_review", "record_self_evaluation",
           "add_progress_report",
           "save_standards_template", "add_self_assessment_round", "set_up_round", "ask_organisations",
           "change_deadline", "nominate_contact", "submit_return", "record_follow_up", "start_return_import",
           "confirm_return_import", "set_up_case_audit", "set_up_thematic_review", "set_up_inspection"]
