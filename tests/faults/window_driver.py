"""The real window, started as its own program, worked by its real controls: for tests with several programs.

    python -m tests.faults.window_driver DB CONTROL_FOLDER

Starts the window exactly as `itadesk --db DB` does (`app.run_gui`: the checks and the automatic backup after
the first paint included), then, every few hundred milliseconds, does what a clerk does: adds a measure by
the "เพิ่มมาตรการ" button and its question, ticks a status of one of its measures by a click in the table, now
and then backs the database up from the menu. It prints one line per write the window acknowledged
(`ack add TITLE`, `ack status TITLE STATUS`, `ack backup PATH`), `failed MESSAGE` for every message the
window showed, and reads CONTROL_FOLDER:

- `final` (a note): stop writing, select measure FINAL_MEASURE and print `seen NOTE TIME` once its history
  shows the note (TIME: `time.time()` when the window showed it);
- `stop`: close the window (the program ends as when the user closes it).

Only the operating system's file dialog is answered without being shown (it is not Qt's to drive).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

FINAL_MEASURE = "m-001-01"
STEP_MS = 250


def type_text(widget: object, text: str) -> None:
    """Type Thai the way a keyboard does: one key event per character (QTest.keyClicks takes ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def say(line: str) -> None:
    print(line, flush=True)


class Driver:
    def __init__(self, control: Path) -> None:
        self.control = control
        self.window: object = None
        self.count = 0
        self.mine: list[str] = []  # titles of the measures this window added
        self.failures: list[str] = []
        self.final_note: str | None = None
        self.rng = random.Random(7)

    # -- finding the window ---------------------------------------------------------------------
    def start(self) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from itadesk.ui.main_window.main_window import MainWindow

        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not found:
            QTimer.singleShot(100, self.start)
            return
        window = found[0]
        self.window = window
        window.errors.shown.connect(self._failed)
        say(f"ready {window.year}")
        QTimer.singleShot(STEP_MS, self.step)

    def _failed(self, message: str) -> None:
        self.failures.append(message)
        say("failed " + message.replace("\n", " | "))

    # -- the clerk's work ------------------------------------------------------------------------
    def step(self) -> None:
        from PySide6.QtCore import QTimer

        if (self.control / "stop").exists():
            self.window.close()  # type: ignore[attr-defined]
            return
        final = self.control / "final"
        if final.exists():
            self.final_note = self.final_note or final.read_text(encoding="utf-8").strip()
            if self._shows_final():
                say(f"seen {self.final_note} {time.time():.3f}")
                final.unlink()
                self.final_note = None
            QTimer.singleShot(50, self.step)
            return
        self.window.errors.close_all()  # type: ignore[attr-defined]
        self.count += 1
        if self.count % 20 == 0:
            self.back_up()
        elif not self.mine or self.rng.random() < 0.5:
            self.add_measure()
        else:
            self.tick_status()
        QTimer.singleShot(STEP_MS, self.step)

    def add_measure(self) -> None:
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QPushButton

        window = self.window
        title = f"มาตรการจากหน้าต่าง {self.count}"
        before = len(self.failures)

        def answer(left: int = 100) -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QInputDialog) and dialog.isVisible():
                line = dialog.findChild(QLineEdit)
                type_text(line, title)
                ok = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == "ตกลง"]
                QTest.mouseClick(ok[0], Qt.MouseButton.LeftButton)
            elif dialog is not None and dialog.isVisible():
                self._unexpected(dialog)
                QTimer.singleShot(10, lambda: answer(left - 1))
            elif left > 0:
                QTimer.singleShot(10, lambda: answer(left - 1))

        QTimer.singleShot(0, answer)
        QTest.mouseClick(window.ui.addMeasureButton, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        stored = [m for m in window.session.measures() if m.title == title]  # type: ignore[attr-defined]
        if stored and len(self.failures) == before and not window.session.has_unsaved():  # type: ignore[attr-defined]
            self.mine.append(title)
            say(f"ack add {title}")

    def _unexpected(self, dialog: object) -> None:
        """A dialog the clerk did not ask for: said (the run fails on it) and closed, so the run goes on."""
        from PySide6.QtWidgets import QDialog, QLabel

        labels = " ".join(label.text() for label in dialog.findChildren(QLabel))  # type: ignore[attr-defined]
        self._failed(f"{dialog.windowTitle()}: {labels}")  # type: ignore[attr-defined]
        if isinstance(dialog, QDialog):
            dialog.reject()

    def _row_of(self, title: str | None = None, measure_id: str | None = None) -> int | None:
        window = self.window
        proxy = window.proxy  # type: ignore[attr-defined]
        model = window.model  # type: ignore[attr-defined]
        for row in range(proxy.rowCount()):
            measure = model.measure_at(proxy.mapToSource(proxy.index(row, 0)).row())
            if measure.title == title or (measure_id is not None and measure.id == measure_id):
                return row
        return None

    def _click(self, row: int, column: int) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        view = self.window.ui.measureTable  # type: ignore[attr-defined]
        index = self.window.proxy.index(row, column)  # type: ignore[attr-defined]
        view.scrollTo(index)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())

    def tick_status(self) -> None:
        from itadesk.domain.status import Status
        from itadesk.ui.main_window.measure_table import COLUMN_OF_STATUS

        title = self.rng.choice(self.mine)
        row = self._row_of(title)
        if row is None:
            say(f"failed ไม่เห็นมาตรการ {title} ในตาราง")
            return
        window = self.window
        status = self.rng.choice([Status.NOT_STARTED, Status.IN_PROGRESS, Status.DONE])
        before = len(self.failures)
        self._click(row, COLUMN_OF_STATUS[status])
        measure = next(m for m in window.session.measures() if m.title == title)  # type: ignore[attr-defined]
        if measure.status is status and len(self.failures) == before:
            say(f"ack status {title} {status.value}")

    def back_up(self) -> None:
        from unittest import mock

        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox

        target = self.control / f"window-backup-{self.count}.sqlite3"
        before = len(self.failures)
        told: list[str] = []
        finished: list[bool] = []

        def close_the_notice(left: int = 300) -> None:
            """A window may say "สำรองข้อมูลแล้ว" in a box: read, then closed by its button."""
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QMessageBox) and dialog.isVisible():
                told.append(dialog.windowTitle())
                dialog.defaultButton().click() if dialog.defaultButton() else dialog.accept()
            elif left > 0 and not told and not finished:
                QTimer.singleShot(20, lambda: close_the_notice(left - 1))

        QTimer.singleShot(0, close_the_notice)
        with mock.patch(
            "itadesk.ui.main_window.window_actions.QFileDialog.getSaveFileName",
            return_value=(str(target), ""),
        ):
            self.window.ui.actionBackup.trigger()  # type: ignore[attr-defined]
        finished.append(True)
        if target.exists() and len(self.failures) == before:
            say(f"ack backup {target}")

    def _shows_final(self) -> bool:
        window = self.window
        row = self._row_of(measure_id=FINAL_MEASURE)
        if row is None:
            return False
        if window.editor.measure_id != FINAL_MEASURE:  # type: ignore[attr-defined]
            self._click(row, 1)
        history = window.editor.ui.historyList  # type: ignore[attr-defined]
        return any(self.final_note in history.item(i).text() for i in range(history.count()))


def main() -> int:
    database, control = sys.argv[1], Path(sys.argv[2])
    from PySide6.QtCore import QTimer

    from itadesk.app import make_application, run_gui

    make_application()
    driver = Driver(control)
    QTimer.singleShot(0, driver.start)
    code = run_gui(database)
    say(f"closed {code}")
    return code


if __name__ == "__main__":
    sys.exit(main())
