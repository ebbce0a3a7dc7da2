"""A yearly report as a Composition: the title page, then each section of its kind in order, holding what people
wrote (`SectionText`) and what Assure read live (`content.live`). A signed-off report is drawn from its frozen
composition instead, so its figures never move again.

Drafting reads every other app (about two seconds), so it is a job ("reports.draft", reports/jobs.py): the pages
read the draft kept on the report (`stored`), with today's text and reasons laid over it."""
from dataclasses import dataclass, field

from assure.documents.compose import Composition, Paragraph, Section, from_data, paragraphs, to_data

from . import checklist, content, sections

DRAFT_NOTE = "Draft: figures are live and change until the report is signed off."


@dataclass(frozen=True)
class Draft:
    composition: Composition
    figures: dict
    filled: frozenset[str]
    checklist: list
    has_data: frozenset[str] = frozenset()  # live sections that found data for the period
    written: dict = field(default_factory=dict)  # key: how many of the section's first blocks people wrote


def period_of(report) -> content.Period:
    return content.Period(report.partnership, report.kind, report.starts_on, report.ends_on)


def draft(report, *, texts: dict[str, str] | None = None, reasons: dict[str, str] | None = None) -> Draft:
    """The report as it stands now, from live data. `texts` and `reasons` default to what is saved."""
    if texts is None:
        texts = {text.key: text.text for text in report.texts.all()}
    if reasons is None:
        reasons = {reason.requirement: reason.reason for reason in report.missing_reasons.all()}
    period = period_of(report)
    built, filled, has_data, written_blocks = [], set(), set(), {}
    for spec in sections.sections_for(report.kind):
        written = texts.get(spec.key, "")
        live = content.live(period, spec.key) if spec.live else content.Live()
        if sections.is_filled(spec, written, live.has_data):
            filled.add(spec.key)
        if live.has_data:
            has_data.add(spec.key)
        blocks = paragraphs(written)
        if not blocks and spec.needs_words:
            blocks = (Paragraph("Not yet written.", "empty"),)
        written_blocks[spec.key] = len(blocks)
        built.append(Section(spec.title, blocks + live.blocks, live.children, key=spec.key,
                             new_page=spec.appendix))
    composition = Composition(
        title=report.title, subtitle=report.get_kind_display(), author=report.partnership.name,
        lines=(f"{report.partnership.name}. The year from {period.words}.",),
        draft_note=DRAFT_NOTE if report.is_draft else "", table_of_contents=True, sections=tuple(built))
    return Draft(composition, content.figures(period), frozenset(filled), checklist.check(report.kind, filled, reasons),
                 frozenset(has_data), written_blocks)


def to_stored(drafted: Draft) -> dict:
    """What drafting keeps on the report (`YearlyReport.drafted`)."""
    return {"composition": to_data(drafted.composition), "figures": drafted.figures,
            "sections": [{"key": section.key, "has_data": section.key in drafted.has_data,
                          "written": drafted.written.get(section.key, 0)} for section in drafted.composition.sections]}


def stored(report) -> Draft | None:
    """The draft kept by the last drafting job, None before the first. Whether each section is filled, and so the
    checklist, follow the text and reasons saved since: a person's edit shows at once; figures wait for a redraft."""
    if not report.drafted:
        return None
    texts = {text.key: text.text for text in report.texts.all()}
    reasons = {reason.requirement: reason.reason for reason in report.missing_reasons.all()}
    kept = {entry["key"]: entry for entry in report.drafted["sections"]}
    has_data = frozenset(key for key, entry in kept.items() if entry["has_data"])
    filled = {spec.key for spec in sections.sections_for(report.kind)
              if sections.is_filled(spec, texts.get(spec.key, ""), spec.key in has_data)}
    return Draft(from_data(report.drafted["composition"]), report.drafted["figures"], frozenset(filled),
                 checklist.check(report.kind, filled, reasons), has_data,
                 {key: entry["written"] for key, entry in kept.items()})


def composition_of(report) -> Composition:
    """What the report's files are drawn from: the frozen composition once signed off, else the live draft."""
    if report.frozen:
        return from_data(report.frozen["composition"])
    return draft(report).composition
