"""The tuning sets as text converted from PDF/HTML, like the dev seeds: `python -m assure.imports.tests.converted`.

Test-only. Every labelled document of heldout, heldout2, heldout3 and heldout4 (never heldout5: an
untouched set) is read by the extractor's own readers (`cli.read`, the upload's checks) and its Document
is rendered (a .txt document is already text: only its ordinals are split) as the converters that made the seeds render minutes: paragraphs as lines, tables as
tab-separated rows, with the seeds' noise switchable per document (`Noise`):

- markup "html": multi-paragraph cells as `<p>…</p> <p>…</p>`, bullets as `<ul><li>`, "Label:" openings
  underlined, short cells in `<i>`, some `data-bbox` attributes (seed 001); markup "plain": a cell's
  paragraphs come back as rows of their own, columns top-aligned (seed 000);
- page breaks: the row at a break split mid-sentence; plain (seed 000): the table's header repeated, the
  rest of the cell under it; html (seed 001): no header, the rest of the cell shifted into the first
  column and followed by a rule row ("--\t--\t--");
- stray characters ("(", "I") in empty cells at a row's end; a year broken by a tab ("20\\t022");
  ordinals split ("22 nd").

Deterministic: a document's noise draws come from random.Random(seed + its name). The gold is the set's
own gold (the minutes are the same); text_kept is measured against the set's sources (or the original
file's plain text). The figures are printed by evaluate.print_table, one line per set and markup.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from assure.documents.document import Document, Paragraph, Table
from assure.imports.evaluate import TESTS, LabelledSet, plain_text, print_table, score

SETS = ("heldout", "heldout2", "heldout3", "heldout4")  # never heldout5 (untouched)
_PAGE_FURNITURE = re.compile(r"\bpage\s+\d+(\s+of\s+\d+)?\b|^\s*\d+\s*$|official", re.I)


@dataclass(frozen=True)
class Noise:
    markup: str = "html"        # "html" (seed 001) or "plain" (seed 000)
    page_breaks: bool = True    # header repeated after a break, a cell split across it
    stray: bool = True          # "(" / "I" left in an empty cell at a row's end
    split_numbers: bool = True  # "20\t022"
    ordinals: bool = True       # "22 nd"
    furniture: bool = False     # page header and footer lines kept in the text
    flatten: bool = True        # plain markup: bullets and label-table cells run on (seed 000)


def convert(document: Document, *, noise: Noise = Noise(), seed: int = 0) -> str:
    """The Document as seed-style converted text (deterministic for a seed)."""
    rng = random.Random(seed)
    # The seeds' converter drops page headers and footers; `furniture` keeps the first page's header on
    # top and a footer at the end, as other converters do.
    furniture = [t.strip() for t in document.furniture if t.strip() and not _PAGE_FURNITURE.search(t)] \
        if noise.furniture else []
    lines: list[str] = furniture[:1]
    for block in document.blocks:
        if isinstance(block, Paragraph):
            lines += [line for line in block.text.split("\n") if line.strip()]
        elif isinstance(block, Table):
            lines += ["", *_table(block, noise, rng), "", ""]
    lines += furniture[1:2]
    return _split_ordinals("\n".join(lines) + "\n", noise, rng)


def _split_ordinals(text: str, noise: Noise, rng: random.Random) -> str:
    if not noise.ordinals:
        return text
    return re.sub(r"\b(\d{1,2})(st|nd|rd|th)\b", lambda m: f"{m[1]} {m[2]}" if rng.random() < 0.7 else m[0], text)


def _is_header(row: tuple[str, ...], table: Table) -> bool:
    return len(table.rows) > 2 and len(row) >= 2 and all(0 < len(c) < 40 and "\n" not in c for c in row if c) \
        and sum(1 for c in row if c) >= 2 and not any(re.search(r"\d", c) for c in row)  # "19." / "24 November" start rows of business or details


def _table(table: Table, noise: Noise, rng: random.Random) -> list[str]:
    width = table.width
    header = table.rows[0] if _is_header(table.rows[0], table) else None
    out: list[list[str]] = []
    page_rows = rng.randint(4, 9)
    for index, row in enumerate(table.rows):
        cells = list(row) + [""] * (width - len(row))
        if noise.flatten and noise.markup == "plain" and _label_cells(table):
            cells = [" ".join(c.split("\n")) for c in cells]  # seed 000's "Present\tA (Org) B (Org) …"
        if header is not None and index > 0 and noise.page_breaks and len(out) >= page_rows:
            page_rows = len(out) + rng.randint(4, 9)
            first, rest = _split_at_break(cells, rng)
            if rest is not None:
                out += _render_row(first, noise, rng)
                cells = rest
            if noise.markup == "plain":  # seed 000: the header repeated, the rest of the cell under it
                out += [["\f"], list(header)]
            elif rest is not None:  # seed 001: no header; the rest of the cell in the first column, a rule row
                shifted = [c for c in _render_row(rest, noise, rng)[0]]
                shifted = shifted[1:] if not rest[0] else shifted
                out += [["\f"], shifted, ["-" * rng.randint(2, 4)] * len(shifted), ["\f"]]
                continue
            else:
                out.append(["\f"])
        out += _render_row(cells, noise, rng)
    lines = []
    for cells in out:
        if cells == ["\f"]:
            lines += ["", "", ""]
            continue
        cells = list(cells)
        if noise.split_numbers:
            cells = _break_year(cells, rng)
        if noise.stray and len(cells) > 2 and not cells[-1] and rng.random() < 0.08:
            cells[-1] = rng.choice(["(", "I", "l"])
        elif noise.stray and len(cells) > 1 and cells[-1] and "<" not in cells[-1] and rng.random() < 0.05:
            cells[-1] += rng.choice([" (", " |"])  # left at the end of a cell's text
        lines.append("\t".join(cells))
    return lines


def _render_row(cells: list[str], noise: Noise, rng: random.Random) -> list[list[str]]:
    if noise.markup == "html":
        return [[_html_cell(c, rng) for c in cells]]
    # Plain: each paragraph of a cell on a line of its own, the columns top-aligned (as seed 000 reads);
    # `flatten`: a bullet runs on in its paragraph ("… areas: • Leadership • Policies") and an item's title
    # sometimes runs into its first paragraph ("10. Update on the subgroup John Coleman advised …").
    parts = [_flatten(c.split("\n"), numbered=k == 1 and bool(re.match(r"^\W*\d", cells[0])), rng=rng)
             if noise.flatten else c.split("\n") if c else [] for k, c in enumerate(cells)]
    height = max((len(p) for p in parts), default=1) or 1
    return [[p[k] if k < len(p) else "" for p in parts] for k in range(height)]


def _flatten(lines: list[str], *, numbered: bool, rng: random.Random) -> list[str]:
    out: list[str] = []
    for line in (ln for ln in lines if ln.strip()):
        if out and re.match(r"^\s*[•·▪]\s", line):
            out[-1] = f"{out[-1]} {line.strip()}"
        else:
            out.append(line)
    if numbered and len(out) > 1 and not re.search(r"[.:;]$", out[0]) and rng.random() < 0.3:
        out[:2] = [f"{out[0]} {out[1]}"]
    return out


def _label_cells(table: Table) -> bool:
    """A details or attendance table ("Present | names …"): a converter runs each cell's lines together."""
    return table.width == 2 and all(len(r[0]) < 25 and "\n" not in r[0] and not re.search(r"\d", r[0])
                                    for r in table.rows if r)  # labels, not item numbers


