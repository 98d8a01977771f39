"""`make serve` takes the port from the command line or the environment (dry runs: nothing is built)."""

import os
import shutil
import subprocess

import pytest

from graph.paths import ROOT

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def dry_run(*args: str, env: dict[str, str] | None = None) -> str:
    out = subprocess.run(["make", "-n", "-W", "pyproject.toml", *args], cwd=ROOT,
                         capture_output=True, text=True,
                         env={**os.environ, **(env or {})}, check=True)
    return out.stdout


def test_default_port_is_5000():
    env = {k: v for k, v in os.environ.items() if k != "PORT"}
    out = subprocess.run(["make", "-n", "serve"], cwd=ROOT, capture_output=True, text=True, env=env,
                         check=True)
    assert "osce-kg serve --host 127.0.0.1 --port 5000 --build-if-needed" in out.stdout


def test_port_from_command_line_and_environment():
    assert "--port 8080 " in dry_run("serve", "PORT=8080")
    assert "--port 8081 " in dry_run("serve", env={"PORT": "8081"})


def test_setup_creates_the_venv_and_installs_the_project():
    out = dry_run("test")
    assert "-m venv .venv" in out
    assert "pip install --quiet -e '.[dev]'" in out
    assert ".venv/bin/python -m pytest" in out


def test_soak_takes_its_duration():
    assert "tests.reliability.soak --duration 600" in dry_run("soak")
    assert "tests.reliability.soak --duration 30" in dry_run("soak", "DURATION=30")


def test_lint_finds_dead_code_and_ci_lints_before_testing():
    out = dry_run("lint")
    assert ".venv/bin/ruff check" in out and ".venv/bin/mypy" in out and ".venv/bin/vulture" in out
    steps = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert steps.index("make lint") < steps.index("make test")  # set -e: a lint failure fails CI
