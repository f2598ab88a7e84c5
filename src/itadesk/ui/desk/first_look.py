"""The window's `Desk` while the database is not open yet: the first paint's reads come from a plain look
at the SQLite file (`service.first_look.FirstLook`), everything else from the `OfficeData` opened right after
the paint."""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from itadesk.ui.desk import desk as desk_protocol

if TYPE_CHECKING:
    from itadesk.service.first_look import FirstLook
    from itadesk.ui.desk.desk import Desk


class NotOpenedError(RuntimeError):
    """The database was never opened (the window closed first)."""


class FirstLookDesk:
    """The window's `Desk`: reads from a `FirstLook` until the database is open, then the `OfficeData`.

    `open_desk` opens the database the ordinary way and returns its `OfficeData`. It runs once, on whichever
    thread first needs more than the look: the window's start right after the first paint (`finish`, with the
    busy cursor), the first change the user makes before then (which waits for it), or the background work
    that begins after the paint. Nothing waits for the GUI thread, so a worker writing while the window
    closes cannot wait for ever.
    """

    _LOOKED = frozenset(
        {"organization", "units", "people", "years", "measures", "frameworks", "change_count"}
    )

    def __init__(self, look: FirstLook, open_desk: Callable[[], Desk], *, read_only: bool = False) -> None:
        self._lock = threading.RLock()
        self._look: FirstLook | None = look
        self._open_desk: Callable[[], Desk] | None = open_desk
        self._desk: Desk | None = None
        self._failure: BaseException | None = None
        self._read_only = read_only

    @property
    def read_only(self) -> bool:
        desk = self._desk
        return desk.read_only if desk is not None else self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        with self._lock:
            self._read_only = value
            if self._desk is not None:
                self._desk.read_only = value

    @property
    def opened(self) -> Desk | None:
        """The `OfficeData` once the database is open, else None."""
        return self._desk

    def finish(self) -> Desk:
        """Open the database if it is not yet: from now on every call goes to it. Raises what opening it
        raised (to every caller), or `NotOpenedError` after `abandon`."""
        with self._lock:
            if self._desk is not None:
                return self._desk
            if self._failure is not None:
                raise self._failure
            if self._open_desk is None:
                raise NotOpenedError("ฐานข้อมูลยังไม่ได้เปิด")
            opener, self._open_desk = self._open_desk, None
            self._close_look()
            try:
                desk = opener()
            except BaseException as error:
                self._failure = error
                raise
            desk.read_only = desk.read_only or self._read_only
            self._desk = desk
            return desk

    def abandon(self) -> None:
        """The window closed: a database not opened yet is not opened any more."""
        with self._lock:
            self._open_desk = None
            self._close_look()

    def _close_look(self) -> None:
        if self._look is not None:
            self._look.close()
            self._look = None

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        if name in self._LOOKED:
            with self._lock:
                if self._look is not None:
                    try:
                        return getattr(self._look, name)(*args, **kwargs)
                    except sqlite3.Error:  # the plain look failed (the file busy, changed): ask the database
                        self._close_look()
        return getattr(self.finish(), name)(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name in _DESK_METHODS:  # bound late: a method taken now (a signal's slot) reaches the desk of then
            return functools.partial(self._call, name)
        return getattr(self.finish(), name)


_DESK_METHODS = frozenset(
    name for name in vars(desk_protocol.Desk) if not name.startswith("_") and name != "read_only"
)
