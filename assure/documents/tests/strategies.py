"""Hypothesis strategies for compositions of any shape holding any typed text: control characters, lone surrogates,
very long words, markup, template syntax, right-to-left marks, empty strings; broken SVG and PNG; ragged tables."""
from hypothesis import strategies as st

from ..compose import Bullets, Chart, Composition, Paragraph, Section, Table
from . import samples

NASTY = ["", "   ", "\x00\x01\x0b\x1f control", "lone \ud800 surrogate", "\ufffe\uffff", "W" * 400,
         "</style><script>alert(1)</script>", "\"quotes\" 'single' & <b>bold</b> \\ backslash",
         "line\nbreak\r\nwindows\rmac", "\u202eright to left\u202c", "emoji 🧒🏽 and ü, é, ł", "{% if %}{{ x }}"]

texts = st.one_of(st.text(max_size=30), st.sampled_from(NASTY),
                  st.text(alphabet=st.characters(codec="utf-8", categories=["Cc", "Cs", "Co", "Zl", "Zp"]),
                          max_size=5))
SVG, PNG = samples.drawn(2)
charts = st.builds(Chart, title=texts, description=texts, svg=st.sampled_from([SVG, "", "<svg broken", "junk"]),
                   png=st.sampled_from([PNG, b"", b"not a png"]))
tables = st.builds(
    Table, columns=st.lists(texts, max_size=4).map(tuple),
    rows=st.lists(st.lists(texts, max_size=5).map(tuple), max_size=4).map(tuple), caption=texts,
    widths=st.one_of(st.none(), st.lists(st.floats(0, 10), max_size=4).map(tuple)),
    numeric=st.lists(st.integers(-1, 5), max_size=3).map(tuple), rag_column=st.one_of(st.none(), st.integers(-1, 5)),
    rags=st.lists(st.sampled_from(["red", "amber", "green", "", "purple"]), max_size=5).map(tuple),
    total_row=st.booleans(), empty=texts)
blocks = st.one_of(st.builds(Paragraph, text=texts, style=st.sampled_from(["", "lead", "note", "empty", "odd"])),
                   st.builds(Bullets, items=st.lists(texts, max_size=3).map(tuple)), tables, charts)
leaves = st.builds(Section, title=texts, blocks=st.lists(blocks, max_size=3).map(tuple), key=texts,
                   new_page=st.booleans())
sections = st.builds(Section, title=texts, blocks=st.lists(blocks, max_size=3).map(tuple),
                     children=st.lists(leaves, max_size=2).map(tuple), new_page=st.booleans())
compositions = st.builds(Composition, title=texts, sections=st.lists(sections, max_size=3).map(tuple),
                         subtitle=texts, author=texts, lines=st.lists(texts, max_size=2).map(tuple),
                         draft_note=texts, table_of_contents=st.booleans(), landscape=st.booleans())
