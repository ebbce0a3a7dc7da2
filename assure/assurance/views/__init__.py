from .audits import (
    audit_action_add,
    audit_add,
    audit_case_add,
    audit_case_remove,
    audit_detail,
    audit_edit,
    audit_finding_add,
    audit_list,
    audit_recommendation_add,
    audit_return_add,
    grading_scale,
)
from .risks import heat_map, risk_action_add, risk_add, risk_close, risk_detail, risk_edit, risk_list, risk_reopen
from .thematic import (
    progress_add,
    self_evaluation_add,
    thematic_action_add,
    thematic_add,
    thematic_detail,
    thematic_edit,
    thematic_finding_add,
    thematic_list,
    thematic_recommendation_add,
)

__all__ = ["heat_map", "risk_action_add", "risk_add", "risk_close", "risk_detail", "risk_edit", "risk_list",
           "risk_reopen",
           "audit_action_add", "audit_add", "audit_case_add", "audit_case_remove", "audit_detail", "audit_edit",
           "audit_finding_add", "audit_list", "audit_recommendation_add", "audit_return_add", "grading_scale",
           "progress_add", "self_evaluation_add", "thematic_action_add", "thematic_add", "thematic_detail",
           "thematic_edit", "thematic_finding_add", "thematic_list", "thematic_recommendation_add"]
