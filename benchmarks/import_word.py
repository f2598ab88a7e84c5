"""Time `itadesk import FILE.docx --year Y` cold: a fresh interpreter and a fresh database each run.

    .venv/bin/python benchmarks/import_word.py [--runs 5] [--measures 30]

The Word file is a results table in the shape of example 000: a header row repeated every 5 measures, a
merged group row every 10, steps typed together ("๑.… ๒.…"), responsible units one per line, dated results.
Prints the median and the spread; also the median of --dry-run (reading only, nothing written).
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

import docx

HEADER = [
    "มาตรการ/แนวทาง", "ขั้นตอน/วิธีการดำเนินการ", "หน่วยงาน ผู้รับผิดชอบ", "ระยะเวลา ดำเนินการ",
    "สรุปผลการดำเนินการ", "ผลลัพธ์/ความสำเร็จของการดำเนินการ",
]  # fmt: skip


def write_file(path: Path, measures: int) -> None:
    document = docx.Document()
    table = document.add_table(rows=0, cols=len(HEADER))
    for index in range(1, measures + 1):
        if index % 10 == 1:
            merged = table.add_row().cells
            merged[0].merge(merged[-1]).text = f"กลุ่มมาตรการที่ {index // 10 + 1}"
        if index % 5 == 1:
            for cell, text in zip(table.add_row().cells, HEADER, strict=True):
                cell.text = text
        cells = table.add_row().cells
        cells[0].text = f"{index}. มาตรการส่งเสริมคุณธรรมและความโปร่งใสด้านการเปิดเผยข้อมูลต่อสาธารณะ ข้อ {index}"
        cells[1].text = " ".join(f"{n}. ขั้นตอนที่ {n} ของการดำเนินการตามมาตรการ" for n in range(1, 5))
        cells[2].text = "สำนักปลัด\nกองคลัง"
        cells[3].text = "๑ ต.ค.๖๖ – ๓๐ ก.ย.๖๗"
        cells[4].text = "๑. ประชุมคณะทำงานเมื่อวันที่ ๒๔ ม.ค.๒๕๖๗"
        cells[4].add_paragraph("๒. เผยแพร่ประกาศผ่านเว็บไซต์เมื่อวันที่ ๓ ก.พ.๖๗")
        cells[5].text = "- ประชาชนเข้าถึงข้อมูลของหน่วยงานได้สะดวก"
    document.save(str(path))


def _once(file: Path, folder: Path, run: int, *extra: str) -> float:
    db = folder / f"office-{run}-{len(extra)}.sqlite3"
    command = [sys.executable, "-m", "itadesk", "--db", str(db), "import", str(file), "--year", "2567"]
    command += extra
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=os.environ.copy())
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--measures", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        file = folder / "plan.docx"
        write_file(file, args.measures)
        size = file.stat().st_size // 1024
        print(f"{args.measures} measures, {size} KiB .docx, {args.runs} cold runs each")
        for label, extra in (("import", ()), ("import --dry-run", ("--dry-run",))):
            times = [_once(file, folder, run, *extra) for run in range(args.runs)]
            print(
                f"{label}: median {statistics.median(times):.2f} s"
                f" (min {min(times):.2f}, max {max(times):.2f})"
            )


if __name__ == "__main__":
    main()
