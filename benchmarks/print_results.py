"""Time `print_document(…, "results", …)` for 60 and 300 measures (in-process, after a warm-up print).

    .venv/bin/python benchmarks/print_results.py [--runs 3] [--sizes 60 300]

Also prints the cost per measure, to show whether the cost grows linearly with the size of the year.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_data

from itadesk.documents.printing import print_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[60, 300])
    parser.add_argument("--kind", default="results", choices=["plan", "progress", "results", "analysis"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.pdf"
        print_document(bench_data.dataset(5), args.kind, bench_data.FISCAL_YEAR, 12, out)  # warm-up
        for size in args.sizes:
            dataset = bench_data.dataset(size)
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                print_document(dataset, args.kind, bench_data.FISCAL_YEAR, 12, out)
                times.append(time.perf_counter() - start)
            median = statistics.median(times)
            print(f"print {args.kind}, {size} measures: median {median:.3f} s "
                  f"({median / size * 1000:.1f} ms per measure, {len(times)} runs)")  # fmt: skip


if __name__ == "__main__":
    main()
