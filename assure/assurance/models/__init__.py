"""Assurance: what the partnership learns about whether children and adults are safe (issue 9).

- `programme`: the year's assurance programme. Every audit, thematic review, self-assessment round, visit and
  inspection is an `Activity` on it; findings and recommendations hang on the activity, and each recommendation's
  actions live in the shared action log (`RecommendationAction`), so one overview shows what was learnt, what was
  done and what is still open.
- `risks`: the risk register (5 x 5 scoring, ADR 0120).
- `self_assessment`: section 11 and section 175/157 rounds, their standards, returns, follow-ups and survey imports.
Each area's own detail (a case audit's sample and agency returns, a thematic review's key areas, a self-assessment
round's standards and returns, an inspection's judgements) is a module of its own, linked one-to-one to its Activity.
"""
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
           "SCALE_CHOICES", "SCORE_FIELDS", "Risk", "RiskAction",
           "FollowUp", "Framework", "Rating", "ReturnImport", "RoundStandard", "SelfAssessmentReturn",
           "SelfAssessmentRound", "StandardRating", "TemplateStandard"]
