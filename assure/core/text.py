"""Quoting a record's text inside a message: short, and never cut mid-word."""
import textwrap


def shorten(text: str | None, width: int = 60) -> str:
    """"Circulate the neglect strategy to all partners by the end of March" -> "Circulate the neglect strategy to
    all partners by the…": whole words up to `width` characters with an ellipsis, whitespace collapsed; a single
    word longer than `width` is cut with the ellipsis."""
    flat = " ".join((text or "").split())
    if len(flat) <= width:
        return flat
    short = textwrap.shorten(flat, width, placeholder="…")
    return short if short != "…" else flat[:width - 1] + "…"
