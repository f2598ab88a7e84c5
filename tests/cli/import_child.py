"""`python -m tests.cli.import_child REPORT [--kill-at N] ARGS…`: `itadesk ARGS…` in this process, as the
`itadesk` command runs it; then the SQLAlchemy modules it loaded are written to REPORT (JSON), so a test sees
which way an import went. With `--kill-at N` the process kills itself (SIGKILL) just before the N-th statement
that writes (INSERT, UPDATE, DELETE) on any connection the program makes: an import cut off mid-write."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import sys
from pathlib import Path
from typing import Any


def _kill_at(count: int) -> None:
    from itadesk.storage.lifecycle import database_file

    original = database_file.connect
    writes = 0

    def traced(statement: str) -> None:
        nonlocal writes
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writes += 1
            if writes == count:
                os.kill(os.getpid(), signal.SIGKILL)

    def connect(*args: Any, **options: Any) -> sqlite3.Connection:
        connection = original(*args, **options)
        connection.set_trace_callback(traced)
        return connection

    database_file.connect = connect  # type: ignore[assignment]


def main() -> int:
    report, argv = Path(sys.argv[1]), sys.argv[2:]
    if argv[:1] == ["--kill-at"]:
        _kill_at(int(argv[1]))
        argv = argv[2:]
    from itadesk.cli.main import run

    code = run(argv)
    loaded = sorted(name for name in sys.modules if name.split(".")[0] == "sqlalchemy")
    report.write_text(json.dumps(loaded), encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(main())
