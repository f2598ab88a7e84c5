"""Time `itadesk print … -o FILE.docx` cold: the memo (two pages, three approvers) and a 300-measure results
report, each in a new process through the real command and a SQLite database.

    .venv/bin/python benchmarks/export_word.py [--runs 7] [--measures 300]

Cold = from starting the process to the .docx written, Python's bytecode in place as installed (an untimed
first run writes it) and the user's cache as the office's first print leaves it. The same runs to PDF are
timed beside, for comparison. Prints medians; figures go into issue notes, never into assertions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_data

from itadesk.exchange.writer import write_exchange_file


def _itadesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "itadesk", *args]


def _cold(command: list[str], target: Path, runs: int, env: dict[str, str]) -> list[float]:
    subprocess.run([*command, "-o", str(target)], check=True, capture_output=True, env=env)  # bytecode
    times = []
    for _ in range(runs):
        target.unlink(missing_ok=True)
        start = time.perf_counter()
        subprocess.run([*command, "-o", str(target)], check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
        assert target.stat().st_size > 0
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--measures", type=int, default=300)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for label, size, document in (
            ("memo", 10, ["memo", bench_data.MEMO_ID]),
            (f"results, {args.measures} measures", args.measures,
             ["results", "--year", str(bench_data.FISCAL_YEAR), "--round", "12"]),
        ):  # fmt: skip
            exchange = work / f"bench-{size}.json"
            write_exchange_file(bench_data.dataset(size), exchange)
            db = work / f"bench-{size}.sqlite3"
            imported = _itadesk("--db", str(db), "import", str(exchange))
            subprocess.run(imported, check=True, capture_output=True)
            command = _itadesk("--db", str(db), "print", *document)
            for suffix in (".docx", ".pdf"):
                target = work / f"out-{size}{suffix}"
                times = _cold(command, target, args.runs, env)
                size_kib = target.stat().st_size / 1024
                print(f"{label} → {suffix}: cold median {statistics.median(times):.3f} s "
                      f"(min {min(times):.3f}, {len(times)} runs, {size_kib:.0f} KiB)")  # fmt: skip


if __name__ == "__main__":
    main()
