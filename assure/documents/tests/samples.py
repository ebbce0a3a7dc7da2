"""Fictional compositions for the renderers' tests and benchmark: a chart drawn with matplotlib (SVG and PNG), a
table with numbers, RAG ratings and a total, and a report of any length (`report(pages=40, charts=10)`)."""
import functools
import io

from ..compose import Bullets, Chart, Composition, Paragraph, Section, Table

WORDS = ("The partnership met six times this year. Attendance by the three statutory partners was steady, and the "
         "subgroups reported to each meeting of the executive board with their progress on the priorities.")


@functools.cache
def drawn(number: int = 1) -> tuple[str, bytes]:
    """A bar chart as (SVG, PNG); the same every time for the same number."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6.4, 3.2), dpi=100)
    axes = figure.add_subplot()
    axes.bar(["Q1", "Q2", "Q3", "Q4"], [3 + number % 4, 5, 2 + number % 3, 4], color="#1d70b8")
    axes.set_ylabel("Referrals")
    svg, png = io.StringIO(), io.BytesIO()
    with matplotlib.rc_context({"svg.hashsalt": "assure", "svg.fonttype": "none"}):
        figure.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    figure.savefig(png, format="png", dpi=80, metadata={"Software": None})
    text = svg.getvalue()
    return text[text.index("<svg"):], png.getvalue()


def chart(number: int = 1, title: str = "Referrals by quarter") -> Chart:
    svg, png = drawn(number)
    return Chart(title=f"{title} ({number})", svg=svg, png=png,
                 description=f"A bar chart of referrals in each quarter, chart {number}: lowest in Q3, highest in Q2.")


def table(rows: int = 4, caption: str = "Reviews by kind") -> Table:
    ratings = ("green", "amber", "red")
    body = tuple((f"Priority {n}", str(n * 3), str(n * 7), ratings[n % 3].title()) for n in range(1, rows + 1))
    total = ("Total", str(sum(int(r[1]) for r in body)), str(sum(int(r[2]) for r in body)), "")
    return Table(columns=("Priority", "Started", "Published", "Progress"), rows=body + (total,), caption=caption,
                 widths=(3, 1, 1, 1.5), numeric=(1, 2), rag_column=3,
                 rags=tuple(ratings[n % 3] for n in range(1, rows + 1)) + ("",), total_row=True)


def small(**changes) -> Composition:
    """Two sections (the second on a new page, with a subsection), every kind of block."""
    values = dict(
        title="Fenbridge Safeguarding Partnership: yearly report 2025 to 2026", subtitle="Children's arrangements",
        author="Fenbridge Safeguarding Partnership", lines=("The year from 1 April 2025 to 31 March 2026.",),
        draft_note="Draft: not approved", table_of_contents=True,
        sections=(
            Section("Foreword", (Paragraph("What the partners did together.", "lead"), Paragraph(WORDS),
                                 Paragraph("Not yet written.", "empty"), Bullets(("Neglect", "Exploitation")),
                                 Paragraph("Source: the partnership's records.", "note")), key="foreword"),
            Section("Reviews", (table(), chart(1)), key="reviews", new_page=True,
                    children=(Section("Rapid reviews", (Table(("Case", "Decision"), (), caption="Rapid reviews"),),
                                      key="rapid"),)),
        ))
    values.update(changes)
    return Composition(**values)


def report(pages: int = 40, charts: int = 10) -> Composition:
    """About `pages` pages of A4 in the PDF: a section per page or so, `charts` charts spread through them."""
    sections = []
    every = max(1, pages // max(1, charts))
    for number in range(1, pages + 1):
        blocks = [Paragraph(WORDS), Paragraph(WORDS * 2), Bullets(("Neglect", "Exploitation", "Transitions")),
                  table(rows=6, caption=f"Progress in section {number}")]
        if number % every == 0 and len([s for s in sections if any(isinstance(b, Chart) for b in s.blocks)]) < charts:
            blocks.append(chart(number))
        sections.append(Section(f"Section {number}", tuple(blocks), key=f"s{number}", new_page=number % 3 == 0,
                                children=(Section(f"What changed in section {number}", (Paragraph(WORDS),)),)))
    return Composition(title="Benchmark yearly report", subtitle="Joint", author="Fenbridge Safeguarding Partnership",
                       lines=("A fictional report of about forty pages.",), draft_note="Draft: not approved",
                       table_of_contents=True, sections=tuple(sections))
