"""A small benchmark beside the tests: the time to build a 20-paper pack (10 PDFs of 4 pages, 10 Word papers).

The time is printed (`pytest -s`), not asserted against a target (no timing tests); the generous bound only
catches a pack that has become pathologically slow."""
import time

import pytest

from assure.meetings import services
from assure.meetings.agenda_pack import build_pack

from .documents_fixtures import docx_bytes, pdf_bytes, stored_paper

PAPERS = 20


@pytest.mark.django_db
def test_a_twenty_paper_pack(meeting, business_user):
    pdf = pdf_bytes(4, "Board paper")
    for number in range(1, PAPERS // 2 + 1):
        item = services.add_agenda_item(meeting, number=str(number), title=f"Item {number}", by=business_user)
        stored_paper(item, f"Report {number}", f"report-{number}.pdf", pdf)
        stored_paper(item, f"Briefing {number}", f"briefing-{number}.docx",
                     docx_bytes("Briefing", "Fictional briefing text. " * 40))

    started = time.monotonic()
    pack = build_pack(meeting)
    seconds = time.monotonic() - started

    print(f"\nagenda pack: {PAPERS} papers, {pack.pages} pages, {len(pack.pdf) / 1024:.0f} KB, {seconds:.1f} s")
    assert sum(part.included for part in pack.papers) == PAPERS
    assert len(pack.outline) == PAPERS + 3
    assert seconds < 120
