"""Time `itadesk print memo` (a two-page memo, three approvers): cold in a new process, warm in-process.

    .venv/bin/python benchmarks/print_memo.py [--runs 7] [--emblem garuda.png]

Cold = from starting the process to the PDF written, through the real command and a SQLite database, so
everything it imports counts, with Python's compiled bytecode in place as in an installed program (an untimed
first run writes it, even where PYTHONDONTWRITEBYTECODE is set around us) and the user's cache folder as the
office's first print leaves it (the compiled dictionary, the scaled emblem). "First print" = cold with an
empty cache folder each run, as on a new PC or after a new emblem. Warm = print_memo() again in one process,
beside Typst compiling the same memo to a PDF file (benchmarks/typst/memo.typ; `pip install -e ".[bench]"`)
with a fresh compiler and with its compiler reused, interleaved; then the memo with a 20-measure results
report after one edit of its body (what the composer's preview prints), beside Typst's compiler given the
edited text.
The cold runs are interleaved, each round starting with the next program, with Typst compiling the same memo
in a fresh process (Python starting, importing the `typst` package, compiling to a PDF file:
`typst_anchor.typst_cold_command`) and, when `soffice` is installed, LibreOffice converting an equivalent
.docx memo; with `--earlier SRC` also with the program of another checkout (its `src` folder, e.g. a
worktree of the commit before a change), run by the same Python.
Then the import budget of a memo print (`import_budget.py`: ms per group against its budget).
Prints medians and ratios; figures go into issue notes, never into assertions.

    .venv/bin/python benchmarks/print_memo.py --cold-only [--runs 9] [--earlier ../before/src]
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
from import_budget import import_budget, print_budget
from libreoffice import docx_memo, soffice_command
from typst_anchor import TypstCompiler, Workspace, memo_data, results_data, typst_cold_command, typst_time

from itadesk.documents.printing import print_memo
from itadesk.domain.model import Attachment, Dataset, Emblem
from itadesk.exchange.writer import write_exchange_file


def _itadesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "itadesk", *args]


def _timed(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def _cpu_of_children() -> float:
    """CPU seconds (user + system) of every ended child process waited for, theirs included (the reader)."""
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _timed_with_cpu(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds of one run: on a machine others keep busy, the CPU a program takes is
    what stays comparable; the wall time is what a user waits."""
    cpu = _cpu_of_children()
    wall = _timed(command, env)
    return wall, _cpu_of_children() - cpu


def _cold(dataset: Dataset, work: Path, runs: int, earlier: Path | None) -> Path:
    """Interleaved cold runs: ours (and an earlier checkout's), Typst's, LibreOffice's. Prints medians and
    ratios; returns the database printed from."""
    exchange = work / "bench.json"
    write_exchange_file(dataset, exchange)
    db = work / "bench.sqlite3"
    subprocess.run(_itadesk("--db", str(db), "import", str(exchange)), check=True, capture_output=True)
    # As installed: bytecode compiled (the untimed first runs write it) and the cache folder filled.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    ours = _itadesk("--db", str(db), "print", "memo", bench_data.MEMO_ID, "-o", str(work / "ours.pdf"))
    commands: dict[str, tuple[list[str], dict[str, str]]] = {"ours": (ours, env)}
    if earlier is not None:
        before = _itadesk(
            "--db", str(db), "print", "memo", bench_data.MEMO_ID, "-o", str(work / "before.pdf")
        )
        commands["earlier"] = (before, {**env, "PYTHONPATH": str(earlier.resolve())})
    space = Workspace(work / "typst-cold")
    space.write("memo", memo_data(dataset, bench_data.MEMO_ID))
    commands["typst"] = (typst_cold_command("memo", space, work / "typst.pdf"), env)
    docx = work / "memo.docx"
    docx_memo(dataset, bench_data.MEMO_ID, docx)
    office = soffice_command(docx, work)
    if office is not None:
        commands["libreoffice"] = (office, env)
    for command, command_env in commands.values():
        subprocess.run(command, check=True, capture_output=True, env=command_env)  # untimed first run
    times: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    # Each round starts with the next program: run always right after LibreOffice (which leaves the caches
    # cold and the processor busy), the first program measured ~10 % slower than the same program later.
    names = list(commands)
    for run in range(runs):
        for name in names[run % len(names) :] + names[: run % len(names)]:
            command, command_env = commands[name]
            wall, used = _timed_with_cpu(command, command_env)
            times[name].append(wall)
            cpu[name].append(used)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"cold, process start → PDF written, medians of {runs} interleaved runs (load average {load:.1f}); "
          "wall s (min) · CPU s, ratio to ours:")  # fmt: skip
    labels = {
        "ours": "itadesk print memo",
        "earlier": f"the same, {earlier}",
        "typst": "Typst (PyPI package, fresh Python process)",
        "libreoffice": "LibreOffice --convert-to pdf (same memo as .docx)",
    }
    ours, ours_cpu = statistics.median(times["ours"]), statistics.median(cpu["ours"])
    for name, label in labels.items():
        if name not in times:
            continue
        wall, used = statistics.median(times[name]), statistics.median(cpu[name])
        ratio = "" if name == "ours" else f"   ours/this: wall {ours / wall:.2f}, CPU {ours_cpu / used:.2f}"
        print(f"  {label:50s} {wall:.3f} ({min(times[name]):.3f}) · {used:.3f}{ratio}")
    if "libreoffice" not in times:
        print("  LibreOffice: soffice not installed, no comparison")
    return db


REPORT_MEASURES = 20  # the memo composer's preview benchmark attaches a report of twenty measures


