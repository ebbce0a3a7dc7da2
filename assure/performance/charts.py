"""Trend charts drawn with matplotlib (ADR 0125): SVG for pages and the PDF pack, PNG for Word.

Accessible by construction: each line has its own dash pattern and marker as well as its colour (never colour
alone), the SVG carries a <title> and a <desc> saying what the chart shows in words and is labelled by them, and
every page that shows a chart shows the numbers in a table beside it (`Series.table`). The SVG has no inline
styles, so it is allowed by the pages' content security policy (style-src 'self').
"""
import datetime
import hashlib
import io
import re
import textwrap
import uuid
from xml.sax.saxutils import escape

import matplotlib

matplotlib.use("Agg")  # no screen: draw to files only

from django.core.cache import cache  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: E402

from .series import Series  # noqa: E402

# GOV.UK colours, and a different dash and marker per line.
STYLES = {
    "local": {"color": "#1d70b8", "linestyle": "-", "marker": "o", "linewidth": 2.5},
    "england": {"color": "#0b0c0c", "linestyle": "--", "marker": "s", "linewidth": 1.5},
    "region": {"color": "#00703c", "linestyle": ":", "marker": "^", "linewidth": 1.8},
    "neighbours": {"color": "#4c2c92", "linestyle": (0, (7, 2, 2, 2)), "marker": "D", "linewidth": 1.5},
}
TARGET = {"color": "#d4351c", "linestyle": (0, (6, 3, 1, 3)), "linewidth": 1.5}
matplotlib.rcParams.update({"svg.fonttype": "none", "font.family": "sans-serif", "font.size": 11,
                            "svg.hashsalt": "assure", "axes.edgecolor": "#505a5f", "xtick.color": "#0b0c0c",
                            "ytick.color": "#0b0c0c", "axes.labelcolor": "#0b0c0c"})
# The y axis says the unit on every tick: 4%, 120 per 10,000 would crowd the axis, so rates name it in the label.
Y_LABELS = {"count": "Number", "percentage": "Percentage", "rate_children": "Rate per 10,000 children",
            "rate_adults": "Rate per 10,000 adults"}


def describe(series: Series) -> str:
    """The chart in words, for its <desc> and a Word picture's alternative text."""
    indicator = series.indicator
    parts = []
    local = series.local
    published = [p for p in local.points if p.value is not None]
    if published:
        first, last = published[0], published[-1]
        parts.append(f"{local.name}: {indicator.display(first.value)} in {first.period.label}"
                     + (f", {indicator.display(last.value)} in {last.period.label}" if last is not first else "")
                     + f" ({series.direction.label.lower()}).")
    else:
        parts.append(f"No published figure for {local.name} yet.")
    gaps = [p.period.label for p in local.points if p.value is None]
    if gaps:
        parts.append(f"Not published (a gap in the line): {', '.join(gaps)}.")
    for line in series.lines[1:]:
        latest = next((p for p in reversed(line.points) if p.value is not None), None)
        if latest:
            parts.append(f"{line.name}: {indicator.display(latest.value)} in {latest.period.label}.")
    if series.target is not None:
        parts.append(f"Target: {indicator.display(series.target)}.")
    return " ".join(parts)


def _tick(unit: str):
    def label(value, position):
        number = f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
        return f"{number}%" if unit == "percentage" else number
    return FuncFormatter(label)


def _draw(series: Series, width: float, height: float, heading: bool = True) -> Figure:
    indicator = series.indicator
    figure = Figure(figsize=(width, height), dpi=100)
    axes = figure.add_subplot()
    highest = 0.0
    for line in series.lines:
        if not any(p.value is not None for p in line.points):
            continue
        # A figure not published breaks the line (NaN) rather than being joined across or drawn as zero.
        values = [float(p.value) if p.value is not None else float("nan") for p in line.points]
        highest = max([highest, *(v for v in values if v == v)])
        axes.plot([p.when for p in line.points], values, label=line.name, markersize=5, **STYLES[line.key])
    if series.target is not None:
        highest = max(highest, float(series.target))
        axes.axhline(float(series.target), label=f"Target ({indicator.display(series.target)})", **TARGET)
    if heading:
        axes.set_title("\n".join(textwrap.wrap(indicator.name, int(width * 11))), loc="left", fontsize=11)
    axes.set_ylabel(Y_LABELS.get(indicator.unit, indicator.get_unit_display()), fontsize=10)
    # Ticks at the periods' last days, labelled as the table labels them (a quarter before a year ending the same day).
    labels = {}
    for line in reversed(series.lines):
        for point in line.points:
            labels[point.when] = point.period.label
    ticks = sorted(labels)
    # As many labels as fit side by side (about an inch each), counted back from the latest period.
    step = max(1, -(-len(ticks) // max(2, int((width - 0.8) / 0.95))))
    shown = ticks[::-1][::step][::-1]
    axes.set_xticks(shown, [labels[t] for t in shown], fontsize=9)
    if ticks:
        margin = datetime.timedelta(days=120 if len(ticks) == 1 else 45)
        axes.set_xlim(ticks[0] - margin, ticks[-1] + margin)
    axes.tick_params(axis="y", labelsize=9)
    axes.grid(axis="y", color="#b1b4b6", linewidth=0.5)
    axes.spines[["top", "right"]].set_visible(False)
    # From zero (a count, rate or percentage read against nothing is misleading), with headroom above the highest.
    top = highest * 1.15 if highest > 0 else 1
    if indicator.unit == "percentage":
        top = min(max(top, 1), 100)
    axes.set_ylim(0, top)
    axes.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=indicator.unit == "count" or top >= 5))
    axes.yaxis.set_major_formatter(_tick(indicator.unit))
    handles, names = axes.get_legend_handles_labels()
    if handles:
        axes.legend(handles, names, loc="upper left", bbox_to_anchor=(0, -0.14), ncol=2, frameon=False, fontsize=9,
                    handlelength=4)
    figure.tight_layout()
    return figure


