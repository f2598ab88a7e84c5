"""The program an office installs: the one-folder bundle built by PyInstaller from packaging/itadesk.spec, out
of a clean copy of the tree, then run as a user runs it (no Python, no checkout, a fresh home folder).

The Windows installer is this same folder made on Windows; what differs there (the read-ahead's second
process started by spawn, the migrations read as files, PyThaiNLP's data inside the bundle) runs here too.
"""

from __future__ import annotations

import lzma
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, REPO, require_shared

pytestmark = pytest.mark.slow

MIB = 1024 * 1024
MAX_UNPACKED_MIB = 120
MAX_XZ_MIB = 45
EXAMPLE = "001.json"  # a real office's year: 10 measures and the memo memo-001-1
MEMO_ID = "memo-001-1"
ORGANIZATION = "องค์การบริหารส่วนตำบลลาโละ"


@dataclass
class Bundle:
    folder: Path  # dist/ITADesk
    home: Path  # the user's home while the bundle runs: nothing else of this machine's user
    work: Path

    @property
    def executable(self) -> Path:
        return self.folder / ("ITADesk.exe" if sys.platform == "win32" else "ITADesk")

    def env(self, **extra: str) -> dict[str, str]:
        # Only what a desktop session has: the folders come from HOME as they would for an office's user.
        keep = ("PATH", "LANG", "LC_ALL", "TZ", "DISPLAY")
        env = {name: os.environ[name] for name in keep if name in os.environ}
        env.update(HOME=str(self.home), QT_QPA_PLATFORM="offscreen", **extra)
        return env

    def run(self, *args: str, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.executable), *args],
            cwd=self.work, env=self.env(**extra), capture_output=True, text=True, timeout=timeout,
            check=False,
        )  # fmt: skip


def clean_tree(destination: Path) -> None:
    """What a clone holds: the tracked files and new ones not ignored, never caches or local leftovers."""
    git_listing = ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"]
    listed = None
    if shutil.which("git"):
        listed = subprocess.run(git_listing, cwd=REPO, capture_output=True, check=False)
    # No git on this machine, or not a git checkout (an unpacked archive): the parts the build reads.
    if listed is None or listed.returncode != 0:
        for part in ("src", "resources", "packaging", "pyproject.toml"):
            source = REPO / part
            if source.is_dir():
                shutil.copytree(source, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
            else:
                shutil.copy2(source, destination / part)
        return
    for name in listed.stdout.decode().split("\0"):
        source = REPO / name
        if name and source.is_file():  # a deleted but still tracked file is not there any more
            (destination / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, destination / name)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (./dev test installs it)")
    root = tmp_path_factory.mktemp("bundle")
    tree = root / "tree"
    tree.mkdir()
    clean_tree(tree)
    # The tree's own code is analysed, whatever itadesk the test's Python has installed.
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    started = time.monotonic()
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(tree / "packaging" / "itadesk.spec"), "--noconfirm",
         "--distpath", str(root / "dist"), "--workpath", str(root / "build")],
        cwd=tree, env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert built.returncode == 0, f"PyInstaller failed:\n{built.stderr[-6000:]}"
    print(f"\nbundle built in {time.monotonic() - started:.0f} s")
    home, work = root / "home", root / "work"
    home.mkdir()
    work.mkdir()
    yield Bundle(root / "dist" / "ITADesk", home, work)


def disk_usage(folder: Path) -> int:
    """What `du` counts: the blocks the files take on disk."""
    return sum(path.lstat().st_blocks * 512 for path in folder.rglob("*")) + folder.lstat().st_blocks * 512


class _Counter:
    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)


def xz_size(folder: Path) -> int:
    """The folder as a tar compressed as `xz -6` does (liblzma, preset 6), counted, not written."""
    counter = _Counter()
    compressor = lzma.LZMACompressor(format=lzma.FORMAT_XZ, preset=6)

    class Sink:
        def write(self, data: bytes) -> int:
            counter.write(compressor.compress(data))
            return len(data)

    with tarfile.open(fileobj=Sink(), mode="w|") as tar:  # type: ignore[call-overload]
        tar.add(folder, arcname=folder.name)
    counter.write(compressor.flush())
    return counter.size


def weights(folder: Path) -> str:
    parts = sorted(
        ((disk_usage(p) if p.is_dir() else p.lstat().st_blocks * 512, p.name) for p in folder.iterdir()),
        reverse=True,
    )
    return ", ".join(f"{name} {size / MIB:.1f}" for size, name in parts[:15])


