"""Assurance: what the partnership learns about whether children and adults are safe (issue 9).

- `programme`: the year's assurance programme. Every audit, thematic review, self-assessment round, visit and
  inspection is an `Activity` on it; findings and recommendations hang on the activity, and each recommendation's
  actions live in the shared action log (`RecommendationAction`), so one overview shows what was learnt, what was
  done and what is still open.
- `risks`: the risk register (5 x 5 scoring, ADR 0120).
- `inspections`: an inspection's detail (type, dates, judgements, the published report, preparation tasks).
- `escalations`: escalations and professional disagreements moving through the partnership's stages.
- `complaints`: complaints about the partnership against its timescales.
- `audits`: case audits (sample, agency returns graded on the partnership's scale) and thematic reviews (key
  areas, agencies' self-evaluations, progress reports).
- `self_assessment`: section 11 and section 175/157 rounds, their standards, returns, follow-ups and survey imports.
Each area's own detail (a case audit's sample and agency returns, a thematic review's key areas, a self-assessment
round's standards and returns, an inspection's judgements) is a module of its own, linked one-to-one to its Activity.
"""
from .audits import (
    DEFAULT_DOMAINS,
    DEFAULT_GRADES,
    AgencyReturn,
    AuditCase,
    CaseAudit,
    GradingScale,
    ProgressReport,
    SelfEvaluation,
    ThematicReview,
)
from .complaints import Complaint, ComplaintTimescales
from .escalations import DEFAULT_STAGES, Escalation, EscalationStage, EscalationStep
from .inspections import Inspection, InspectionJudgement, InspectionPreparation
from .programme import Activity, Finding, Recommendation, RecommendationAction
from .risks import IMPACT_CHOICES, LIKELIHOOD_CHOICES, SCALE_CHOICES, SCORE_FIELDS, Risk, RiskAction
from .self_assessment import (
    FollowUp,
    Framework,
    Rating,
    ReturnImport,
    RoundStandard,
    SelfAssessmentReturn,
    SelfAssessmentRound,
    StandardRating,
    TemplateStandard,
)

__all__ = ["Activity", "Finding", "Recommendation", "RecommendationAction", "IMPACT_CHOICES", "LIKELIHOOD_CHOICES",
           "SCALE_CHOICES", "SCORE_FIELDS", "Risk", "RiskAction", "Inspection", "InspectionJudgement",
           "InspectionPreparation", "DEFAULT_STAGES", "Escalation", "EscalationStage", "EscalationStep", "Complaint",
           "ComplaintTimescales", "DEFAULT_DOMAINS", "DEFAULT_GRADES", "AgencyReturn", "AuditCase", "CaseAudit",
           "GradingScale", "ProgressReport", "SelfEvaluation", "ThematicReview",
           "FollowUp", "Framework", "Rating", "ReturnImport", "RoundStandard", "SelfAssessmentReturn",
           "SelfAssessmentRound", "StandardRating", "TemplateStandard"]
