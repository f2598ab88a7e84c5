"""Exit statuses and the errors commands raise for what the user can fix."""

from __future__ import annotations

DONE = 0
USER_ERROR = 1  # the data, a file or the database is wrong; nothing was changed
USAGE_ERROR = 2  # the command line is wrong
CRASHED = 70  # a bug: the traceback went to a log file (EX_SOFTWARE)


class CommandError(Exception):
    """Something the user can fix, found by a command itself; `str()` is the Thai message (exit 1)."""


class UsageError(Exception):
    """A combination of arguments argparse cannot check by itself (exit 2)."""
