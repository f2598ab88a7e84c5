"""A PostgreSQL URL that is wrong, a server that is broken or silent, a password: what a real `itadesk`
process says (Thai, exit 1, never a traceback or a crash log), and that the password is written nowhere."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from itadesk.storage.lifecycle.passwords import HIDDEN
from tests.conftest import EXAMPLES, require_shared
from tests.pg import PostgresServer

pytestmark = pytest.mark.postgres

SECRET = "Sup3r-secret-Pw"


def itadesk(
    *argv: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "itadesk", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def logs() -> list[Path]:
    folder = Path(os.environ["XDG_STATE_HOME"])
    return sorted(folder.rglob("*.log"))


@pytest.fixture(autouse=True)
def _state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    for name in ("PGPASSWORD", "PGPASSFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # no ~/.pgpass of the machine's user


def assert_refused_in_thai(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr and "ข้อผิดพลาดที่ไม่คาดคิด" not in done.stderr, done.stderr
    assert SECRET not in done.stderr + done.stdout
    for word in words:
        assert word in done.stderr, done.stderr
    assert logs() == []  # no crash file


def free_port() -> int:
    with contextlib.closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql+psycopg://postgres@127.0.0.1:{port}/postgres?sslmode=bogus", ["sslmode", "ใช้ไม่ได้"]),
        (f"postgresql+psycopg://postgres:{SECRET}@127.0.0.1:99999/itadesk", ["พอร์ต 99999", "1 ถึง 65535"]),
        (f"postgresql+psycopg://postgres:{SECRET}@[::1", ["ไม่ถูกต้อง", HIDDEN]),
        ("postgresql+psycopg://postgres@127.0.0.1:abc/itadesk", ["ไม่ถูกต้อง"]),
        ("postgresql+psycopg://postgres@127.0.0.1:{port}/postgres?nosuchoption=1", ["nosuchoption"]),
        (
            f"postgresql+psycopg://postgres:{SECRET}@no-such-host.invalid/itadesk",
            ["ติดต่อเซิร์ฟเวอร์", "no-such-host"],
        ),
        ("postgresql+psycopg://postgres@127.0.0.1:{closed}/itadesk", ["ติดต่อเซิร์ฟเวอร์"]),
        ("postgresql+psycopg://postgres@127.0.0.1:{port}/no_such_database", ["ไม่พบฐานข้อมูล"]),
    ],
    ids=[
        "sslmode=bogus",
        "port 99999",
        "[::1",
        "port abc",
        "unknown option",
        "unknown host",
        "refused",
        "no db",
    ],
)
def test_a_bad_url_or_an_unreachable_server_is_a_thai_message(
    postgres_server: PostgresServer, url: str, words: list[str]
) -> None:
    url = url.format(port=postgres_server.port, closed=free_port())
    assert_refused_in_thai(itadesk("--db", url, "measures"), *words)


def test_a_dropped_table_is_a_thai_message(
    postgres_server: PostgresServer, postgres_url: str, tmp_path: Path
) -> None:
    require_shared()
    assert itadesk("--db", postgres_url, "import", str(EXAMPLES / "001.json")).returncode == 0
    import psycopg

    name = postgres_url.rsplit("/", 1)[1]
    with psycopg.connect(host="127.0.0.1", port=postgres_server.port, user="postgres", dbname=name) as other:
        other.execute("DROP TABLE status_changes CASCADE")
    for command in (["measures"], ["status", "m-001-01", "done"], ["export", "-o", str(tmp_path / "x.json")]):
        assert_refused_in_thai(itadesk("--db", postgres_url, *command), "status_changes", "itadesk restore")


@pytest.fixture
def password_role(postgres_server: PostgresServer) -> Iterator[str]:
    """A role the server lets in only with its password (scram-sha-256 from 127.0.0.1), on a database of its
    own; the URL carries no password."""
    role = "itadesk_pw"
    hba = postgres_server.folder / "data" / "pg_hba.conf"
    before = hba.read_text()
    rule = f"host all {role} 127.0.0.1/32 scram-sha-256\n"
    postgres_server.admin(f"DROP ROLE IF EXISTS {role}")
    postgres_server.admin(f"CREATE ROLE {role} LOGIN PASSWORD '{SECRET}'")
    name = postgres_server.create_database()
    postgres_server.admin(f'ALTER DATABASE "{name}" OWNER TO {role}')
    hba.write_text(rule + before)
    postgres_server.admin("SELECT pg_reload_conf()")
    time.sleep(0.3)
    try:
        yield f"postgresql+psycopg://{role}@127.0.0.1:{postgres_server.port}/{name}"
    finally:
        hba.write_text(before)
        postgres_server.admin("SELECT pg_reload_conf()")
        postgres_server.drop_database(name)
        postgres_server.admin(f"DROP ROLE IF EXISTS {role}")


def test_a_password_comes_from_the_password_file_and_is_written_nowhere(
    password_role: str, tmp_path: Path
) -> None:
    require_shared()
    # No password anywhere: the server asks for one, and the message says where to keep it.
    assert_refused_in_thai(itadesk("--db", password_role, "measures"), "รหัสผ่าน", ".pgpass", "PGPASSFILE")
    # A wrong one.
    host_part = password_role.split("://", 1)[1].split("/", 1)
    wrong = password_role.replace("itadesk_pw@", "itadesk_pw:wrong-one@")
    refused = itadesk("--db", wrong, "measures")
    assert refused.returncode == 1 and "ไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน" in refused.stderr, refused.stderr
    assert "wrong-one" not in refused.stderr and refused.stderr.count("ps)") == 1  # warned once, no password
    # libpq's password file (PGPASSFILE), 0600 as libpq requires.
    passfile = tmp_path / "pgpass"
    host, port = host_part[0].split("@")[1].split(":")
    passfile.write_text(f"{host}:{port}:*:itadesk_pw:{SECRET}\n")
    passfile.chmod(0o600)
    done = itadesk(
        "--db", password_role, "import", str(EXAMPLES / "001.json"), env={"PGPASSFILE": str(passfile)}
    )
    assert done.returncode == 0, done.stderr
    assert "ps)" not in done.stderr  # nothing to warn of: the command line holds no password
    # libpq's PGPASSWORD variable works as well (not shown by ps to other users).
    by_variable = itadesk("--db", password_role, "measures", env={"PGPASSWORD": SECRET})
    assert by_variable.returncode == 0 and "m-001-01" in by_variable.stdout, by_variable.stderr
    # With the password in the URL: it works, says once that others can see it, and repeats it nowhere.
    spoken = itadesk("--db", password_role.replace("itadesk_pw@", f"itadesk_pw:{SECRET}@"), "measures")
    assert spoken.returncode == 0, spoken.stderr
    assert spoken.stderr.count("ps)") == 1 and "PGPASSFILE" in spoken.stderr and SECRET not in spoken.stderr
    home = Path(os.environ["HOME"])
    for place in (Path(os.environ["XDG_STATE_HOME"]), home):
        for file in place.rglob("*") if place.exists() else []:
            if file.is_file():
                assert SECRET.encode() not in file.read_bytes(), file


def test_a_crash_file_never_holds_the_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from itadesk.cli.main import run
    from itadesk.storage.lifecycle import database

    url = f"postgresql+psycopg://clerk:{SECRET}@127.0.0.1:5/itadesk?password={SECRET}"

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"a bug while opening {url}")

    monkeypatch.setattr(database.Database, "open", broken)
    assert run(["--db", url, "measures"]) == 70
    [log] = logs()
    text = log.read_text(encoding="utf-8")
    assert SECRET not in text and "a bug while opening" in text and "clerk:***@" in text


class SilentServer:
    """A loopback TCP listener that accepts every connection and never says a word (a stalled server)."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.socket.settimeout(0.2)
        self.port = int(self.socket.getsockname()[1])
        self._held: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            with contextlib.suppress(OSError):
                self._held.append(self.socket.accept()[0])

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for held in self._held:
            held.close()
        self.socket.close()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    server = SilentServer()
    try:
        yield server
    finally:
        server.close()


