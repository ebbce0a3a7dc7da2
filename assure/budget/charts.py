"""The chart of spending by category (issue 11 point 8), drawn with matplotlib as an accessible SVG through the
performance app's `charts.accessible_svg` (role="img", <title>, <desc> with the figures in words, no inline styles).
Planned and spent bars differ in fill and hatching as well as colour (never colour alone); the page shows the numbers
in a table beside it."""
import io

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from assure.core import money
from assure.performance.charts import kept_svg

PLANNED = {"facecolor": "white", "edgecolor": "#505a5f", "hatch": "///", "linewidth": 1}
SPENT = {"color": "#1d70b8"}


def describe(year, categories) -> str:
    """The chart in words: each category's spending against its plan."""
    if not categories:
        return f"No budget lines in {year.label} yet."
    parts = [f"{label}: {money.pounds(actual)} spent of {money.pounds(planned)} planned."
             for label, planned, actual in categories]
    return f"Spending by category in {year.label}. " + " ".join(parts)


def _draw(categories, width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100)
    axes = figure.add_subplot()
    labels = [label for label, _, _ in categories]
    rows = range(len(categories))
    # Pounds (not pence) on the axis; the bars are placed in rows, the categories' names beside them.
    axes.barh([r - 0.2 for r in rows], [planned / 100 for _, planned, _ in categories], height=0.38,
              label="Planned", **PLANNED)
    axes.barh([r + 0.2 for r in rows], [actual / 100 for _, _, actual in categories], height=0.38,
              label="Spent", **SPENT)
    axes.set_yticks(list(rows), labels, fontsize=9)
    axes.invert_yaxis()
    axes.xaxis.set_major_locator(MaxNLocator(nbins=4))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"£{value / 1000:,.0f}k"))
    axes.tick_params(axis="x", labelsize=9)
    axes.grid(axis="x", color="#b1b4b6", linewidth=0.5)
    axes.set_axisbelow(True)
    axes.spines[["top", "right"]].set_visible(False)
    axes.legend(loc="upper left", bbox_to_anchor=(0, -0.1), ncol=2, frameon=False, fontsize=9)
    figure.tight_layout()
    return figure


def spending_chart(year, categories, *, width: float = 6.0, height: float | None = None) -> str:
    """`categories` is `Position.by_category()`: (label, planned pence, spent pence)."""
    height = height or max(2.4, 0.6 * len(categories) + 1.2)
    plain = tuple((str(label), planned, actual) for label, planned, actual in categories)
    return kept_svg(_draw, (plain, width, height), key=f"budget-{year.pk}",
                    title=f"Spending by category, {year.label}", description=describe(year, categories))


def spending_chart_png(year, categories, *, width: float = 6.0, dpi: int = 150) -> bytes:
    """The chart as a PNG for Word; give it `describe(year, categories)` as alternative text."""
    figure = _draw(categories, width, max(2.4, 0.6 * len(categories) + 1.2))
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", pad_inches=0.1)
    return buffer.getvalue()
