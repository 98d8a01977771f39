"""`python -m graph.extract FILE` runs the extract command (used by the scorer)."""

from graph.extract.command import extract_command

if __name__ == "__main__":
    extract_command(prog_name="python -m graph.extract")
