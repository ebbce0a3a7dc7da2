"""`assure dataset pack`: both files written and named, or exit 1 saying why (nothing written)."""
import json

import pytest
from docx import Document

from assure.cli import main

from .. import services
from . import factories


@pytest.fixture
def dataset(partnership, business_user):
    return factories.quarter_dataset(partnership, business_user)


def run(*argv):
    return main(["dataset", "pack", *[str(a) for a in argv]])


def test_writes_word_and_pdf_and_prints_their_paths(partnership, business_user, dataset, tmp_path, capsys):
    services.write_commentary(dataset["red"], by=business_user, quarter=dataset["quarter"], text="Why it rose.")
    assert run("--partnership", "fenbridge", "--period", "2025-Q4", "--out", tmp_path / "packs") == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["docx"] == str(tmp_path / "packs" / "Marshcombe dataset Q4 2025-26.docx")
    assert printed["pdf"] == str(tmp_path / "packs" / "Marshcombe dataset Q4 2025-26.pdf")
    assert printed["draft"] is True and printed["indicators"] == 3 and printed["red"] == 1
    assert "Why it rose." in [p.text for p in Document(printed["docx"]).paragraphs]
    assert (tmp_path / "packs" / "Marshcombe dataset Q4 2025-26.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("argv, message", [
    (["--partnership", "nowhere", "--period", "2025-Q4"], "No partnership with the short name 'nowhere'."),
    (["--partnership", "fenbridge", "--period", "2025-Q9"], "--period:"),
    (["--partnership", "fenbridge", "--period", "2025/26"], "--period: give a quarter, for example 2026-Q2"),
    (["--partnership", "fenbridge", "--period", "2025-Q4"],
     "Every red indicator needs a commentary for Q4 2025/26 before the pack can be made. "
     "Missing: MISS Children missing from home (episodes)."),
])
def test_refusals_exit_1_with_a_reason_and_write_nothing(dataset, tmp_path, capsys, argv, message):
    assert run(*argv, "--out", tmp_path / "packs") == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "packs").exists()