def test_the_bundle_fits_an_office_download(bundle: Bundle) -> None:
    unpacked = disk_usage(bundle.folder) / MIB
    packed = xz_size(bundle.folder) / MIB
    print(f"bundle: {unpacked:.1f} MiB unpacked, {packed:.1f} MiB xz -6")
    parts = weights(bundle.folder / "_internal")
    assert unpacked <= MAX_UNPACKED_MIB, f"{unpacked:.1f} MiB unpacked; the heaviest parts (MiB): {parts}"
    assert packed <= MAX_XZ_MIB, f"{packed:.1f} MiB compressed (xz -6); the heaviest parts (MiB): {parts}"


def test_it_says_its_version(bundle: Bundle) -> None:
    version = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    done = bundle.run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"ITA Desk {version}"


def pdf_fonts(pdf: Path) -> list[list[str]]:
    listed = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in listed.splitlines()[2:]]


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def assert_printed(pdf: Path, *expected: str) -> None:
    fonts = pdf_fonts(pdf)
    assert fonts, f"{pdf.name}: no fonts at all"
    # columns: name type… emb sub uni object ID — emb is the fourth from the end
    assert all(row[-5] == "yes" for row in fonts), f"{pdf.name}: a font not embedded: {fonts}"
    text = " ".join(pdf_text(pdf).split())
    for words in expected:
        assert words in text, f"{pdf.name}: {words!r} not in its text: {text[:400]}"


def started_as_on_windows(trace: Path) -> bool:
    """strace's record shows a child started again from the bundle's own executable as a spawned worker."""
    return "--multiprocessing-fork" in trace.read_text(errors="replace")


