"""What a cold `itadesk print memo` imports, in milliseconds per group, against the budget it must stay under.

    .venv/bin/python benchmarks/import_budget.py --db office.sqlite3 --memo memo-2566-12m [--runs 5]

Runs the real command with `python -X importtime` (bytecode compiled, as installed) and adds up each module's
own import time by group: our packages (itadesk.thai, itadesk.documents, …), each library (reportlab, PIL,
uharfbuzz, …) and Python's standard library. The print reads an office's SQLite file in its own process
without SQLAlchemy (another database in a second process; here in the same one); the reading is marked, so
that the reader's imports are told apart from what typesetting loads. Each group's least of `runs` runs
(the run others' work on the machine disturbed least, as timeit advises); figures go into issue notes,
never into assertions.

A group over its budget is marked OVER. Every import runs slower on a busier machine: read the totals beside
Typst's and LibreOffice's cold figures of the same run (`print_memo.py --cold-only` prints all three).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

# Milliseconds of import a memo print may spend per group (process start to PDF): the least of 5–9 runs on
# the project's 2-core machine, shared (load average 6–9), after imports were cut to what a memo uses, with
# some room for that machine's noise. A group over it is an import that crept in: `python -X importtime`
# says which.
TYPESETTER_BUDGET = {
    "Python standard library": 80.0,  # most of it ReportLab's own (logging, html.parser, urllib, hashlib)
    "reportlab": 40.0,  # pdfgen, pdfbase, platypus; its link/CJK/keyword patterns compiled on first use only
    "PIL": 2.0,  # reportlab.lib.utils' Pillow waits for the first image: none in a memo without an emblem
    "uharfbuzz": 15.0,
    "pythainlp": 3.0,  # newmm's own three modules, never the package's top level
    "itadesk (program, cli, paths)": 8.0,
    "itadesk.domain": 15.0,  # the records (dataclasses); the frameworks' code only with an attached report
    "itadesk.thai": 12.0,
    "itadesk.documents": 22.0,
    "itadesk.storage": 3.0,  # the whole-file writer only
    "other libraries": 8.0,  # rl_accel, platformdirs
}
# The office's SQLite file read in the printing process with plain sqlite3 (`storage.direct`): no SQLAlchemy.
# (A server or an older file is read through SQLAlchemy in a second process: ~0.3–0.4 s of imports there.)
READER_BUDGET = {
    "itadesk.storage": 8.0,  # the direct reader, its columns, the integrity check it shares
    "Python standard library": 5.0,  # sqlite3, when nothing loaded it before
    "itadesk (program, cli, paths)": 1.0,
    "sqlalchemy": 0.0,
    "other libraries": 0.0,
}

_MARK = "import time: itadesk-reader-"
# Runs in the child with -X importtime: the real entry point, its reading between two markers (an office's
# SQLite file is read in the printing process itself; another database would be read in a second process,
# here in this one, so that its imports are counted too).
CHILD = f"""
import sys
from itadesk.cli import read_ahead


class _Here:  # no second process: the reader's imports are told apart by the markers around them
    def Pipe(self, duplex=False):
        raise OSError("read in this process")


read_ahead._context = lambda: _Here()


def _marked(read):
    def marked(*args, **kwargs):
        print("{_MARK}start", file=sys.stderr, flush=True)
        try:
            return read(*args, **kwargs)
        finally:
            print("{_MARK}end", file=sys.stderr, flush=True)

    return marked


if hasattr(read_ahead, "read_ordinarily"):
    from itadesk.service import reading

    reading.read_directly = _marked(reading.read_directly)
    read_ahead.read_ordinarily = _marked(read_ahead.read_ordinarily)
else:  # a checkout from before the direct reader (--earlier): everything read by read_dataset
    read_ahead.read_dataset = _marked(read_ahead.read_dataset)
from itadesk.__main__ import main

sys.exit(main(sys.argv[1:]))
"""


def group(module: str) -> str:
    parts = module.split(".")
    if parts[0] == "itadesk":
        if len(parts) > 1 and parts[1] in ("thai", "documents", "domain", "storage", "exchange", "ui"):
            return f"itadesk.{parts[1]}"
        return "itadesk (program, cli, paths)"
    if parts[0] in sys.stdlib_module_names or parts[0] in ("encodings", "_frozen_importlib_external"):
        return "Python standard library"
    if parts[0] in ("reportlab", "PIL", "uharfbuzz", "pythainlp", "sqlalchemy", "PySide6", "alembic"):
        return parts[0]
    return "other libraries"


def one_run(
    db: Path, memo_id: str, out: Path, env: dict[str, str]
) -> tuple[dict[str, float], dict[str, float]]:
    """Milliseconds per group: (the typesetting process's, the reader's)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", CHILD, "--db", str(db), "print", "memo", memo_id,
         "-o", str(out)],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    typesetter: dict[str, float] = defaultdict(float)
    reader: dict[str, float] = defaultdict(float)
    into = typesetter
    for line in done.stderr.splitlines():
        if line.startswith(_MARK):
            into = reader if line.endswith("start") else typesetter
            continue
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, _, name = line[len("import time:") :].split("|")
        into[group(name.strip())] += int(own) / 1000
    return typesetter, reader


def import_budget(
    db: Path, memo_id: str, out: Path, runs: int, source: Path | None = None
) -> tuple[dict[str, float], dict[str, float]]:
    """The least milliseconds per group over `runs` runs: (the typesetting process's, the reader's); of the
    program in `source` (another checkout's src folder) when given."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if source is not None:
        env["PYTHONPATH"] = str(source.resolve())
    one_run(db, memo_id, out, env)  # writes the bytecode
    results = [one_run(db, memo_id, out, env) for _ in range(runs)]
    least = []
    for side in (0, 1):
        groups = {name for result in results for name in result[side]}
        least.append({name: min(r[side].get(name, 0.0) for r in results) for name in groups})
    return least[0], least[1]


def print_budget(typesetter: dict[str, float], reader: dict[str, float], whose: str = "") -> None:
    for title, measured, budget in (
        ("imports of the printing process", typesetter, TYPESETTER_BUDGET),
        ("imports of the reader (the SQLite file read directly)", reader, READER_BUDGET),
    ):
        total = sum(measured.values())
        print(f"{title}{whose}: {total:.0f} ms (budget {sum(budget.values()):.0f} ms)")
        for name in sorted(set(measured) | set(budget), key=lambda n: -measured.get(n, 0.0)):
            ms, allowed = measured.get(name, 0.0), budget.get(name, 0.0)
            mark = "OVER" if ms > allowed else "ok"
            print(f"  {name:32s} {ms:7.1f} ms  budget {allowed:5.1f}  {mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--memo", required=True, help="MEMO_ID")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print_budget(*import_budget(args.db, args.memo, Path(tmp) / "memo.pdf", args.runs))


if __name__ == "__main__":
    main()
