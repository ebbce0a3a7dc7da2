"""The sections of a yearly report, in order, after the seeds' reports: what people write (`written`), what Assure
fills in from live data (`live`: `content.LIVE` by the same key), and which kinds of report have them.

A section is *filled* when people have written its text, or, for a section Assure fills, when the live data holds
something for the period; sections whose substance only people can give (`needs_words`) count as filled only when
written."""
from dataclasses import dataclass

ALL = ("children", "adults", "joint")


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: str
    # what the business team is asked to write here (shown above the text box)
    prompt: str
    live: bool = False
    needs_words: bool = False
    kinds: tuple[str, ...] = ALL
    appendix: bool = False


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("foreword", "Foreword",
                "The independent scrutineer's or chair's view of the year, in their own words.", needs_words=True),
    SectionSpec("about", "About our area and our partnership",
                "The area, its population and what makes safeguarding here particular.", live=True),
    SectionSpec("governance", "Our arrangements and how they are governed",
                "How the partners work together; changes to the arrangements this year.", live=True),
    SectionSpec("effectiveness", "How effective our arrangements have been",
                "Your judgement of how well the arrangements worked in practice, and the evidence for it.",
                needs_words=True),
    SectionSpec("priorities", "Progress against our priorities",
                "What changed for children, adults and families under each priority; where progress was slow and why.",
                live=True),
    SectionSpec("reviews", "Learning from reviews",
                "What the reviews taught, what was done about their recommendations and what difference it made.",
                live=True),
    SectionSpec("assurance", "Assurance: audits, inspections and self-assessment",
                "What the assurance work found and what happened as a result.", live=True),
    SectionSpec("training", "Training and its impact",
                "How the training offer changed practice; what delegates and their managers said.", live=True),
    SectionSpec("voice", "The voice of children, young people, adults and families",
                "How the partnership sought and used the views of people who use services, and what changed as a result.",
                needs_words=True),
    SectionSpec("partners", "What each partner did",
                "Each member's own contribution to the strategy during the year.", live=True),
    SectionSpec("next_year", "Looking ahead",
                "The priorities for the coming year and what the partnership will do differently.", live=True),
    SectionSpec("performance", "Appendix: the performance dataset",
                "Anything a reader needs to read the dataset's figures.", live=True, appendix=True),
    SectionSpec("finance", "Appendix: finance",
                "Anything a reader needs to read the budget: changes to contributions, reserves.", live=True,
                appendix=True),
    SectionSpec("attendance", "Appendix: attendance",
                "Anything a reader needs to read the attendance figures.", live=True, appendix=True),
    SectionSpec("partner_reports", "Appendix: partner reports",
                "The partners' own reports of their year.", live=True, appendix=True),
)

BY_KEY = {spec.key: spec for spec in SECTIONS}


def sections_for(kind: str) -> tuple[SectionSpec, ...]:
    return tuple(spec for spec in SECTIONS if kind in spec.kinds)


def is_filled(spec: SectionSpec, written: str, has_live_data: bool) -> bool:
    if (written or "").strip():
        return True
    return spec.live and not spec.needs_words and has_live_data
