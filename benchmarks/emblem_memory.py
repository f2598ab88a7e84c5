"""Peak memory of `itadesk print memo` with the largest emblem import accepts, beside the real Garuda.

    .venv/bin/python benchmarks/emblem_memory.py [--garuda ../shared/assets/garuda.png]

The largest accepted PNG is MAX_EMBLEM_PIXELS pixels (a square just under the limit), drawn with a pattern so
that it stays under the file-size limit as an office's scan would. Each print runs in a new process; its peak
resident memory is read from the kernel (getrusage of the finished child). Figures go into notes, never into
assertions.
"""

from __future__ import annotations

import argparse
import io
import math
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_data
from PIL import Image, ImageDraw

from itadesk.domain.model import Emblem
from itadesk.domain.rules import MAX_EMBLEM_PIXELS
from itadesk.exchange.writer import write_exchange_file


def _largest_png() -> bytes:
    side = math.isqrt(MAX_EMBLEM_PIXELS)
    image = Image.new("RGB", (side, side), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    for radius in range(side // 2, 0, -side // 40):  # rings, as a seal's outline would be
        draw.ellipse((side // 2 - radius, side // 2 - radius, side // 2 + radius, side // 2 + radius),
                     outline=(170, 20, 20), width=12)  # fmt: skip
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


_MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _peak_of(command: list[str]) -> float:
    """Peak resident memory (MiB) of one run of `command`, measured by a fresh parent of its own."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command], check=True, capture_output=True, text=True
    )
    return int(done.stdout.split()[-1]) / 1024  # Linux reports KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--garuda", type=Path, default=Path(__file__).parents[1] / "../shared/assets/garuda.png"
    )
    args = parser.parse_args()
    emblems = {"largest accepted": _largest_png()}
    if args.garuda.exists():
        emblems["Garuda"] = args.garuda.read_bytes()
    for name, data in emblems.items():
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            dataset = bench_data.dataset(10)
            assert dataset.organization is not None
            dataset.organization.emblem = Emblem("image/png", data)
            exchange = work / "bench.json"
            write_exchange_file(dataset, exchange)
            db = work / "bench.sqlite3"
            itadesk = [sys.executable, "-m", "itadesk", "--db", str(db)]
            subprocess.run([*itadesk, "import", str(exchange)], check=True, capture_output=True)
            with Image.open(io.BytesIO(data)) as image:
                size = f"{image.width}×{image.height}"
            peak = _peak_of([*itadesk, "print", "memo", bench_data.MEMO_ID, "-o", str(work / "memo.pdf")])
            print(
                f"{name}: {size} px, {len(data) / 1024 / 1024:.2f} MiB file, "
                f"print memo peak RSS {peak:.0f} MiB"
            )


if __name__ == "__main__":
    main()
