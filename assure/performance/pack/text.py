"""The pack's words, the same in Word, the PDF and the quarter page."""

DRAFT_NOTE = ("The figures and commentary are drafts until the business team approves the quarter; they may "
              "still change.")
COMPARATOR_NAMES = [("england", "England"), ("region", None), ("neighbours", None)]


def figure_cell(indicator, point) -> str:
    if point is None:
        return "–"
    if point.value is None:
        return "Not published"
    return indicator.display(point.value)


def latest_text(entry) -> str:
    latest = entry.series.latest
    if latest is None:
        return "No figure yet"
    return f"{figure_cell(entry.indicator, latest)} ({latest.period.label})"


def target_text(indicator) -> str:
    if indicator.target_value is None:
        return indicator.target_description or "No target"
    words = f"{indicator.display(indicator.target_value)}"
    if indicator.target_date:
        words += f" by {indicator.target_date:%-d %B %Y}"
    if indicator.target_description:
        words += f" ({indicator.target_description})"
    return words


def comparator_lines(entry) -> list[tuple[str, str]]:
    """(comparator's name, its figure for the latest figure's year, or its own latest) for each comparator held."""
    series, lines = entry.series, []
    at = series.latest.period if series.latest else None
    for line in series.lines[1:]:
        point = series.comparator_for(line.key, at) if at else None
        point = point or series.comparator_for(line.key)
        if point is None:
            continue
        lines.append((line.name, f"{figure_cell(entry.indicator, point)} ({point.period.label})"))
    return lines
