"""The README must not drift from the settings table and the CLI."""

from graph.cli import cli
from graph.paths import ROOT
from graph.settings import SETTINGS

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_documented_with_its_environment_variable():
    missing = [s.env for s in SETTINGS if f"`{s.env}`" not in README]
    assert not missing, f"README lacks {missing}"


def test_every_cli_command_is_documented():
    missing = [name for name in cli.commands if f"osce-kg {name}" not in README]
    assert not missing, f"README lacks {missing}"


def test_quick_start_is_exactly_two_commands():
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make serve", "make test"]
