"""The HTML rendering opened in Debian's Chromium as a saved file: axe-core's WCAG 2.2 AA rules pass, and at 390 px
nothing scrolls sideways (a wide table scrolls inside its own labelled wrapper, a very long word wraps)."""
import shutil

import pytest

from assure.core.tests.test_accessibility import DESKTOP, PHONE, check_page
from assure.core.tests.test_end_to_end import CHROMIUM, launch_chromium

from ..compose import Paragraph, Section, Table
from ..render import render
from . import samples

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not shutil.which(CHROMIUM), reason="make test installs Debian's chromium"),
]


def wide_composition():
    columns = tuple(f"Quarter {n} of the year" for n in range(1, 9))
    rows = tuple(tuple(f"{n * q * 123_457:,}" for q in range(1, 9)) for n in range(1, 6))
    return samples.small(sections=samples.small().sections + (
        Section("Wide figures", (Paragraph("Unbroken" * 40), Table(columns, rows, numeric=tuple(range(8))),
                                 Table(("Organisation", "Attended"), (), caption="Apologies")),
                children=(Section("", (Paragraph("A section whose title was left blank."),)),)),))


def test_rendered_page_passes_axe_and_fits_a_phone(tmp_path):
    path = tmp_path / "report.html"
    path.write_bytes(render(wide_composition(), "html"))
    problems = []
    with launch_chromium() as browser:
        for viewport in (PHONE, DESKTOP):
            context = browser.new_context(viewport=viewport)
            page = context.new_page()
            page.goto(path.as_uri())
            assert page.title() == "Fenbridge Safeguarding Partnership: yearly report 2025 to 2026"
            check_page(page, f"rendered composition at {viewport['width']} px", problems, viewport)
            if viewport is PHONE:
                wide = page.get_by_role("region", name="Table: Quarter 1 of the year")
                assert wide.evaluate("e => e.scrollWidth > e.clientWidth")  # it scrolls, the page does not
                page.keyboard.press("Tab")  # the contents' first link, then on to the tables
                assert page.evaluate("document.activeElement.tagName") == "A"
                image = page.get_by_role("img", name=samples.chart(1).description)
                assert image.evaluate("e => e.naturalWidth > 0 && e.getBoundingClientRect().width <= 390")
            context.close()
    assert not problems, "\n".join(problems)
