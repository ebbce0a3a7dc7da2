"""Building risks for tests through the services (fictional people and organisations only)."""
import datetime

from assure.partnerships.models import Body, Organisation, Person

from .. import services

D = datetime.date


def board(partnership):
    body, _ = Body.objects.get_or_create(partnership=partnership, name="Risk Test Executive Board",
                                         defaults={"kind": Body.Kind.EXECUTIVE_BOARD})
    return body


def owner(partnership, name="Priya Raman"):
    org, _ = Organisation.objects.get_or_create(partnership=partnership, name="Risk Test Council",
                                                defaults={"kind": "local_authority"})
    person, _ = Person.objects.get_or_create(partnership=partnership, full_name=name,
                                             defaults={"organisation": org})
    return person


def scores(inherent=(4, 4), current=(3, 4), target=(2, 3)) -> dict:
    return {"inherent_likelihood": inherent[0], "inherent_impact": inherent[1],
            "current_likelihood": current[0], "current_impact": current[1],
            "target_likelihood": target[0], "target_impact": target[1]}


def risk_fields(partnership, **overrides) -> dict:
    fields = {"title": "Partner contributions fall short of the agreed budget",
              "cause": "A partner's budget is cut in year.",
              "consequence": "Training and reviews go unfunded.", "category": "financial",
              "controls": "Three-year funding agreement.",
              "raised_on": D(2026, 1, 12), "review_date": D(2026, 6, 30), **scores()}
    fields.update(overrides)
    # Made only when not given, so a test's own owner and board are all that exist.
    if "owner" not in fields:
        fields["owner"] = owner(partnership)
    if "body" not in fields:
        fields["body"] = board(partnership)
    return fields


def risk(partnership, by, **overrides):
    return services.add_risk(partnership=partnership, by=by, **risk_fields(partnership, **overrides))


# --- case audits and thematic reviews (fictional)
def audit_fields(partnership, **overrides) -> dict:
    fields = {"year": 2025, "title": "Neglect multi-agency case audit", "theme": "Neglect",
              "period_start": D(2025, 10, 1), "period_end": D(2026, 3, 31), "moderation_on": D(2026, 4, 21),
              "reaudit_on": D(2027, 1, 15), "planned_report": D(2026, 6, 10)}
    fields.update(overrides)
    if "agencies" not in fields:
        fields["agencies"] = list(Organisation.objects.filter(partnership=partnership).order_by("name")[:3])
    if "reporting_body" not in fields:
        fields["reporting_body"] = board(partnership)
    return fields


def case_audit(partnership, by, **overrides):
    return services.add_case_audit(partnership=partnership, by=by, **audit_fields(partnership, **overrides))


SEVEN_AREAS = ["Early help", "Front door", "Assessment", "Child protection planning", "Children in care",
               "Exploitation", "Voice of the child"]


def thematic_review(partnership, by, **overrides):
    fields = {"year": 2025, "title": "Strategic thematic review of core safeguarding practice",
              "key_areas": SEVEN_AREAS, "planned_start": D(2025, 11, 3), "planned_report": D(2026, 5, 12)}
    fields.update(overrides)
    if "agencies" not in fields:
        fields["agencies"] = list(Organisation.objects.filter(partnership=partnership).order_by("name")[:3])
    if "reporting_body" not in fields:
        fields["reporting_body"] = board(partnership)
    return services.add_thematic_review(partnership=partnership, by=by, **fields)
