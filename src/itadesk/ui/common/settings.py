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
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue("window/state", value)

    # Per screen and scale (`screen_fit.screen_key`): a window closed on a laptop at 125 % reopens at 100 %
    # with the geometry it last had at 100 %, never with the other scale's logical size.
    def window_geometry(self, screen: str) -> QByteArray | None:
        return self._bytes(f"window/{screen}/geometry")

    def window_splitter(self, screen: str) -> QByteArray | None:
        return self._bytes(f"window/{screen}/splitter")

    def editor_shown(self, screen: str) -> bool | None:
        """Whether the measure editor's pane was shown beside the table; None: never set on that screen."""
        value = self.store.value(f"window/{screen}/editor_shown")
        if value is None:
            return None
        return str(value).lower() in ("true", "1")

    def save_window(
        self, screen: str, geometry: QByteArray, splitter: QByteArray, editor_shown: bool
    ) -> None:
        self.store.setValue(f"window/{screen}/geometry", geometry)
        self.store.setValue(f"window/{screen}/splitter", splitter)
        self.store.setValue(f"window/{screen}/editor_shown", editor_shown)

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
