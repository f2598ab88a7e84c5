"""What a change to the Thai engine costs in printing: this tree beside another revision, in the same run.

    .venv/bin/python benchmarks/breaking_cost.py --baseline REV [--this REV2] [--rounds 3] [--sizes 60 300]

Runs `print_memo.py` (memo cold and warm) and `print_results.py` (results at each size, warm) once per
round in a checkout of REV (a `git worktree` made for the run and removed after it) and in this tree,
alternating, so that the machine's load falls on both alike. Each tree runs its own `src/` through PYTHONPATH
with this virtual environment. Prints the median of the rounds' medians for each figure, the ratio this tree /
REV, and the results' cost per measure, which shows whether the cost stays linear in the number of measures.
The figures go into issue notes, never into assertions. For total-fit line breaking, REV is the commit before
it: `0d9d069^` ("Justified paragraphs are broken as a whole").
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
FIGURE = re.compile(r"^(?P<name>[^:]+): median (?P<value>[\d.]+) (?P<unit>ms|s)\b")


def _run(tree: Path, script: str, *args: str) -> dict[str, float]:
    """One benchmark script of `tree`, its figures by name in seconds."""
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    done = subprocess.run(
        [sys.executable, str(tree / "benchmarks" / script), *args],
        cwd=tree, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    figures: dict[str, float] = {}
    for line in done.stdout.splitlines():
        match = FIGURE.match(line.strip())
        if match and "LibreOffice" not in match["name"]:
            scale = 1000.0 if match["unit"] == "ms" else 1.0
            figures[match["name"].strip()] = float(match["value"]) / scale
    return figures


def _round(tree: Path, sizes: list[str], runs: str) -> dict[str, float]:
    figures = _run(tree, "print_memo.py", "--runs", runs)
    figures.update(_run(tree, "print_results.py", "--runs", runs, "--sizes", *sizes))
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", required=True, help="the revision to compare with")
    parser.add_argument("--this", help="a revision to measure instead of this tree (e.g. the change alone)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", default="5", help="runs per figure inside each script")
    parser.add_argument("--sizes", nargs="+", default=["60", "300", "600"])
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline"
        this = Path(tmp) / "this" if args.this else HERE
        made = [(base, args.baseline)] + ([(this, args.this)] if args.this else [])
        for folder, revision in made:
            add = ["git", "worktree", "add", "--detach", str(folder), revision]
            subprocess.run(add, cwd=HERE, check=True, capture_output=True)
        try:
            collected: dict[str, dict[str, list[float]]] = {
                "baseline": defaultdict(list),
                "this": defaultdict(list),
            }
            for n in range(args.rounds):
                for label, tree in (
                    (("baseline", base), ("this", this))
                    if n % 2 == 0
                    else (("this", this), ("baseline", base))
                ):
                    for name, value in _round(tree, args.sizes, args.runs).items():
                        collected[label][name].append(value)
                print(f"round {n + 1} of {args.rounds} done", file=sys.stderr)
        finally:
            for folder, _ in made:
                subprocess.run(["git", "worktree", "remove", "--force", str(folder)], cwd=HERE, check=False)

    print(f"{'figure':<62} {args.baseline:>10} {args.this or 'this':>10} {'ratio':>7}")
    for name in collected["this"]:
        if name not in collected["baseline"]:
            continue
        before = statistics.median(collected["baseline"][name])
        after = statistics.median(collected["this"][name])
        print(f"{name:<62} {before:>9.3f}s {after:>9.3f}s {after / before:>7.3f}")
    for label in ("baseline", "this"):
        per = []
        for name, values in collected[label].items():
            size = re.search(r"(\d+) measures", name)
            if size:
                per.append(f"{size[1]}: {statistics.median(values) / int(size[1]) * 1000:.1f} ms")
        print(f"results per measure, {label}: " + ", ".join(per))


if __name__ == "__main__":
    main()
