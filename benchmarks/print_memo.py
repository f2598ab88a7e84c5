"""Time `itadesk print memo` (a two-page memo, three approvers): cold in a new process, warm in-process.

    .venv/bin/python benchmarks/print_memo.py [--runs 7] [--emblem garuda.png]

Cold = from starting the process to the PDF written, through the real command and a SQLite database, so
everything it imports counts, with Python's compiled bytecode in place as in an installed program (an untimed
first run writes it, even where PYTHONDONTWRITEBYTECODE is set around us) and the user's cache folder as the
office's first print leaves it (the compiled dictionary, the scaled emblem). "First print" = cold with an
empty cache folder each run, as on a new PC or after a new emblem. Warm = print_memo() again in one process.
When `soffice` is installed, the same run converts an equivalent .docx memo with LibreOffice for comparison.
Prints medians; figures go into issue notes, never into assertions.
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
from libreoffice import docx_memo, soffice_convert

from itadesk.documents.printing import print_memo
from itadesk.domain.model import Emblem
from itadesk.exchange.writer import write_exchange_file


def _itadesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "itadesk", *args]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--emblem", type=Path, help="a PNG or SVG emblem to print top-left")
    args = parser.parse_args()

    dataset = bench_data.dataset(10)
    if args.emblem and dataset.organization:
        mime = "image/svg+xml" if args.emblem.suffix.lower() == ".svg" else "image/png"
        dataset.organization.emblem = Emblem(mime, args.emblem.read_bytes())  # type: ignore[arg-type]

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        exchange = work / "bench.json"
        write_exchange_file(dataset, exchange)
        db = work / "bench.sqlite3"
        subprocess.run(_itadesk("--db", str(db), "import", str(exchange)), check=True, capture_output=True)

        # As installed: bytecode compiled (the untimed first run writes it).
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        first = work / "first-run.pdf"
        subprocess.run(
            _itadesk("--db", str(db), "print", "memo", bench_data.MEMO_ID, "-o", str(first)),
            check=True, capture_output=True, env=env,
        )  # fmt: skip

        cold: list[float] = []
        for run in range(args.runs):
            out = work / f"cold-{run}.pdf"
            start = time.perf_counter()
            command = _itadesk("--db", str(db), "print", "memo", bench_data.MEMO_ID, "-o", str(out))
            subprocess.run(command, check=True, capture_output=True, env=env)
            cold.append(time.perf_counter() - start)
            assert out.stat().st_size > 0
        first_print: list[float] = []
        for run in range(max(3, args.runs // 3)):
            out = work / f"first-{run}.pdf"
            empty_cache = {**env, "XDG_CACHE_HOME": str(work / f"cache-{run}")}
            start = time.perf_counter()
            command = _itadesk("--db", str(db), "print", "memo", bench_data.MEMO_ID, "-o", str(out))
            subprocess.run(command, check=True, capture_output=True, env=empty_cache)
            first_print.append(time.perf_counter() - start)
        pages = subprocess.run(["pdfinfo", str(work / "cold-0.pdf")], capture_output=True, text=True).stdout
        page_count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")

        warm: list[float] = []
        print_memo(dataset, bench_data.MEMO_ID, work / "first.pdf")  # loads fonts, dictionary, caches
        for run in range(max(args.runs, 10)):
            start = time.perf_counter()
            print_memo(dataset, bench_data.MEMO_ID, work / f"warm-{run}.pdf")
            warm.append(time.perf_counter() - start)

        print(f"memo pages: {page_count}")
        median = statistics.median(cold)
        print(f"itadesk print memo, cold (process start → PDF written): median {median:.3f} s "
              f"(min {min(cold):.3f}, max {max(cold):.3f}, {len(cold)} runs)")  # fmt: skip
        print(f"first print, empty cache folder: median {statistics.median(first_print):.3f} s "
              f"({len(first_print)} runs)")  # fmt: skip
        print(
            f"print_memo warm, in-process: median {statistics.median(warm) * 1000:.1f} ms ({len(warm)} runs)"
        )

        docx = work / "memo.docx"
        docx_memo(dataset, bench_data.MEMO_ID, docx)
        office = soffice_convert(docx, work, args.runs)
        if office is None:
            print("LibreOffice: soffice not installed, no comparison")
        else:
            print(
                f"LibreOffice soffice --headless --convert-to pdf (same memo as .docx): median {office:.3f} s"
            )


if __name__ == "__main__":
    main()
