"""The one place where failures reach the user.

Errors the user can fix (storage, exchange and documents errors, a full disk, a read-only folder) are
shown as a Thai message that says what failed and why. Anything else is a bug: a Thai apology with a report
the user can copy and send. Non-UI code only raises; it never opens a message box itself.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

import itadesk
from itadesk.ui.common.screen_fit import fit_window

# Known error types, looked up only if their module is already loaded: an error from a module never imported
# cannot have happened, and the start-up path stays free of the exchange and documents code.
_KNOWN_ERRORS = (
    ("itadesk.storage.errors", "StorageError"),
    ("itadesk.exchange.errors", "ExchangeError"),
    ("itadesk.documents.errors", "DocumentError"),
    ("itadesk.resources", "MissingResourceError"),
    ("itadesk.ui.common.errors", "UserFacingError"),
)


class UserFacingError(Exception):
    """A failure found by the window itself, with its Thai message."""


def is_known(error: BaseException) -> bool:
    for module_name, class_name in _KNOWN_ERRORS:
        module = sys.modules.get(module_name)
        known = getattr(module, class_name, None) if module else None
        if isinstance(known, type) and isinstance(error, known):
            return True
    return isinstance(error, OSError)


def describe(error: BaseException) -> str:
    """The Thai sentence for an error the user can fix."""
    if isinstance(error, PermissionError):
        return f"ไม่มีสิทธิ์เขียนหรืออ่าน {error.filename or ''} — โฟลเดอร์อาจเป็นแบบอ่านอย่างเดียว ลองเลือกที่อื่น".strip()
    if isinstance(error, FileNotFoundError):
        return f"ไม่พบไฟล์หรือโฟลเดอร์ {error.filename or ''}".strip()
    if isinstance(error, IsADirectoryError):
        return f"{error.filename} เป็นโฟลเดอร์ ไม่ใช่ไฟล์"
    if isinstance(error, OSError) and error.errno == 28:
        return "พื้นที่ดิสก์เต็ม บันทึกไม่ได้ — ลบไฟล์ที่ไม่ใช้แล้วลองอีกครั้ง"
    if isinstance(error, OSError):
        return f"อ่านหรือเขียนไฟล์ไม่ได้: {error.strerror or error} {error.filename or ''}".strip()
    path, message = getattr(error, "path", None), getattr(error, "message", None)
    if type(error).__name__ == "ExchangeError" and isinstance(path, str) and isinstance(message, str):
        from itadesk.ui.common.exchange_places import thai_place

        return f"{thai_place(path)}: {message}" if path else message  # the file's keys said in Thai
    return _for_the_window(str(error))


def _for_the_window(message: str) -> str:
    """A storage message written for the command line, with the window's way to do the same."""
    return message.replace("ด้วยคำสั่ง itadesk restore", "จากเมนู แฟ้ม → กู้คืนจากไฟล์สำรอง…").replace(
        "ด้วย itadesk restore", "จากเมนู แฟ้ม → กู้คืนจากไฟล์สำรอง…"
    )


def failed_title(doing: str) -> str:
    """ "บันทึกมาตรการไม่สำเร็จ"; a space after a file name or a number, which Thai needs there."""
    joiner = " " if doing and doing[-1].isascii() else ""
    return f"{doing}{joiner}ไม่สำเร็จ"


def bug_report(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    import platform  # a report is rare: start-up does not load it

    lines = [
        f"ITA Desk {itadesk.__version__}",
        f"Python {platform.python_version()} · Qt {qVersion()} · {platform.platform()}",
        "",
        *traceback.format_exception(kind, error, tb),
    ]
    from itadesk.storage.lifecycle.passwords import hide_passwords

    return hide_passwords("\n".join(line.rstrip("\n") for line in lines))  # a report the user sends on


class ErrorHub(QObject):
    """Shows failures to the user. `shown` carries each message (tests and the status bar read it)."""

    shown = Signal(str)

    def __init__(self, parent_widget: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self.last_message = ""
        self._open: list[QDialog] = []

    def set_parent_widget(self, parent_widget: Callable[[], QWidget | None]) -> None:
        """Where message boxes open: the main window, once it exists."""
        self._parent_widget = parent_widget

    def report(self, error: BaseException, doing: str) -> None:
        """`doing` says what failed, e.g. "บันทึกไฟล์ PDF"."""
        if is_known(error):
            self.show_message(failed_title(doing), describe(error))
        else:
            self.report_bug(type(error), error, error.__traceback__)

    def show_message(self, title: str, message: str) -> None:
        from itadesk.storage.lifecycle.passwords import hide_passwords

        message = hide_passwords(message)
        self.last_message = f"{title}\n{message}"
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self._parent_widget()
        )
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("ตกลง"))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._keep_open(box)
        self.shown.emit(self.last_message)

    def report_bug(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        report = bug_report(kind, error, tb)
        self.last_message = report
        dialog = BugDialog(report, self._parent_widget())
        self._keep_open(dialog)
        self.shown.emit(report)

    def _keep_open(self, dialog: QDialog) -> None:
        # open() instead of exec(): a failure never stops the event loop, and tests are not blocked.
        self._open.append(dialog)
        dialog.finished.connect(lambda _=0, d=dialog: self._open.remove(d) if d in self._open else None)
        dialog.open()

    def close_all(self) -> None:
        for dialog in list(self._open):
            dialog.done(0)

    @contextmanager
    def guard(self, doing: str) -> Iterator[None]:
        """Run a user's action; any failure is shown, and the window carries on."""
        try:
            yield
        except Exception as error:
            self.report(error, doing)

    def install_excepthook(self) -> None:
        """Exceptions nobody caught (a bug in a slot) become the copyable report, not a lost line."""

        def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, error, tb)
                return
            sys.__excepthook__(kind, error, tb)
            if QApplication.instance() is not None:
                self.report_bug(kind, error, tb)

        sys.excepthook = hook


class BugDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("โปรแกรมทำงานผิดพลาด"))
        text = QLabel(
            self.tr(
                "ขออภัย โปรแกรมทำงานผิดพลาดโดยไม่คาดคิด ข้อมูลที่บันทึกไว้แล้วยังอยู่ครบ\n"
                "กรุณากด “คัดลอกรายงาน” แล้วส่งให้ผู้ดูแลระบบ พร้อมบอกว่ากำลังทำอะไรอยู่"
            ),
            self,
        )
        text.setWordWrap(True)
        self.report_view = QPlainTextEdit(report, self)
        self.report_view.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("ปิด"))
        copy_button = buttons.addButton(self.tr("คัดลอกรายงาน"), QDialogButtonBox.ButtonRole.ActionRole)
        copy_button.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(buttons)
        fit_window(self, 720, 420)
