"""The window's per-user settings, declared once, typed, kept with QSettings (plain values, no pickles)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings


class UiSettings:
    def __init__(self, store: QSettings) -> None:
        self.store = store

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def _int(self, key: str, default: int) -> int:
        value = self.store.value(key, default)
        try:
            return int(str(value))
        except ValueError:
            return default

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    @property
    def splitter(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter.setter
    def splitter(self, value: QByteArray) -> None:
        self.store.setValue("window/splitter", value)

    @property
    def last_year(self) -> int:
        """The fiscal year shown last time; 0 when none."""
        return self._int("work/last_year", 0)

    @last_year.setter
    def last_year(self, value: int) -> None:
        self.store.setValue("work/last_year", value)

    @property
    def last_memo(self) -> str:
        """The id of the memo edited last, which the composer opens on; "" when none."""
        value = self.store.value("work/last_memo", "")
        return value if isinstance(value, str) else ""

    @last_memo.setter
    def last_memo(self, value: str) -> None:
        self.store.setValue("work/last_memo", value)

    @property
    def backups_to_keep(self) -> int:
        """How many automatic start-up backups are kept (the oldest are removed)."""
        return max(1, self._int("safety/backups_to_keep", 10))

    @property
    def last_folder(self) -> str:
        value = self.store.value("files/last_folder", "")
        return value if isinstance(value, str) else ""

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self.store.setValue("files/last_folder", value)

    def sync(self) -> None:
        self.store.sync()