def _warm(
    dataset: Dataset, work: Path, runs: int
) -> tuple[list[float], list[float], list[float], list[float], list[float]]:
    """Interleaved runs, in this process: our memo again, Typst's (a fresh compiler; its compiler reused);
    then the memo with its results report after one edit of the body, ours and Typst's (compiler reused)."""
    memo_text = memo_data(dataset, bench_data.MEMO_ID)
    compiler = TypstCompiler("memo", memo_text)
    space = Workspace(work / "typst")
    print_memo(dataset, bench_data.MEMO_ID, work / "first.pdf")  # loads fonts, dictionary, caches
    typst_time("memo", memo_text, space=space)
    compiler.compile()
    warm: list[float] = []
    fresh: list[float] = []
    reused: list[float] = []
    for run in range(runs):
        start = time.perf_counter()
        print_memo(dataset, bench_data.MEMO_ID, work / f"warm-{run}.pdf")
        warm.append(time.perf_counter() - start)
        fresh.append(typst_time("memo", memo_text, space=space, output=work / "typst.pdf"))
        reused.append(typst_time("memo", memo_text, compiler=compiler, output=work / "typst.pdf"))

    with_report = bench_data.dataset(REPORT_MEASURES)
    memo = with_report.years[0].memos[0]
    memo.attach = Attachment("results", 12)
    report_text = results_data(with_report, bench_data.FISCAL_YEAR)
    both = TypstCompiler("memo_results", {"memo": memo_data(with_report, memo.id), "results": report_text})
    print_memo(with_report, memo.id, work / "report-first.pdf", keep_report=True)
    both.compile()
    edited: list[float] = []
    typst_edited: list[float] = []
    for run in range(runs):
        memo.body = [*memo.body[:-1], memo.body[-1] + "ก"]  # one letter typed at the end of the body
        start = time.perf_counter()
        print_memo(with_report, memo.id, work / f"edited-{run}.pdf", keep_report=True)  # as the preview
        edited.append(time.perf_counter() - start)
        data = {"memo": memo_data(with_report, memo.id), "results": report_text}
        both.edit(data)
        start = time.perf_counter()
        (work / "typst-edited.pdf").write_bytes(both.compile())
        typst_edited.append(time.perf_counter() - start)
    return warm, fresh, reused, edited, typst_edited


def _print_warm(
    warm: list[float], fresh: list[float], reused: list[float], edited: list[float], typst_edited: list[float]
) -> None:
    ms = {
        name: statistics.median(times) * 1000
        for name, times in (
            ("warm", warm), ("fresh", fresh), ("reused", reused), ("edited", edited),
            ("typst_edited", typst_edited),
        )
    }  # fmt: skip
    print(f"print_memo warm, in-process: median {ms['warm']:.1f} ms ({len(warm)} runs); "
          f"Typst {ms['fresh']:.1f} ms, {ms['reused']:.1f} ms reusing its compiler; "
          f"ratio {ms['warm'] / ms['fresh']:.2f} / {ms['warm'] / ms['reused']:.2f}")  # fmt: skip
    print(f"memo + {REPORT_MEASURES}-measure results report after one edit: median {ms['edited']:.1f} ms; "
          f"Typst (its compiler reused, one edit) {ms['typst_edited']:.1f} ms; "
          f"ratio {ms['edited'] / ms['typst_edited']:.2f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--emblem", type=Path, help="a PNG or SVG emblem to print top-left")
    parser.add_argument("--warm-only", action="store_true", help="only the in-process figures beside Typst")
    parser.add_argument(
        "--cold-only", action="store_true", help="only the cold figures and the import budget"
    )
    parser.add_argument("--earlier", type=Path, metavar="SRC", help="also time another checkout's src folder")
    args = parser.parse_args()

    dataset = bench_data.dataset(10)
    if args.emblem and dataset.organization:
        mime = "image/svg+xml" if args.emblem.suffix.lower() == ".svg" else "image/png"
        dataset.organization.emblem = Emblem(mime, args.emblem.read_bytes())  # type: ignore[arg-type]

    if args.warm_only:
        with tempfile.TemporaryDirectory() as tmp:
            _print_warm(*_warm(dataset, Path(tmp), max(args.runs, 10)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = _cold(dataset, work, args.runs, args.earlier)
        budget_runs = max(3, args.runs // 2)
        if args.earlier is not None:
            earlier = import_budget(db, bench_data.MEMO_ID, work / "budget.pdf", budget_runs, args.earlier)
            print_budget(*earlier, whose=f", {args.earlier}")
        print_budget(*import_budget(db, bench_data.MEMO_ID, work / "budget.pdf", budget_runs))
        if args.cold_only:
            return
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        first_print: list[float] = []
        for run in range(max(3, args.runs // 3)):
            out = work / f"first-{run}.pdf"
            empty_cache = {**env, "XDG_CACHE_HOME": str(work / f"cache-{run}")}
            command = _itadesk("--db", str(db), "print", "memo", bench_data.MEMO_ID, "-o", str(out))
            first_print.append(_timed(command, empty_cache))
        pages = subprocess.run(["pdfinfo", str(work / "ours.pdf")], capture_output=True, text=True).stdout
        page_count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")

        warm, typst_fresh, typst_reused, edited, typst_edited = _warm(dataset, work, max(args.runs, 10))
        print(f"memo pages: {page_count}")
        print(f"first print, empty cache folder: median {statistics.median(first_print):.3f} s "
              f"({len(first_print)} runs)")  # fmt: skip
        _print_warm(warm, typst_fresh, typst_reused, edited, typst_edited)


if __name__ == "__main__":
    main()
