"""docs/deploy.md: every command in its sh blocks exists and is run, the safe ones for real with production
settings, the rest with --help (Django and assure commands) or `make -n` (make targets)."""
import os
import re
import secrets
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parents[3]
GUIDE = PROJECT_DIR / "docs" / "deploy.md"

# Run for real: they change nothing (a throwaway SQLite database, a dry run). A command not listed runs with --help.
FOR_REAL = {
    ("manage.py", "check"): [],
    ("manage.py", "migrate"): ["--plan"],            # the plan against an empty database; applies nothing
    ("manage.py", "collectstatic"): ["--dry-run"],   # finds every static file; writes nothing
    ("assure", "serve"): ["--check"],                 # loads the site and prints the server's settings
}


def guide_commands() -> list[str]:
    blocks = re.findall(r"^```sh\n(.*?)^```", GUIDE.read_text(), flags=re.DOTALL | re.MULTILINE)
    return [line.strip() for block in blocks for line in block.splitlines()
            if line.strip() and not line.strip().startswith("#")]


def production_env(tmp_path) -> dict:
    # as a production machine would have it: none of the test run's own switches (the browser tests set
    # DJANGO_ALLOW_ASYNC_UNSAFE, which `check --deploy` rightly refuses)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("SECURE_", "DJANGO_DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"))}
    env.update({"DJANGO_SETTINGS_MODULE": "assure.settings", "SECRET_KEY": secrets.token_urlsafe(50),
                "ALLOWED_HOSTS": "assure.example.org", "DATABASE_URL": f"sqlite:///{tmp_path / 'assure.sqlite3'}",
                "ASSURE_QUEUE": "embedded", "ASSURE_QUEUE_FILE": str(tmp_path / "queue.sqlite3"),
                "MEDIA_ROOT": str(tmp_path / "media"), "STATIC_ROOT": str(tmp_path / "static")})
    return env


def runnable(command: str) -> tuple[list[str], tuple]:
    """The argv to run for a command of the guide, and its (program, subcommand) key."""
    words = shlex.split(command)
    program = Path(words[0]).name
    if program == "make":
        return ["make", "-n", *words[1:]], ("make", words[1])
    if program == "python" and words[1] == "manage.py":
        key, argv = ("manage.py", words[2]), [sys.executable, "manage.py", *words[2:]]
    elif program == "assure":
        key, argv = ("assure", words[1]), [sys.executable, "-m", "assure.cli", *words[1:]]
    else:
        pytest.fail(f"docs/deploy.md runs {command!r}, which this test does not know how to check")
    return argv + (FOR_REAL[key] if key in FOR_REAL else ["--help"]), key


def test_the_guide_names_the_processes_and_release_steps():
    commands = guide_commands()
    assert ".venv/bin/assure serve" in commands
    assert ".venv/bin/python manage.py run_huey" in commands
    for step in ("migrate", "collectstatic", "check --deploy"):
        assert any(step in command for command in commands), step


@pytest.mark.parametrize("command", guide_commands())
def test_every_command_in_the_guide_runs(command, tmp_path):
    argv, key = runnable(command)
    result = subprocess.run(argv, cwd=PROJECT_DIR, env=production_env(tmp_path), capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, f"{command}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    if key == ("manage.py", "check"):
        assert "System check identified no issues" in result.stdout
    if key == ("assure", "serve"):
        assert "gunicorn bind=" in result.stdout


def test_the_deploy_check_fails_without_production_settings(tmp_path):
    # The check the guide runs can fail: with DEBUG on it refuses, so a pass above means something.
    env = {**production_env(tmp_path), "DJANGO_DEBUG": "1"}
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                            cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode != 0
    assert "DEBUG" in result.stderr + result.stdout
