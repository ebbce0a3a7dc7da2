from . import complaints, escalations, inspections
from .audits import (
    audit_add,
    audit_case_add,
    audit_case_remove,
    audit_detail,
    audit_edit,
    audit_list,
    audit_return_add,
    grading_scale,
)
from .programme import (
    activity_add,
    activity_detail,
    activity_edit,
    finding_add,
    finding_edit,
    finding_remove,
    overview,
    programme,
    recommendation_action_add,
    recommendation_add,
    recommendation_edit,
    recommendation_remove,
)
from .risks import heat_map, risk_action_add, risk_add, risk_close, risk_detail, risk_edit, risk_list, risk_reopen
from .self_assessment import (
    round_add,
    round_deadline,
    round_detail,
    round_list,
    round_organisations,
    round_start,
    template_edit,
)
from .self_assessment_returns import (
    follow_up_add,
    import_preview,
    import_upload,
    plan_action_add,
    plan_recommendation_add,
    return_contact,
    return_detail,
    return_edit,
)
from .set_up import audit_set_up, inspection_set_up, thematic_set_up
from .thematic import (
    progress_add,
    self_evaluation_add,
    thematic_add,
    thematic_detail,
    thematic_edit,
    thematic_list,
)

__all__ = ["activity_add", "activity_detail", "activity_edit", "finding_add", "overview", "programme",
           "recommendation_action_add", "recommendation_add",
           "finding_edit", "finding_remove", "recommendation_edit", "recommendation_remove",
           "heat_map", "risk_action_add", "risk_add", "risk_close", "risk_detail", "risk_edit", "risk_list",
           "risk_reopen", "inspections", "escalations", "complaints",
           "audit_add", "audit_case_add", "audit_case_remove", "audit_detail", "audit_edit", "audit_list",
           "audit_return_add", "grading_scale",
           "progress_add", "self_evaluation_add", "thematic_add", "thematic_detail", "thematic_edit", "thematic_list",
           "round_add", "round_deadline", "round_detail", "round_list", "round_organisations", "round_start", "template_edit", "follow_up_add",
           "import_preview", "import_upload", "plan_action_add", "plan_recommendation_add", "return_contact",
           "return_detail", "return_edit", "audit_set_up", "thematic_set_up", "inspection_set_up"]
