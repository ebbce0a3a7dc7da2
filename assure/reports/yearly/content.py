"""What Assure knows for each section of a yearly report, read live from the other apps for a period: a function
per live section (`LIVE[key](period) -> Live`) and the figures of the JSON summary (`figures(period)`).

Every function answers for an empty period too, saying so in words (`Paragraph(..., "empty")`), never failing."""
import datetime
from dataclasses import dataclass

from assure.documents.compose import Paragraph, Section
from assure.meetings.models import Meeting


@dataclass(frozen=True)
class Period:
    partnership: object
    kind: str  # "children", "adults" or "joint"
    starts_on: datetime.date
    ends_on: datetime.date

    @property
    def words(self) -> str:
        return f"{self.starts_on:%-d %B %Y} to {self.ends_on:%-d %B %Y}"


@dataclass(frozen=True)
class Live:
    blocks: tuple = ()
    has_data: bool = False
    children: tuple[Section, ...] = ()


def nothing(what: str) -> Live:
    return Live((Paragraph(what, "empty"),), False)


def meetings_held(period: Period):
    return Meeting.objects.filter(partnership=period.partnership, date__gte=period.starts_on,
                                  date__lte=period.ends_on)


def about(period: Period) -> Live:
    partnership = period.partnership
    covers = " and ".join(w for w, c in (("children", partnership.covers_children),
                                          ("adults", partnership.covers_adults)) if c)
    return Live((Paragraph(f"{partnership.name} is the safeguarding partnership for {covers} in its area. This report "
                           f"covers {period.words}."),), True)


LIVE = {"about": about}


def live(period: Period, key: str) -> Live:
    function = LIVE.get(key)
    return function(period) if function else nothing("Assure holds nothing for this section yet.")


def figures(period: Period) -> dict:
    return {"meetings": meetings_held(period).count()}
