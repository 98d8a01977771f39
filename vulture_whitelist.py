"""Names vulture (`make lint`, dead-code finder) reports as unused although they are used.

Each entry says who uses it. Decorated entry points (click commands, Flask routes and template
globals, pytest fixtures) are not listed: pyproject's [tool.vulture] ignore_decorators covers them.
"""

pytestmark  # pytest reads a test module's `pytestmark` to mark every test in it (tests/reliability, ...)
_.binary_location  # selenium reads ChromeOptions.binary_location when it starts the browser (tests/server)

# Not false positives: dead code in files issue 19 item 1 is rewriting at the same time (server/,
# graph/store/formats.py), left to that work. Remove each line together with the code.
BY_MEDIA_TYPE  # graph/store/formats.py: a table nothing looks up
_.kills  # server/execution.py: a counter of killed query workers that nothing reads
_._name_keys  # server/search.py: assigned, never read
