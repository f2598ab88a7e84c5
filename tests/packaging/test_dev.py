"""`./dev`, the README's one command, as someone runs it: from another folder, and after a failed first run.

Real processes: the checkout's own `dev` script, run with bash from a temporary folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, REPO, require_shared

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="./dev is the Linux set-up script"),
]

DEV = REPO / "dev"


def run_dev(*args: str, cwd: Path, dev: Path = DEV, **extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    return subprocess.run(
        ["bash", str(dev), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


# What tools and caches write inside a checkout, not what `dev run` would leave there.
_NOT_THE_CHECKOUTS = {".git", ".venv", "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"}


def checkout_files(repo: Path) -> set[str]:
    """The checkout's files (no git needed: a fresh machine may not have it)."""
    return {
        str(path.relative_to(repo))
        for path in repo.rglob("*")
        if path.is_file() and not _NOT_THE_CHECKOUTS & set(path.relative_to(repo).parts)
    }


def checkout_venv_ready() -> bool:
    """The checkout's .venv was set up by ./dev for this pyproject.toml: `./dev run` starts at once."""
    stamp = REPO / ".venv" / ".installed"
    digest = hashlib.sha256((REPO / "pyproject.toml").read_bytes()).hexdigest()
    return stamp.is_file() and stamp.read_text().strip() in {f". {digest}", f".[test] {digest}"}


def test_dev_run_from_another_folder_writes_there(tmp_path: Path) -> None:
    """`…/dev run print memo … -o memo.pdf` from a folder of one's own: the PDF is there, the checkout
    untouched."""
    require_shared()
    if not checkout_venv_ready():
        pytest.skip("the checkout's .venv is not set up by ./dev (run ./dev test once)")
    before = checkout_files(REPO)
    done = run_dev("run", "--db", "office.sqlite3", "import", str(EXAMPLES / "001.json"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "มาตรการ: เพิ่ม 10" in done.stdout
    printing = ("print", "memo", "memo-001-1", "-o", "memo.pdf")
    done = run_dev("run", "--db", "office.sqlite3", *printing, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "office.sqlite3").stat().st_size > 0
    assert (tmp_path / "memo.pdf").read_bytes().startswith(b"%PDF")
    left = checkout_files(REPO) - before
    assert not left, f"./dev run left files inside the checkout: {sorted(left)}"


def fake_checkout(tmp_path: Path) -> Path:
    """A checkout of `dev` alone: what it needs to decide about .venv, nothing it would install."""
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    shutil.copy2(DEV, checkout / "dev")
    (checkout / "pyproject.toml").write_text('[project]\nname = "not-installable"\n', "utf-8")
    return checkout


def test_a_venv_left_without_pip_is_made_again(tmp_path: Path) -> None:
    """A .venv without pip (what a first run leaves when python3-venv is missing) is said and made again."""
    checkout = fake_checkout(tmp_path)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(checkout / ".venv")], check=True)
    has_pip = [str(checkout / ".venv/bin/python"), "-c", "import pip"]
    assert subprocess.run(has_pip, capture_output=True, check=False).returncode != 0
    # No package index: the install after the venv fails at once; what matters here is the venv before it.
    done = run_dev("lint", cwd=tmp_path, dev=checkout / "dev", PYTHON=sys.executable, PIP_NO_INDEX="1")
    assert ".venv is incomplete" in done.stderr, done.stderr
    assert "making it again" in done.stderr
    pip = subprocess.run(has_pip, capture_output=True, check=False)
    assert pip.returncode == 0, "the remade .venv has no pip"


def test_a_python_without_venv_is_named_and_leaves_nothing_half_made(tmp_path: Path) -> None:
    """Debian's python3 without python3-venv makes .venv/bin/python, then fails: the message names the package
    and no half-made .venv stays to break the next run."""
    checkout = fake_checkout(tmp_path)
    python = tmp_path / "python3"
    python.write_text(
        "#!/bin/sh\n"
        '[ "$1 $2" = "-m venv" ] || exit 1\n'
        'mkdir -p "$3/bin" && ln -s /bin/false "$3/bin/python"\n'
        "echo 'The virtual environment was not created successfully"
        " because ensurepip is not available.' >&2\n"
        "exit 1\n",
        "utf-8",
    )
    python.chmod(0o755)
    done = run_dev("lint", cwd=tmp_path, dev=checkout / "dev", PYTHON=str(python))
    assert done.returncode == 1
    assert "python3-venv" in done.stderr, done.stderr
    assert not (checkout / ".venv").exists(), "a half-made .venv was left behind"
