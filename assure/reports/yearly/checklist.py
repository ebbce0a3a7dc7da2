"""What the law asks a yearly report to contain, and which sections meet each requirement (ADR 0139).

Children's: Working Together to Safeguard Children 2023 (as updated February 2024), chapter 2, "Reporting": the
yearly report. Adults': Care Act 2014, Schedule 2, paragraph 4(1) (a) to (g). A joint report meets both. A
requirement is met when any of its sections is filled (`sections.is_filled`); one left empty needs a recorded reason
before the report can be published."""
from dataclasses import dataclass

WORKING_TOGETHER = "Working Together to Safeguard Children 2023, chapter 2 (yearly report)"
CARE_ACT = "Care Act 2014, Schedule 2, paragraph 4(1)"


@dataclass(frozen=True)
class Requirement:
    code: str
    text: str
    source: str
    sections: tuple[str, ...]
    kinds: tuple[str, ...]


CHILDREN = ("children", "joint")
ADULTS = ("adults", "joint")

REQUIREMENTS: tuple[Requirement, ...] = (
    Requirement("WT-done", "What the safeguarding partners have done as a result of the arrangements, including on "
                "child safeguarding practice reviews", WORKING_TOGETHER, ("governance", "reviews"), CHILDREN),
    Requirement("WT-effective", "How effective the arrangements have been in practice", WORKING_TOGETHER,
                ("effectiveness",), CHILDREN),
    Requirement("WT-impact", "Evidence of the impact of the partners' and relevant agencies' work, including "
                "training, on outcomes for children and families", WORKING_TOGETHER, ("training", "priorities"),
                CHILDREN),
    Requirement("WT-slow", "An analysis of any areas where there has been little or no evidence of progress on "
                "agreed priorities", WORKING_TOGETHER, ("priorities",), CHILDREN),
    Requirement("WT-reviews", "Decisions and actions taken by the partners to implement the recommendations of local "
                "and national child safeguarding practice reviews, and the improvements that resulted",
                WORKING_TOGETHER, ("reviews",), CHILDREN),
    Requirement("WT-voice", "How the partners have sought and used feedback from children and families to inform "
                "their work and influence service provision", WORKING_TOGETHER, ("voice",), CHILDREN),
    Requirement("SAB-a", "(a) What the Board has done during the year to achieve its objective", CARE_ACT,
                ("governance", "priorities"), ADULTS),
    Requirement("SAB-b", "(b) What the Board has done during the year to implement its strategy", CARE_ACT,
                ("priorities",), ADULTS),
    Requirement("SAB-c", "(c) What each member has done during the year to implement the strategy", CARE_ACT,
                ("partners",), ADULTS),
    Requirement("SAB-d", "(d) The findings of the safeguarding adults reviews concluded during the year", CARE_ACT,
                ("reviews",), ADULTS),
    Requirement("SAB-e", "(e) The reviews ongoing at the end of the year (whether or not begun during it)", CARE_ACT,
                ("reviews",), ADULTS),
    Requirement("SAB-f", "(f) What the Board has done during the year to implement the findings of reviews",
                CARE_ACT, ("reviews",), ADULTS),
    Requirement("SAB-g", "(g) Where it decided not to implement a finding of a review, the reasons for its decision",
                CARE_ACT, ("reviews",), ADULTS),
)

BY_CODE = {requirement.code: requirement for requirement in REQUIREMENTS}

# To whom the published report goes. Children's: the Panel and the What Works Centre within seven days of
# publication (Working Together 2023). Adults': Care Act 2014 Schedule 2 paragraph 4(2), no time limit.
RECIPIENTS = {
    "children": ("Child Safeguarding Practice Review Panel", "What Works Centre for Children's Social Care"),
    "adults": ("Chief executive of the local authority", "Leader of the local authority",
               "Local policing body (Police and Crime Commissioner)", "Local Healthwatch",
               "Chair of the Health and Wellbeing Board"),
}
RECIPIENTS["joint"] = RECIPIENTS["children"] + RECIPIENTS["adults"]
SEND_WITHIN_DAYS = 7


@dataclass(frozen=True)
class Line:
    requirement: Requirement
    met_by: tuple[str, ...]  # keys of the filled sections that meet it
    reason: str  # why it is left empty, when recorded

    @property
    def met(self) -> bool:
        return bool(self.met_by)

    @property
    def excused(self) -> bool:
        return not self.met and bool(self.reason.strip())


def requirements_for(kind: str) -> tuple[Requirement, ...]:
    return tuple(requirement for requirement in REQUIREMENTS if kind in requirement.kinds)


def check(kind: str, filled: set[str], reasons: dict[str, str]) -> list[Line]:
    """Each requirement for the kind of report, with the filled sections that meet it and any recorded reason."""
    return [Line(requirement, tuple(key for key in requirement.sections if key in filled),
                 reasons.get(requirement.code, ""))
            for requirement in requirements_for(kind)]


def blocking(lines: list[Line]) -> list[Line]:
    """Requirements that stop publication: not met and no reason recorded."""
    return [line for line in lines if not line.met and not line.excused]
