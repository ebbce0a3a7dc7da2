"""What the yearly report's page shows of its kept draft, or of its signed-off version: each section's drafted blocks
as HTML, and what says which sections are filled.

A large partnership's draft is about 500 KB of JSON (ten years of tables, charts as SVG and PNG). Decoding it,
building its composition and rendering every block through the template took most of the page's 50-80 ms, on every
view, for a draft that reads the same to everyone until the next redraft, sign-off or reopening. So it is drawn once
and kept in Django's cache under the partnership, the report, the SHA-256 of the draft (`drafted_digest` /
`frozen_digest`, kept with the data by `YearlyReport.save`) and of the blocks' template: a new draft is a new key,
so a stale one is never shown (ADR 0159). What people write, comments and reasons are read live, as before.
"""
import functools
import hashlib
from dataclasses import dataclass

from django.core.cache import cache
from django.template.loader import get_template
from django.utils.safestring import mark_safe

from assure.documents.compose import from_data

from .yearly import checklist, sections

BLOCKS_TEMPLATE = "reports/includes/yearly_blocks.html"
KEPT_SECONDS = 7 * 24 * 60 * 60


@dataclass(frozen=True)
class Part:
    """What Assure drafted for one section, drawn: its blocks (after the ones people wrote, on a draft; all of them
    once signed off) and each subsection's title and blocks."""

    blocks_html: str
    has_blocks: bool
    children: tuple[tuple[str, str], ...] = ()

    @property
    def html(self):
        return mark_safe(self.blocks_html)  # drawn by our own template, which escapes what it shows

    @property
    def subsections(self) -> list[dict]:
        return [{"title": title, "html": mark_safe(html)} for title, html in self.children]


@dataclass(frozen=True)
class Shown:
    parts: dict  # section key: Part
    has_data: frozenset = frozenset()  # a draft's sections that found data for the period
    frozen: tuple | None = None  # a signed-off report's (filled keys, checklist entries), as kept at sign-off

    def filled(self, kind: str, texts: dict[str, str]) -> frozenset:
        """The sections counted as filled: as signed off, or (a draft) by what people have written since."""
        if self.frozen is not None:
            return frozenset(self.frozen[0])
        return frozenset(spec.key for spec in sections.sections_for(kind)
                         if sections.is_filled(spec, texts.get(spec.key, ""), spec.key in self.has_data))

    def checklist(self, kind: str, texts: dict[str, str], reasons: dict[str, str]) -> list:
        if self.frozen is not None:
            return [checklist.Line(checklist.BY_CODE[code], tuple(met_by), reasons.get(code, reason))
                    for code, met_by, reason in self.frozen[1]]
        return checklist.check(kind, self.filled(kind, texts), reasons)


def shown(report) -> Shown | None:
    """The signed-off version once there is one, else the last kept draft; None before the first draft."""
    if report.frozen_digest:
        name, digest = "frozen", report.frozen_digest
    elif report.drafted_digest:
        name, digest = "drafted", report.drafted_digest
    else:
        return None
    key = f"assure-yearly-page:{report.partnership_id}:{report.pk}:{name}:{digest}:{_template_digest()}"
    kept = cache.get(key)
    if kept is None:
        kept = _draw(getattr(report, name), frozen=name == "frozen")
        cache.set(key, kept, timeout=KEPT_SECONDS)
    return kept


def _draw(data: dict, *, frozen: bool) -> Shown:
    template = get_template(BLOCKS_TEMPLATE)
    written = {} if frozen else {entry["key"]: entry["written"] for entry in data["sections"]}
    parts = {}
    for section in from_data(data["composition"]).sections:
        blocks = section.blocks[written.get(section.key, 0):]
        parts[section.key] = Part(_html(template, blocks), bool(blocks),
                                  tuple((child.title, _html(template, child.blocks)) for child in section.children))
    if frozen:
        filled = tuple(entry["key"] for entry in data["sections"] if entry["filled"])
        lines = tuple((entry["requirement"], tuple(entry["met_by"]), entry["reason"]) for entry in data["checklist"])
        return Shown(parts, frozen=(filled, lines))
    return Shown(parts, has_data=frozenset(entry["key"] for entry in data["sections"] if entry["has_data"]))


def _html(template, blocks) -> str:
    return str(template.render({"blocks": [(type(block).__name__.lower(), block) for block in blocks]}))


@functools.cache
def _template_digest() -> str:
    return hashlib.sha256(get_template(BLOCKS_TEMPLATE).template.source.encode()).hexdigest()[:16]
