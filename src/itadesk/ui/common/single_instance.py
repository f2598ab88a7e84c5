"""One window per database on this PC: a second copy brings the first to the front or opens read-only.

A QLockFile beside the user's data says a window has the database open; a QLocalServer lets the second copy
ask that window to come to the front. A lock left by a crash is stale and taken over. The window takes the
lock before it is built and listens once it has painted (`acquire(listen=False)`, then `listen`): QtNetwork
is not loaded before the first paint, and a second copy started meanwhile keeps asking until it listens.

The local server lives where only this user can reach it: on Linux and macOS a socket in the user's own
runtime folder (not the shared /tmp, where another user could take a predictable name first); on Windows a
named pipe that admits only this user.
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal, Slot

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
ANSWER = b"ok\n"
TIMEOUT_MS = 1500


def instance_key(database_where: str) -> str:
    """A short name for one database (its path or server), usable for a lock file and a local server."""
    return "itadesk-" + hashlib.sha256(database_where.encode()).hexdigest()[:16]


def server_name(key: str) -> str:
    """Where the first copy listens: a socket path in the user's runtime folder, or a pipe name on Windows."""
    if sys.platform == "win32":
        return key
    folder = _private_runtime_folder()
    return str(folder / key) if folder is not None else key


def _private_runtime_folder() -> Path | None:
    """XDG_RUNTIME_DIR (the session's own), else a folder of ours in the temporary folder that only this user
    owns and can enter; None when neither can be had (then Qt's default place is used)."""
    given = os.environ.get("XDG_RUNTIME_DIR")
    if given and Path(given).is_dir():
        return Path(given)
    folder = Path(tempfile.gettempdir()) / f"itadesk-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None  # someone else made it first: never listen there
    return folder


class SingleInstance(QObject):
    """The lock and the local server of one database's window.

    The sockets of later copies are children of the server and are kept in a list of this object; their
    signals go to this object's own slots, never to a closure. A closure holding `self` and connected to a
    socket's signal kept this object alive through Qt: when the socket's deferred deletion finally dropped
    the closure, this object died inside the socket's destructor and took the server and the socket with
    it a second time (a segmentation fault, "shared QObject was deleted directly").
    """

    activated = Signal()  # another copy asked this one to come to the front

    def __init__(self, lock_folder: Path, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        lock_folder.mkdir(parents=True, exist_ok=True)
        self.key = key
        self.name = server_name(key)
        self.lock = QLockFile(str(lock_folder / f"{key}.lock"))
        self.lock.setStaleLockTime(0)  # only a dead process's lock is stale, never a slow one's
        self.server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []  # later copies connected now

    def acquire(self, *, listen: bool = True) -> bool:
        """True when this copy is the first; it then listens for later copies (now, or at `listen`)."""
        if not self.lock.tryLock(0):
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer later copies from now on (the lock is held)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None or not self.lock.isLocked():
            return
        QLocalServer.removeServer(self.name)  # a crashed first copy may have left its socket behind
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        self.server.listen(self.name)

    def ask_first_to_raise(self) -> bool:
        """From a second copy: ask the first to come to the front; True when it answered. A first copy that
        holds the lock but is not listening yet (it listens once its window has painted) is asked again
        until TIMEOUT_MS have passed."""
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket(self)
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        try:
            socket.connectToServer(self.name)
            while not socket.waitForConnected(max(int((deadline - time.monotonic()) * 1000), 0)):
                if time.monotonic() >= deadline:
                    return False
                time.sleep(0.05)  # not listening yet: ask again
                socket.abort()
                socket.connectToServer(self.name)
            socket.write(QByteArray(RAISE))
            socket.waitForBytesWritten(TIMEOUT_MS)
            answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()) == ANSWER
            socket.disconnectFromServer()
            return answered
        finally:
            socket.abort()
            socket.deleteLater()

    @Slot()
    def _on_connection(self) -> None:
        while self.server is not None:
            socket = self.server.nextPendingConnection()
            if socket is None:
                break
            self._clients.append(socket)
            socket.readyRead.connect(self._serve)
            socket.disconnected.connect(self._drop_closed)
        self._serve()  # a request may have arrived before readyRead was connected

    @Slot()
    def _serve(self) -> None:
        for socket in list(self._clients):
            while socket.canReadLine():
                if bytes(socket.readLine().data()) == RAISE:
                    socket.write(QByteArray(ANSWER))
                    socket.flush()
                    self.activated.emit()

    @Slot()
    def _drop_closed(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        gone = QLocalSocket.LocalSocketState.UnconnectedState
        for socket in [client for client in self._clients if client.state() == gone]:
            self._clients.remove(socket)
            socket.deleteLater()

    def release(self) -> None:
        """Stop listening and let go of the lock; the sockets of later copies are closed and deleted."""
        clients, self._clients = self._clients, []
        for socket in clients:
            socket.disconnect(self)  # nothing of this object runs while the socket goes
            socket.abort()
            socket.deleteLater()
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()
