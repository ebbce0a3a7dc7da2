"""The apps' layers point one way (ADR 0075): the import-linter contracts in pyproject.toml hold."""
import subprocess
import sys
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[3] / "pyproject.toml"


def test_the_import_contracts_are_kept():
    # Breaks when, say, core imports partnerships or two modules of an app import each other; the report says which.
    # In a process of its own: import-linter configures logging with dictConfig, which would disable this test run's
    # loggers (the request log's tests then saw no line).
    checked = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports; "
                               f"sys.exit(lint_imports(config_filename={str(PYPROJECT)!r}, no_cache=True))"],
        capture_output=True, text=True, timeout=600)
    assert checked.returncode == 0, checked.stdout + checked.stderr
