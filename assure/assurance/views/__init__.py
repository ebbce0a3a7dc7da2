from . import complaints, escalations, inspections
from .risks import heat_map, risk_action_add, risk_add, risk_close, risk_detail, risk_edit, risk_list, risk_reopen

__all__ = ["heat_map", "risk_action_add", "risk_add", "risk_close", "risk_detail", "risk_edit", "risk_list",
           "risk_reopen", "inspections", "escalations", "complaints"]
