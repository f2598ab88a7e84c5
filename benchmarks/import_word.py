"""Time a cold `itadesk import FILE.docx --year Y` beside python-docx reading every cell of the same file.

    .venv/bin/python benchmarks/import_word.py [--runs 7] [--measures 30 300]

The Word file is a results table in the shape of example 000: a header row repeated every 5 measures, a
merged group row every 10, steps typed together ("๑.… ๒.…"), responsible units one per line, dated results.

Each round runs, one after the other in fresh processes (so that the machine's load falls on all alike):
- python-docx: `docx.Document(file)`, then every cell's text of every row of every table (the anchor);
- Word reading: what the import reads from the file, nothing else (`read_word_file`, then `word_dataset`:
  the tables found, their columns, every cell checked, the measures made);
- import: `itadesk import FILE --year Y` into a copy of an office's database (its schema already made, as
  after the program's first start), measures written: planned and written through sqlite3 alone
  (`storage.direct.importing`, SQLAlchemy never loaded);
- import --dry-run: the same, reading and planning only, nothing written;
- import through the ORM: the same import with the database named by its URL (`--db sqlite:///FILE`),
  which takes the ordinary path (SQLAlchemy, its ORM, `storage.importing.run`), for comparison;
- import into a new database: the schema created first (Alembic), as the very first command of an office.

Prints the median of each, wall clock and CPU (user + system: steadier on a busy machine), and the ratios
to python-docx's medians. Figures go into issue notes, never into assertions.

`--before SRC` also times the three commands of another version of the program, interleaved in the same
rounds (SRC: the `src` folder of its checkout, e.g. from `git worktree add` or `git archive`), so that a
change is measured before → after on the same machine at the same moment.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
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

PYTHON_DOCX = """
import sys
import docx

document = docx.Document(sys.argv[1])
characters = 0
for table in document.tables:
    for row in table.rows:
        for cell in row.cells:
            characters += len(cell.text)
print(characters)
"""

WORD_READING = """
import sys
from itadesk.exchange.word.reader import read_word_file, word_dataset

dataset = word_dataset(read_word_file(sys.argv[1]), 2567, ["สำนักปลัด", "กองคลัง"])
print(len(dataset.years[0].measures))
"""


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


def _timed(command: list[str], source: Path | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `command` in a fresh process (`source`: the program's code there)."""
    env = os.environ.copy()
    if source is not None:
        env["PYTHONPATH"] = str(source)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def _itadesk(db: Path | str, file: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "itadesk", "--db", str(db), "import", str(file), "--year", "2567", *extra]


def _line(label: str, runs: list[tuple[float, float]], anchor: tuple[float, float]) -> str:
    wall = statistics.median(w for w, _ in runs)
    cpu = statistics.median(c for _, c in runs)
    walls = [w for w, _ in runs]
    return (
        f"  {label:36} wall {wall:.3f} s (min {min(walls):.3f}, max {max(walls):.3f}) {wall / anchor[0]:.2f}×"
        f"  CPU {cpu:.3f} s {cpu / anchor[1]:.2f}×"
    )


def bench(folder: Path, measures: int, runs: int, before: Path | None = None) -> None:
    file = folder / f"plan-{measures}.docx"
    write_file(file, measures)
    office = folder / "office.sqlite3"
    if not office.exists():  # an office's database as the program's first start leaves it
        subprocess.run(_itadesk(office, file, "--dry-run"), check=True, capture_output=True)
    python_docx, reading = folder / "python_docx_reads.py", folder / "itadesk_reads.py"
    python_docx.write_text(PYTHON_DOCX, encoding="utf-8")
    reading.write_text(WORD_READING, encoding="utf-8")
    names = ("docx", "reading", "import", "dry", "orm", "new", "import-before", "dry-before", "new-before")
    kinds: dict[str, list[tuple[float, float]]] = {k: [] for k in names}
    for script in (python_docx, reading):
        _timed([sys.executable, str(script), str(file)])  # bytecode written, files in the page cache
    for run in range(runs):
        kinds["docx"].append(_timed([sys.executable, str(python_docx), str(file)]))
        kinds["reading"].append(_timed([sys.executable, str(reading), str(file)]))
        copy = folder / f"office-{measures}-{run}.sqlite3"
        shutil.copyfile(office, copy)
        kinds["import"].append(_timed(_itadesk(copy, file)))
        kinds["dry"].append(_timed(_itadesk(office, file, "--dry-run")))
        shutil.copyfile(office, copy)
        kinds["orm"].append(_timed(_itadesk(f"sqlite:///{copy}", file)))
        kinds["new"].append(_timed(_itadesk(folder / f"new-{measures}-{run}.sqlite3", file)))
        if before is not None:
            shutil.copyfile(office, copy)
            kinds["import-before"].append(_timed(_itadesk(copy, file), before))
            kinds["dry-before"].append(_timed(_itadesk(office, file, "--dry-run"), before))
            new = folder / f"new-before-{measures}-{run}.sqlite3"
            kinds["new-before"].append(_timed(_itadesk(new, file), before))
    anchor = (
        statistics.median(w for w, _ in kinds["docx"]),
        statistics.median(c for _, c in kinds["docx"]),
    )
    size = file.stat().st_size // 1024
    print(f"{measures} measures, {size} KiB .docx, {runs} interleaved rounds of fresh processes"
          " (ratios to python-docx):")  # fmt: skip
    print(_line("python-docx reading every cell", kinds["docx"], anchor))
    print(_line("itadesk Word reading (file → measures)", kinds["reading"], anchor))
    print(_line("itadesk import (office's database)", kinds["import"], anchor))
    print(_line("itadesk import --dry-run", kinds["dry"], anchor))
    print(_line("itadesk import through the ORM", kinds["orm"], anchor))
    print(_line("itadesk import (new database)", kinds["new"], anchor))
    if before is not None:
        print(f"  the same commands with the program from {before}:")
        print(_line("before: import (office's database)", kinds["import-before"], anchor))
        print(_line("before: import --dry-run", kinds["dry-before"], anchor))
        print(_line("before: import (new database)", kinds["new-before"], anchor))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--measures", type=int, nargs="+", default=[30, 300])
    parser.add_argument("--before", type=Path, default=None, help="another version's src folder, timed alike")
    args = parser.parse_args()
    before = args.before.resolve() if args.before is not None else None
    with tempfile.TemporaryDirectory() as tmp:
        for measures in args.measures:
            bench(Path(tmp), measures, args.runs, before)


if __name__ == "__main__":
    main()
