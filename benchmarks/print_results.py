"""Time the results report for 60, 300 (and 3000) measures beside Typst printing the same rows.

    .venv/bin/python benchmarks/print_results.py [--runs 3] [--sizes 60 300] [--kind results] [--no-typst]

Each run prints in a fresh process, after an untimed warm-up print of a five-measure year in that process
(fonts, dictionary and code loaded): the time is the print alone, the memory the process's peak (resident).
Ours and Typst's (benchmarks/typst/results.typ, the same text, font and sizes; `pip install -e ".[bench]"`)
runs alternate, so both see the same machine. Prints medians, the cost per measure (does it grow linearly?)
and the ratio ours/Typst; figures go into issue notes, never into assertions.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_data


def _child(engine: str, kind: str, size: int, out: Path) -> None:
    """One timed print in this process; prints {"seconds": …, "rss_mib": …} as JSON."""
    if engine == "typst":
        from typst_anchor import Workspace, results_data, typst_compile

        space = Workspace(out.parent / "typst")
        typst_compile(
            "results", results_data(bench_data.dataset(5), bench_data.FISCAL_YEAR), space
        )  # warm-up
        space.write("results", results_data(bench_data.dataset(size), bench_data.FISCAL_YEAR))
        start = time.perf_counter()
        out.write_bytes(typst_compile("results", None, space))
    else:
        from itadesk.documents.printing import print_document

        print_document(bench_data.dataset(5), kind, bench_data.FISCAL_YEAR, 12, out)  # warm-up
        dataset = bench_data.dataset(size)
        start = time.perf_counter()
        print_document(dataset, kind, bench_data.FISCAL_YEAR, 12, out)
    seconds = time.perf_counter() - start
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rss_mib": rss_mib}))


def _run(engine: str, kind: str, size: int, out: Path) -> dict[str, float]:
    command = [
        sys.executable,
        __file__,
        "--child",
        engine,
        "--kind",
        kind,
        "--sizes",
        str(size),
        "--out",
        str(out),
    ]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _pages(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[60, 300])
    parser.add_argument("--kind", default="results", choices=["plan", "progress", "results", "analysis"])
    parser.add_argument("--no-typst", action="store_true", help="ours only (Typst prints the results report)")
    parser.add_argument("--child", choices=["ours", "typst"], help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.kind, args.sizes[0], args.out)
        return
    engines = ["ours"] + ([] if args.no_typst or args.kind != "results" else ["typst"])
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            runs: dict[str, list[dict[str, float]]] = {engine: [] for engine in engines}
            for _ in range(args.runs):
                for engine in engines:  # interleaved: ours, Typst, ours, Typst…
                    runs[engine].append(_run(engine, args.kind, size, Path(tmp) / f"{engine}.pdf"))
            medians = {e: statistics.median(r["seconds"] for r in runs[e]) for e in engines}
            memory = {e: statistics.median(r["rss_mib"] for r in runs[e]) for e in engines}
            for engine in engines:
                name = "itadesk" if engine == "ours" else "Typst"
                pages = _pages(Path(tmp) / f"{engine}.pdf")
                print(f"{name} {args.kind}, {size} measures: median {medians[engine]:.3f} s "
                      f"({medians[engine] / size * 1000:.1f} ms per measure, {args.runs} runs), "
                      f"{pages} pages, peak memory {memory[engine]:.0f} MiB")  # fmt: skip
            if "typst" in engines:
                print(f"ratio ours/Typst at {size} measures: time {medians['ours'] / medians['typst']:.2f}, "
                      f"memory {memory['ours'] / memory['typst']:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
