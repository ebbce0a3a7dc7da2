"""The apps' layers point one way (ADR 0075): the import-linter contracts in pyproject.toml hold."""
from pathlib import Path

from importlinter.cli import lint_imports

PYPROJECT = Path(__file__).resolve().parents[3] / "pyproject.toml"


def test_the_import_contracts_are_kept(capsys):
    # Breaks when, say, core imports partnerships or two modules of an app import each other; the report says which.
    assert lint_imports(config_filename=str(PYPROJECT), no_cache=True) == 0, capsys.readouterr().out
