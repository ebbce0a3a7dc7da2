"""Score the extractor on every labelled set at once: `python -m assure.imports.evaluate` (or `make score-minutes`).

For each set (the development seeds, then each held-out set under imports/tests/), every document is
read and extracted exactly as `assure extract` does, and the shared scorer
(`../shared/eval/score_minutes.py`, or ASSURE_SCORER) compares the records with the set's gold.
text_kept needs each source's plain text: a set's own `sources/NAME.txt` when it has them (written by
its generator from the content it renders), otherwise the text another library reads from the file
(pdfminer, python-docx, the HTML's text nodes), never the extractor's own reader, so a reader that
drops text is not marked as keeping it.

Prints one line per set (record_f1, due_acc, text_kept, documents refused) and, with --verbose, the
scorer's per-document lines. --set NAME limits the run to one set; --json prints the figures as JSON.
A set holding an UNTOUCHED file is left out unless --include-untouched: its figure is taken when an
issue closes, never watched while the extractor is tuned.
The tuning sets rendered as text converted from PDF/HTML (tab rows, cell markup, page breaks, as the dev
seeds are) are scored by `python -m assure.imports.tests.converted`, with the same table.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("ASSURE_SHARED", ROOT.parent / "shared"))
TESTS = Path(__file__).resolve().parent / "tests"


@dataclass(frozen=True)
class LabelledSet:
    name: str
    docs: Path
    gold: Path
    sources: Path | None  # NAME.txt plain text of each document, when the set ships it
    untouched: bool = False  # an UNTOUCHED file: scored only with --include-untouched, when an issue closes

    def documents(self) -> list[Path]:
        stems = {p.stem for p in self.gold.glob("*.json")}
        return sorted(p for p in self.docs.iterdir() if p.is_file() and p.stem in stems)


def labelled_sets() -> list[LabelledSet]:
    sets = [LabelledSet("dev seeds", SHARED / "seeds", SHARED / "gold", SHARED / "seeds")]
    for folder in sorted(TESTS.glob("heldout*")):
        if (folder / "gold").is_dir() and (folder / "docs").is_dir():
            sources = folder / "sources"
            sets.append(LabelledSet(folder.name, folder / "docs", folder / "gold", sources if sources.is_dir() else None,
                                    untouched=(folder / "UNTOUCHED").exists()))
    return sets


class _TextNodes(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def plain_text(path: Path) -> str:
    """The file's words as another library reads them (independent of the extractor's readers)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pdfminer.high_level import extract_text

        return extract_text(str(path))
    if suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        for section in document.sections:
            parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
        return "\n".join(parts)
    text = path.read_text(encoding="utf-8", errors="replace")
    if suffix in (".html", ".htm"):
        parser = _TextNodes()
        parser.feed(text)
        return "\n".join(parser.parts)
    return text


def predict(labelled: LabelledSet, out: Path) -> list[str]:
    """Write NAME.json for every document the extractor accepts; the refusals, as 'name: reason'."""
    from assure.imports.cli import extract

    refused = []
    for path in labelled.documents():
        try:
            record = extract(path)
        except ValueError as exc:
            refused.append(f"{path.name}: {exc}")
            continue
        record["source"] = path.name
        (out / f"{path.stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return refused


def score(labelled: LabelledSet, *, verbose: bool = False, scorer: Path | None = None) -> dict:
    scorer = scorer or Path(os.environ.get("ASSURE_SCORER", SHARED / "eval" / "score_minutes.py"))
    with tempfile.TemporaryDirectory() as tmp:
        out, sources = Path(tmp) / "pred", labelled.sources
        out.mkdir()
        if sources is None:
            sources = Path(tmp) / "sources"
            sources.mkdir()
            for path in labelled.documents():
                (sources / f"{path.stem}.txt").write_text(plain_text(path), encoding="utf-8")
        refused = predict(labelled, out)
        command = [sys.executable, str(scorer), str(labelled.gold), str(out), "--sources", str(sources)]
        result = json.loads(subprocess.run(command + ["--json"], capture_output=True, text=True, check=True).stdout)
        lines = subprocess.run(command, capture_output=True, text=True, check=True).stdout if verbose else ""
    return {"set": labelled.name, "documents": len(result["documents"]), "refused": refused,
            "overall": result["overall"], "per_document": lines}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", help="only this set (dev, heldout, heldout2, ...)")
    parser.add_argument("--verbose", action="store_true", help="the scorer's line for every document")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--include-untouched", action="store_true",
                        help="also the sets kept untouched (only when an issue closes: never tune on them)")
    args = parser.parse_args(argv)
    chosen = [s for s in labelled_sets() if (not args.set or args.set in (s.name, s.name.split()[0]))  # heldout is not heldout5
              and (args.include_untouched or not s.untouched)]
    results = [score(s, verbose=args.verbose) for s in chosen]
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print_table(results, "set", verbose=args.verbose)
    return 0


def print_table(results: list[dict], heading: str, *, verbose: bool = False) -> None:
    """One line of figures per scored set (or layout family), then its refusals and, verbose, its documents."""
    print(f"{heading:<20} {'docs':>4} {'record_f1':>9} {'due_acc':>8} {'text_kept':>9} {'items':>6} {'actions':>7} "
          f"{'owners':>7} {'people':>7}")
    for r in results:
        o = r["overall"]
        due = f"{o['due_acc']:.3f}" if "due_acc" in o else "-"
        print(f"{r['set']:<20} {r['documents']:>4} {o['record_f1']:>9.3f} {due:>8} {o.get('text_kept', 0):>9.3f} "
              f"{o['items_f1']:>6.3f} {o['actions_f1']:>7.3f} {o['owners_acc']:>7.3f} {o['people_f1']:>7.3f}")
        for line in r["refused"]:
            print(f"    refused {line}")
        if verbose:
            print(r["per_document"])

if __name__ == "__main__":
    sys.exit(main())
