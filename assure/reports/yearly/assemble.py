"""A yearly report as a Composition: the title page, then each section of its kind in order, holding what people
wrote (`SectionText`) and what Assure read live (`content.live`). A signed-off report is drawn from its frozen
composition instead, so its figures never move again."""
from dataclasses import dataclass

from assure.documents.compose import Composition, Paragraph, Section, from_data, paragraphs

from . import checklist, content, sections

DRAFT_NOTE = "Draft: figures are live and change until the report is signed off."


@dataclass(frozen=True)
class Draft:
    composition: Composition
    figures: dict
    filled: frozenset[str]
    checklist: list


def period_of(report) -> content.Period:
    return content.Period(report.partnership, report.kind, report.starts_on, report.ends_on)


def draft(report, *, texts: dict[str, str] | None = None, reasons: dict[str, str] | None = None) -> Draft:
    """The report as it stands now, from live data. `texts` and `reasons` default to what is saved."""
    if texts is None:
        texts = {text.key: text.text for text in report.texts.all()}
    if reasons is None:
        reasons = {reason.requirement: reason.reason for reason in report.missing_reasons.all()}
    period = period_of(report)
    built, filled = [], set()
    for spec in sections.sections_for(report.kind):
        written = texts.get(spec.key, "")
        live = content.live(period, spec.key) if spec.live else content.Live()
        if sections.is_filled(spec, written, live.has_data):
            filled.add(spec.key)
        blocks = paragraphs(written)
        if not blocks and spec.needs_words:
            blocks = (Paragraph("Not yet written.", "empty"),)
        built.append(Section(spec.title, blocks + live.blocks, live.children, key=spec.key,
                             new_page=spec.appendix))
    composition = Composition(
        title=report.title, subtitle=report.get_kind_display(), author=report.partnership.name,
        lines=(f"{report.partnership.name}. The year from {period.words}.",),
        draft_note=DRAFT_NOTE if report.is_draft else "", table_of_contents=True, sections=tuple(built))
    return Draft(composition, content.figures(period), frozenset(filled), checklist.check(report.kind, filled, reasons))


def composition_of(report) -> Composition:
    """What the report's files are drawn from: the frozen composition once signed off, else the live draft."""
    if report.frozen:
        return from_data(report.frozen["composition"])
    return draft(report).composition