def test_a_stalled_server_is_given_up_on_within_the_timeout(silent_server: SilentServer) -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{silent_server.port}/itadesk?connect_timeout=2"
    started = time.monotonic()
    done = itadesk("--db", url, "measures", timeout=60)
    took = time.monotonic() - started
    assert_refused_in_thai(done, "ไม่ตอบ")
    assert took < 2 * 2 + 5, took  # libpq may try twice (with and without SSL); the interpreter starts too


def test_the_default_timeout_gives_up_too(silent_server: SilentServer) -> None:
    url = f"postgresql+psycopg://postgres@127.0.0.1:{silent_server.port}/itadesk"
    started = time.monotonic()
    done = itadesk("--db", url, "measures", timeout=120)
    assert_refused_in_thai(done, "ไม่ตอบ")
    assert time.monotonic() - started < 2 * 10 + 5


def test_the_window_asks_for_the_password_and_keeps_it_in_memory_only(
    qapp: object, password_role: str, tmp_path: Path
) -> None:
    """No password in the URL nor in a password file: the window asks (dots, not letters), opens the
    database with it, and writes it nowhere (settings.ini, logs, the data folder)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLineEdit, QMainWindow

    from itadesk.app import run_gui

    require_shared()
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:itadesk_pw:{SECRET}\n")
    passfile.chmod(0o600)
    done = itadesk(
        "--db", password_role, "import", str(EXAMPLES / "001.json"), env={"PGPASSFILE": str(passfile)}
    )
    assert done.returncode == 0, done.stderr
    passfile.unlink()
    asked: list[str] = []
    seen: list[str] = []

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QInputDialog) and widget.isVisible():
                asked.append(widget.labelText())
                field = widget.findChild(QLineEdit)
                assert field is not None and field.echoMode() == QLineEdit.EchoMode.Password
                QTest.keyClicks(field, SECRET)
                buttons = widget.findChild(QDialogButtonBox)
                assert buttons is not None
                buttons.button(QDialogButtonBox.StandardButton.Ok).click()
                QTimer.singleShot(50, close_window)
                return
        QTimer.singleShot(50, answer)

    def close_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, close_window)
            return
        seen.append(windows[0].windowTitle())
        windows[0].close()

    QTimer.singleShot(50, answer)
    assert run_gui(password_role) == 0
    assert asked and "ต้องใช้รหัสผ่าน" in asked[0] and "127.0.0.1" in asked[0]
    assert seen == ["ITA Desk"]
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "HOME"):
        place = Path(os.environ[variable])
        for file in place.rglob("*") if place.exists() else []:
            if file.is_file():
                assert SECRET.encode() not in file.read_bytes(), file
    settings = Path(os.environ["XDG_CONFIG_HOME"]) / "itadesk" / "settings.ini"
    assert settings.exists()
