from .programme import (
    activity_add,
    activity_detail,
    activity_edit,
    finding_add,
    overview,
    programme,
    recommendation_action_add,
    recommendation_add,
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

__all__ = ["activity_add", "activity_detail", "activity_edit", "finding_add", "overview", "programme",
           "recommendation_action_add", "recommendation_add",
           "heat_map", "risk_action_add", "risk_add", "risk_close", "risk_detail", "risk_edit", "risk_list",
           "risk_reopen",
           "round_add", "round_deadline", "round_detail", "round_list", "round_organisations", "round_start", "template_edit", "follow_up_add",
           "import_preview", "import_upload", "plan_action_add", "plan_recommendation_add", "return_contact",
           "return_detail", "return_edit"]
