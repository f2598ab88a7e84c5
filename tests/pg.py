"""A real, throwaway PostgreSQL server for the tests, started from Debian's packages.

`database_url` runs a test twice: on a new SQLite file and on a fresh PostgreSQL database. The server (one per
test session) is a new cluster in a temporary folder, on a free port on 127.0.0.1, stopped at the end. When
it cannot be started (no PostgreSQL installed, no `postgres` user when running as root …) the PostgreSQL
cases are skipped with the reason: never passed without running.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVER_USER = "postgres"


@dataclass
class PostgresServer:
    port: int
    folder: Path
    bin_dir: Path
    as_user: list[str]  # the command prefix that runs a program as the server's owner

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SERVER_USER, dbname="postgres", autocommit=True
        ) as connection:
            connection.execute(sql.encode())  # built from our own constants, never from input

    def create_database(self) -> str:
        name = f"itadesk_test_{uuid.uuid4().hex[:12]}"
        self.admin(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        return name

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        pg_ctl = str(self.bin_dir / "pg_ctl")
        subprocess.run(
            [*self.as_user, pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with contextlib.closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server() -> PostgresServer:
    """Start a new cluster; raises RuntimeError with the reason when it cannot."""
    bin_dir = _bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb; apt install postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="itadesk-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        # The server refuses to run as root: run it as the packages' postgres user, in a folder it owns.
        runuser = shutil.which("runuser")
        if runuser is None:
            raise RuntimeError("running as root, and runuser is missing to start PostgreSQL as postgres")
        try:
            shutil.chown(folder, user=SERVER_USER, group=None)
        except (LookupError, OSError) as exc:
            raise RuntimeError(f"no user {SERVER_USER!r} to run PostgreSQL as: {exc}") from exc
        as_user = [runuser, "-u", SERVER_USER, "--"]
    port = _free_port()
    data = folder / "data"
    steps = [
        [str(bin_dir / "initdb"), "-D", str(data), "-U", SERVER_USER, "-A", "trust", "-E", "UTF8",
         "--locale=C", "--no-sync"],
        [str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "server.log"), "-w", "-t", "60",
         "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
               "-c synchronous_commit=off -c full_page_writes=off", "start"],
    ]  # fmt: skip
    for step in steps:
        done = subprocess.run([*as_user, *step], capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            log_file = folder / "server.log"
            log = log_file.read_text(errors="replace") if log_file.exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            said = done.stderr.strip() or done.stdout.strip()
            raise RuntimeError(f"{Path(step[0]).name} failed: {said} {log}")
    return PostgresServer(port=port, folder=folder, bin_dir=bin_dir, as_user=as_user)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server; skips (with the reason) where one cannot be started."""
    try:
        server = start_server()
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"PostgreSQL server could not be started: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    name = postgres_server.create_database()
    try:
        yield postgres_server.url(name)
    finally:
        with contextlib.suppress(Exception):
            postgres_server.drop_database(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty database: an SQLite file path, or a PostgreSQL URL (skipped, with why, if no server)."""
    if request.param == "sqlite":
        return str(tmp_path / "itadesk.sqlite3")
    url: str = request.getfixturevalue("postgres_url")
    return url