def _html_cell(text: str, rng: random.Random) -> str:
    if not text:
        return ""
    paragraphs = text.split("\n")
    if len(paragraphs) == 1 and rng.random() < 0.6:
        return f"<i>{text}</i>" if len(text) < 30 and rng.random() < 0.2 else text
    out, bullets = [], []

    def flush():
        if bullets:
            out.append("<ul>" + "".join(f"<li>{b}</li>" for b in bullets) + "</ul>")
            bullets.clear()

    for p in paragraphs:
        bullet = re.match(r"^\s*[•·▪]\s+(.*)", p)
        if bullet:
            bullets.append(bullet.group(1))
            continue
        flush()
        label = re.match(r"^([A-Z][\w ,&'()/-]{1,40}:)(\s.*)$", p)
        if label and rng.random() < 0.5:
            p = f"<u>{label.group(1)}</u>{label.group(2)}"
        bbox = f' data-bbox="{rng.randint(40, 90)},{rng.randint(60, 700)},{rng.randint(300, 560)},{rng.randint(700, 780)}"' \
            if rng.random() < 0.25 else ""
        out.append(f"<p{bbox}>{p}</p>")
    flush()
    return " ".join(out)


def _split_at_break(cells: list[str], rng: random.Random) -> tuple[list[str], list[str] | None]:
    """The row cut by a page break: its longest cell's text split mid-sentence, the rest below the header."""
    longest = max(range(len(cells)), key=lambda i: len(cells[i]))
    text = cells[longest]
    words = text.split(" ")
    if longest == 0 or len(words) < 12:
        return cells, None
    cut = rng.randint(len(words) // 3, 2 * len(words) // 3)
    while cut < len(words) - 2 and re.search(r"[.!?:;]$", words[cut - 1]):
        cut += 1
    first = list(cells)
    first[longest] = " ".join(words[:cut])
    rest = [""] * len(cells)
    rest[longest] = " ".join(words[cut:])
    if rng.random() < 0.3:  # cells aligned low in the row (seed 001): what follows the split cell moves over
        for i in range(longest + 1, len(cells)):
            first[i], rest[i] = "", cells[i]
    else:  # top-aligned cells: each keeps on the first page the lines beside the split cell's first lines
        kept = first[longest].count("\n") + 1
        for i in range(len(cells)):
            if i != longest and cells[i].count("\n") >= kept:
                lines = cells[i].split("\n")
                first[i], rest[i] = "\n".join(lines[:kept]), "\n".join(lines[kept:])
    return first, rest


def _break_year(cells: list[str], rng: random.Random) -> list[str]:
    """Seed 000's "Tuesday 8th November 20\\t022": a year split at a cell edge. With only empty cells after
    it the row keeps its width (the last empty cell makes room); before an owner the row is a cell wider."""
    for i, cell in enumerate(cells):
        year = re.search(r"\b(20)(\d\d)\b", cell)
        if year and "<" not in cell and rng.random() < 0.3:
            left, right = cell[: year.start() + 2], year.group(1)[-1] + cell[year.start() + 2:]
            after = cells[i + 1:]
            return cells[:i] + [left, right] + (after[1:] if after and not any(after) else after)
    return cells


def labelled_converted(name: str, noise: Noise, out: Path, *, seed: int = 8) -> LabelledSet:
    """Write the set's documents as converted text under `out`; the LabelledSet that scores them."""
    from assure.imports.cli import read

    if name not in SETS:
        raise ValueError(f"not a tuning set: {name}")
    folder = TESTS / name
    original = LabelledSet(name, folder / "docs", folder / "gold", None)
    docs, sources = out / "docs", folder / "sources"
    docs.mkdir(parents=True)
    if not sources.is_dir():
        sources = out / "sources"
        sources.mkdir()
    for path in original.documents():
        document_seed = seed + zlib.crc32(path.stem.encode())
        if path.suffix.lower() == ".txt":  # already text (tab tables, an email): only the seeds' ordinals
            text = _split_ordinals(path.read_text(encoding="utf-8"), noise, random.Random(document_seed))
        else:
            text = convert(read(path), noise=noise, seed=document_seed)
        (docs / f"{path.stem}.txt").write_text(text, encoding="utf-8")
        if sources.parent == out:
            (sources / f"{path.stem}.txt").write_text(plain_text(path), encoding="utf-8")
    return LabelledSet(f"{name} {noise.markup}", docs, folder / "gold", sources)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=SETS, action="append", help="only this set (repeatable)")
    parser.add_argument("--markup", choices=["html", "plain"], action="append", help="only this markup")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--no-page-breaks", action="store_true")
    parser.add_argument("--furniture", action="store_true", help="keep page headers and footers in the text")
    parser.add_argument("--no-flatten", action="store_true", help="plain: keep every line of a cell a row")
    parser.add_argument("--keep", metavar="DIR", help="write the converted texts under DIR (to read them)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(args.keep) if args.keep else Path(tmp)
        for markup in args.markup or ["html", "plain"]:
            noise = Noise(markup=markup, page_breaks=not args.no_page_breaks, furniture=args.furniture,
                          flatten=not args.no_flatten)
            for name in args.set or SETS:
                labelled = labelled_converted(name, noise, root / f"{name}-{markup}", seed=args.seed)
                results.append(score(labelled, verbose=args.verbose))
    print_table(results, "converted set", verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
