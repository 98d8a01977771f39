"""Names vulture (`make lint`, dead-code finder) reports as unused although they are used.

Each entry says who uses it. Decorated entry points (click commands, Flask routes and template
globals, pytest fixtures) are not listed: pyproject's [tool.vulture] ignore_decorators covers them.
"""

pytestmark  # pytest reads a test module's `pytestmark` to mark every test in it (tests/reliability, ...)
_.binary_location  # selenium reads ChromeOptions.binary_location when it starts the browser (tests/server)
floor_app  # granian imports it by name in the 100k check (benchmarks/run.py start_floor)