_STYLE_ATTRIBUTE = re.compile(r'\sstyle="([^"]*)"')
_STYLE_ELEMENT = re.compile(r"<style[^>]*>.*?</style>", re.S)


def _attributes(match) -> str:
    """style="fill: #fff; stroke-width: 2" -> fill="#fff" stroke-width="2" (SVG presentation attributes)."""
    pairs = [part.split(":", 1) for part in match.group(1).split(";") if ":" in part]
    return "".join(f' {name.strip()}="{escape(value.strip(), {chr(34): "&quot;"})}"' for name, value in pairs)


def _own_ids(svg: str, prefix: str) -> str:
    """matplotlib names its clip paths and glyphs the same way in every chart; on one page or in one document they
    must differ, or one chart's clip path is used for another's."""
    ids = re.findall(r'\sid="([^"]+)"', svg)
    if not ids:
        return svg
    pattern = re.compile(r'(id="|#)(' + "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
                         + r')(?=["\)])')
    return pattern.sub(lambda m: f"{m.group(1)}{prefix}{m.group(2)}", svg)


def trend_chart(series: Series, *, width: float = 6.4, height: float = 3.6, heading: bool = True) -> str:
    """The chart as an SVG element to put in a page or a PDF: labelled by its title and description. A page whose
    own heading names the indicator passes `heading=False` (and a narrower width, so its words stay readable when
    it shrinks to a phone's width)."""
    return accessible_svg(_draw(series, width, height, heading), key=f"chart-{series.indicator.pk}",
                          title=f"{series.indicator.name}: trend", description=describe(series))


def accessible_svg(figure: Figure, *, key: str, title: str, description: str) -> str:
    """Any matplotlib figure as an SVG element for a page or a PDF (other apps' charts use it too): role="img",
    labelled by its <title> and <desc>, no inline styles (allowed by style-src 'self'), ids of its own."""
    return _labelled(_plain_svg(figure), key=key, title=title, description=description)


def kept_svg(draw, inputs: tuple, *, key: str, title: str, description: str) -> str:
    """`accessible_svg(draw(*inputs), ...)` for a page drawn again and again from the same figures: the drawing is
    kept in the cache under a digest of `draw` and `inputs`, which must be everything the drawing depends on, in
    plain values whose repr says them all (strings, numbers, tuples). Its title, description and ids are put on
    afresh each time, so two charts on one page never share an id."""
    digest = hashlib.sha256(repr((draw.__module__, draw.__qualname__, inputs, matplotlib.__version__)).encode())
    cache_key = f"assure-chart:{digest.hexdigest()}"
    svg = cache.get(cache_key)
    if svg is None:
        svg = _plain_svg(draw(*inputs))
        cache.set(cache_key, svg, timeout=KEPT_SECONDS)
    return _labelled(svg, key=key, title=title, description=description)


KEPT_SECONDS = 24 * 60 * 60


def _plain_svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight", pad_inches=0.1)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    svg = _STYLE_ELEMENT.sub("", svg)
    svg = _STYLE_ATTRIBUTE.sub(_attributes, svg)
    return re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)


def _labelled(svg: str, *, key: str, title: str, description: str) -> str:
    key = f"{key}-{uuid.uuid4().hex[:8]}"
    svg = _own_ids(svg, f"{key}-")
    opening = svg.index(">", svg.index("<svg")) + 1
    head = svg[:opening]
    head = re.sub(r'\swidth="[^"]*"', ' width="100%"', head, count=1)
    head = re.sub(r'\sheight="[^"]*"', "", head, count=1)
    head = head.replace("<svg", f'<svg role="img" aria-labelledby="{key}-title {key}-desc" class="assure-chart"', 1)
    return (f'{head}<title id="{key}-title">{escape(title)}</title><desc id="{key}-desc">{escape(description)}'
            f"</desc>{svg[opening:]}")


def trend_chart_png(series: Series, *, width: float = 6.4, height: float = 3.6, dpi: int = 150) -> bytes:
    """The chart as a PNG, for Word (which shows SVG unreliably); give it `describe(series)` as alternative text."""
    figure = _draw(series, width, height)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", pad_inches=0.1)
    return buffer.getvalue()
