"""The chart of confidence per learning outcome (issue 11, training point 4), drawn with matplotlib as an accessible
SVG through the performance app's `charts.accessible_svg` (role="img", <title>, <desc> with the figures in words, no
inline styles). Before, straight after and at the follow-up differ in fill and hatching as well as colour (never
colour alone); the page shows the numbers in a table beside it."""
import textwrap

from matplotlib.figure import Figure
from matplotlib.ticker import MultipleLocator

from assure.performance.charts import accessible_svg

from .impact import STAGES

BARS = {
    "before": {"facecolor": "white", "edgecolor": "#505a5f", "hatch": "///", "linewidth": 1},
    "after": {"color": "#1d70b8"},
    "follow_up": {"facecolor": "#00703c", "edgecolor": "#0b0c0c", "hatch": "..", "linewidth": 1},
}


def describe(title: str, outcomes) -> str:
    """The chart in words: each outcome's mean confidence at each stage."""
    if not any(o.has_answers for o in outcomes):
        return f"Confidence in the learning outcomes of {title}: no answers yet."
    parts = []
    for o in outcomes:
        said = [f"{label.lower()} {mean.words()}" for (_, label), mean in
                zip(STAGES, (o.before, o.after, o.follow_up), strict=True)]
        parts.append(f"{o.text}: {'; '.join(said)}.")
    return f"Mean confidence (1 to 5) in each learning outcome of {title}. " + " ".join(parts)


def _draw(outcomes, width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100)
    axes = figure.add_subplot()
    rows = range(len(outcomes))
    for offset, ((stage, label), attribute) in zip((-0.27, 0, 0.27), zip(STAGES, ("before", "after", "follow_up"),
                                                                          strict=True), strict=False):
        values = [float(getattr(o, attribute).value or 0) for o in outcomes]
        axes.barh([r + offset for r in rows], values, height=0.25, label=label, **BARS[stage])
    axes.set_yticks(list(rows), ["\n".join(textwrap.wrap(o.text, 28)) for o in outcomes], fontsize=9)
    axes.invert_yaxis()
    axes.set_xlim(0, 5)
    axes.xaxis.set_major_locator(MultipleLocator(1))
    axes.set_xlabel("Mean confidence, 1 (not confident) to 5 (very confident)", fontsize=9)
    axes.tick_params(axis="x", labelsize=9)
    axes.grid(axis="x", color="#b1b4b6", linewidth=0.5)
    axes.set_axisbelow(True)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(loc="upper left", bbox_to_anchor=(0, -0.18), ncol=1, frameon=False, fontsize=9)
    figure.tight_layout()
    return figure


def confidence_chart(course_id: int, title: str, outcomes, *, width: float = 6.0) -> str:
    """`outcomes` is `impact.confidence(...)`: the SVG to put in the course's impact page."""
    height = max(2.8, 0.9 * len(outcomes) + 1.6)
    return accessible_svg(_draw(outcomes, width, height), key=f"confidence-{course_id}",
                          title=f"Confidence in each learning outcome, {title}", description=describe(title, outcomes))