def test_an_offline_day_import_print_back_up_restore(bundle: Bundle) -> None:
    require_shared()
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils (pdffonts, pdftotext) is not installed")
    db = str(bundle.work / "office.sqlite3")

    done = bundle.run("--db", db, "import", str(EXAMPLES / EXAMPLE))
    assert done.returncode == 0, done.stderr
    assert "มาตรการ: เพิ่ม 10" in done.stdout

    memo = bundle.work / "memo.pdf"
    done = bundle.run("--db", db, "print", "memo", MEMO_ID, "-o", str(memo))
    assert done.returncode == 0, done.stderr
    assert_printed(memo, "บันทึกข้อความ", ORGANIZATION)

    # The read-ahead started the way the Windows program starts it: the frozen executable run again. (An
    # office's file of this schema is read at once without SQLAlchemy; a read-only copy is read the ordinary
    # way, in the second process.)
    report = bundle.work / "results.pdf"
    read_only = bundle.work / "read-only.sqlite3"
    done = bundle.run("--db", db, "backup", "-o", str(read_only))
    assert done.returncode == 0, done.stderr
    read_only.chmod(0o444)
    command = [str(bundle.executable), "--db", str(read_only), "print", "results", "--year", "2566", "-o",
               str(report)]  # fmt: skip
    trace = bundle.work / "strace.txt"
    traced = shutil.which("strace") is not None and subprocess.run(
        ["strace", "-o", os.devnull, "true"], capture_output=True, check=False
    ).returncode == 0  # fmt: skip
    if traced:
        command = ["strace", "-f", "-e", "trace=execve", "-o", str(trace), *command]
    done = subprocess.run(
        command, cwd=bundle.work, env=bundle.env(ITADESK_READ_AHEAD="spawn"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert_printed(report, ORGANIZATION)
    if traced:
        assert started_as_on_windows(trace), "the read-ahead was not started as a fresh bundle process"

    copy = bundle.work / "copy.sqlite3"
    done = bundle.run("--db", db, "backup", "-o", str(copy))
    assert done.returncode == 0, done.stderr
    assert copy.stat().st_size > 0
    done = bundle.run("--db", db, "status", "m-001-01", "done", "--note", "เผยแพร่แล้ว")
    assert done.returncode == 0, done.stderr
    done = bundle.run("--db", db, "restore", str(copy))
    assert done.returncode == 0, done.stderr
    listed = bundle.run("--db", db, "measures")
    assert listed.returncode == 0, listed.stderr
    first = next(line for line in listed.stdout.splitlines() if line.startswith("m-001-01"))
    assert first.endswith("ยังไม่ดำเนินการ"), f"restore did not bring back the copy: {first}"

    # Nothing left in the user's home but the program's own folders (no ~/pythainlp-data).
    left = {p.name for p in bundle.home.iterdir()}
    assert left <= {".cache", ".config", ".local"}, f"left in the user's home: {sorted(left)}"


def test_the_memo_with_an_svg_garuda_saved_as_word(bundle: Bundle) -> None:
    """The bundle renders an SVG emblem for Word itself (resvg, loaded only for this): nothing missing."""
    require_shared()
    from itadesk.domain.model import Emblem
    from itadesk.exchange.reader import read_exchange_file
    from itadesk.exchange.writer import write_exchange_file
    from tests.conftest import GARUDA_SVG

    dataset = read_exchange_file(EXAMPLES / EXAMPLE)
    assert dataset.organization is not None
    dataset.organization.emblem = Emblem("image/svg+xml", GARUDA_SVG.read_bytes())
    exchange = bundle.work / "svg-office.json"
    write_exchange_file(dataset, exchange)
    db = str(bundle.work / "svg-office.sqlite3")
    done = bundle.run("--db", db, "import", str(exchange))
    assert done.returncode == 0, done.stderr
    memo = bundle.work / "บันทึก.docx"
    done = bundle.run("--db", db, "print", "memo", MEMO_ID, "-o", str(memo))
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(memo) as docx:
        media = sorted(name.rsplit(".", 1)[-1] for name in docx.namelist() if name.startswith("word/media/"))
    assert media == ["png", "svg"]


def test_the_window_opens_and_closes_cleanly(bundle: Bundle) -> None:
    """The window on an office's database, shown for a few seconds, then asked to end as a logout asks."""
    require_shared()
    db = str(bundle.work / "window.sqlite3")
    assert bundle.run("--db", db, "import", str(EXAMPLES / EXAMPLE)).returncode == 0
    backups = bundle.home / ".local" / "share" / "itadesk" / "backups"
    before = set(backups.rglob("*.sqlite3")) if backups.is_dir() else set()  # one folder per database
    window = subprocess.Popen(
        [str(bundle.executable), "--db", db],
        cwd=bundle.work, env=bundle.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        # The window backs the database up once it has painted: the sign that it is open and working.
        deadline = time.monotonic() + 60
        while window.poll() is None and time.monotonic() < deadline:
            if backups.is_dir() and set(backups.rglob("*.sqlite3")) - before:
                break
            time.sleep(0.2)
        assert window.poll() is None, f"the window ended by itself:\n{window.communicate()[1][-3000:]}"
        assert set(backups.rglob("*.sqlite3")) - before, "the window made no start-up backup within 60 s"
        time.sleep(2)  # a few seconds open
        window.send_signal(signal.SIGTERM)
        _out, err = window.communicate(timeout=30)
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    assert window.returncode == 0, f"exit {window.returncode}:\n{err[-3000:]}"
    assert "Traceback" not in err, err
    settings = bundle.home / ".config" / "itadesk" / "settings.ini"
    assert "geometry" in settings.read_text("utf-8").lower(), "closing did not keep the window's settings"


def test_a_word_file_and_a_schema_0005_database(bundle: Bundle, tmp_path: Path) -> None:
    """A Word report read with the bundle's own XML reader (lxml, no python-docx inside), and a database the
    previous release left (schema 0005) upgraded when opened, its year printed."""
    require_shared()
    import json

    from tests.exchange.word_files import write_example_docx

    units = json.loads((EXAMPLES / "000.json").read_text(encoding="utf-8"))["units"]
    office = bundle.work / "units.json"
    office.write_text(json.dumps({"format": "itadesk/1", "units": units}), encoding="utf-8")
    db = str(bundle.work / "word.sqlite3")
    assert bundle.run("--db", db, "import", str(office)).returncode == 0
    word = write_example_docx("000", bundle.work / "รายงานผล.docx")
    done = bundle.run("--db", db, "import", str(word), "--year", "2566")
    assert done.returncode == 0, done.stderr
    assert "มาตรการ: เพิ่ม 6" in done.stdout, done.stdout
    assert not (bundle.folder / "_internal" / "docx").exists(), "python-docx (a test dependency) was bundled"

    old = bundle.work / "schema-0005.sqlite3"
    shutil.copy(REPO / "tests" / "storage" / "fixtures" / "schema-0005.sqlite3", old)
    report = bundle.work / "old-results.pdf"
    done = bundle.run("--db", str(old), "print", "results", "--year", "2566", "-o", str(report))
    assert done.returncode == 0, done.stderr
    assert report.stat().st_size > 0
    import sqlite3

    with sqlite3.connect(old) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == "0006"
