from . import complaints, escalations, inspections
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

__all__ = ["activity_add", "activity_detail", "activity_edit", "finding_add", "overview", "programme",
           "recommendation_action_add", "recommendation_add",
           "heat_map", "risk_action_add", "risk_add", "risk_close", "risk_detail", "risk_edit", "risk_list",
           "risk_reopen", "inspections", "escalations", "complaints"]
