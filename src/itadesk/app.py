"""The composition root: paths → settings → database → services → main window, each handed to the next.

`itadesk` with no arguments calls `run_gui`. Nothing here is a module-level singleton: every part gets what it
needs through its constructor. The exchange code, the documents, ReportLab and PyThaiNLP are not imported on
the way to the first paint; the window imports them when the user first prints or imports.

Import order matters for start-up time: SQLAlchemy is imported before PySide6, because once PySide6 is loaded
it inspects the source of every module imported after it (its `__feature__` hook), which costs ~0.3 s for
SQLAlchemy's hundreds of modules.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, cast

from itadesk import collector, paths

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from itadesk.service.first_look import FirstLook
    from itadesk.storage.lifecycle.database import Database
    from itadesk.ui.common.background import Background
    from itadesk.ui.common.errors import ErrorHub
    from itadesk.ui.common.single_instance import SingleInstance
    from itadesk.ui.desk.desk import Desk
    from itadesk.ui.main_window.main_window import MainWindow

ORGANIZATION = "ITA Desk"
APPLICATION = "itadesk"


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("app", text)


def make_application(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("ITA Desk")
    from itadesk.ui.common.qt_thai import install_qt_thai
    from itadesk.ui.common.ui_font import apply_ui_font

    install_qt_thai(app)  # Qt's own buttons and menus in Thai
    apply_ui_font(app)
    return app


def user_settings() -> QSettings:
    """Per-user settings in the user's config folder, as an INI file (readable, never pickled objects)."""
    from PySide6.QtCore import QSettings

    from itadesk.paths import settings_file

    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def _fatal(errors: ErrorHub, title: str, error: BaseException) -> int:
    """A failure before the window exists: shown in a box the user closes, then the program ends."""
    from PySide6.QtWidgets import QMessageBox

    from itadesk.ui.common.errors import describe, is_known

    if not is_known(error):
        raise error
    QMessageBox.critical(None, title, describe(error))
    errors.last_message = f"{title}\n{describe(error)}"
    return 1


def run_gui(db_arg: str | None) -> int:
    paths.keep_private()  # settings.ini, backups, the database and its -wal: the user's alone
    try:
        return _run_gui(db_arg)
    finally:
        collector.release()  # the session is over (a test that called us goes on)


def _run_gui(db_arg: str | None) -> int:
    from itadesk.service.first_look import sqlite_where
    from itadesk.storage.lifecycle.schema_names import sqlite_file_of

    # An SQLite file may be painted from a first look with plain sqlite3 (service.first_look), SQLAlchemy
    # imported only after the paint; a server's URL takes the ordinary path, SQLAlchemy before PySide6.
    sqlite_file = sqlite_file_of(db_arg)
    if sqlite_file is None:
        from itadesk.storage.lifecycle.database import data_folder, resolve_url  # before PySide6: see above

    app = make_application()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from itadesk.ui.common.errors import ErrorHub
    from itadesk.ui.common.single_instance import SingleInstance, instance_key

    errors = ErrorHub()
    errors.install_excepthook()

    try:
        if sqlite_file is None:
            where = str(resolve_url(db_arg).render_as_string(hide_password=True))
            data_folder()  # created now: the locks and the backups go inside
        else:
            where = sqlite_where(sqlite_file)
            paths.make_private_folder(paths.data_folder())  # as storage.lifecycle.database.data_folder
    except Exception as error:
        return _fatal(errors, _tr("เปิดโปรแกรมไม่ได้"), error)

    guard = SingleInstance(paths.locks_folder(), instance_key(where))
    read_only = False
    if not guard.acquire(listen=False):  # later copies are answered once the window has painted
        if guard.ask_first_to_raise():
            return 0  # the window already open comes to the front
        read_only = True

    if sqlite_file is not None and not read_only:
        from itadesk.service.first_look import FirstLook

        look = FirstLook.open(sqlite_file)
        if look is not None:
            try:
                return _run_first_look(app, db_arg, look, errors, guard)
            finally:
                guard.release()

    guard.listen()  # (only once the lock is held)
    read_only_reason = ""
    try:
        # reading=True: a database this user may only read (a 0444 file, a read-only folder or disk, a server
        # role allowed SELECT only) opens read-only, and the window says so, instead of not opening at all.
        db = _open_asking_password(db_arg, migrate=not read_only)
    except Exception as error:
        try:
            from itadesk.ui.recovery.damaged_start import recover

            recovered = recover(db_arg, error, errors, migrate=not read_only)  # a damaged file: a dialog
        except Exception as unrecovered:
            guard.release()
            return _fatal(errors, _tr("เปิดฐานข้อมูลไม่ได้"), unrecovered)
        if recovered is None:
            guard.release()
            return 1
        db, read_only_reason = recovered.db, recovered.read_only_reason
        read_only = read_only or bool(read_only_reason)

    if db.read_only_reason and not read_only_reason:
        read_only = True
    from itadesk.service.office_data import OfficeData
    from itadesk.ui.common.background import Background
    from itadesk.ui.common.settings import UiSettings

    settings = UiSettings(user_settings())
    desk = OfficeData(db, read_only=read_only)
    background = Background(errors)
    try:
        if not read_only and not first_run(desk, errors):
            return 0
        from itadesk.ui.main_window.main_window import MainWindow

        try:
            window = MainWindow(desk, settings, errors, background)
        except Exception as error:
            if not read_only_reason:
                raise
            # Looking at a damaged file read-only: the part the window reads first may be the damaged one.
            QMessageBox.critical(None, _tr("เปิดดูไม่ได้"), _tr("อ่านข้อมูลจากไฟล์ที่เสียหายไม่ได้: %s") % error)
            return 1
        errors.set_parent_widget(lambda: window)
        guard.activated.connect(lambda: bring_to_front(window))
        window.show()
        if read_only_reason:
            window.enter_read_only(read_only_reason)
        elif db.read_only_reason:
            say_read_only(window, errors, db.read_only_reason)
        elif read_only:
            errors.show_message(
                _tr("เปิดแบบอ่านอย่างเดียว"),
                _tr(
                    "มีโปรแกรม ITA Desk อีกหน้าต่างหนึ่งเปิดฐานข้อมูลนี้อยู่ หน้าต่างนี้จึงดูได้อย่างเดียว "
                    "เพื่อไม่ให้ข้อมูลเสียหาย — แก้ไขที่หน้าต่างแรก"
                ),
            )
        else:  # once the window is painted
            QTimer.singleShot(0, lambda: _check_then_back_up(db, window, errors, background))
        QTimer.singleShot(0, collector.resume)  # shown: start-up is over
        from itadesk.ui.common.close_on_signal import close_on_signal

        with close_on_signal(window, app.closeAllWindows):
            return app.exec()
    finally:
        background.wait()
        db.dispose()
        guard.release()


def _run_first_look(
    app: QApplication, db_arg: str | None, look: FirstLook, errors: ErrorHub, guard: SingleInstance
) -> int:
    """The usual start: the window painted from `look`, then the database opened the ordinary way (checks,
    migrations, WAL), the window handed over to it and the start-up check and backup begun."""
    from PySide6.QtCore import Qt, QTimer

    from itadesk.ui.common.background import Background
    from itadesk.ui.common.settings import UiSettings
    from itadesk.ui.desk.first_look import FirstLookDesk, NotOpenedError
    from itadesk.ui.main_window.main_window import MainWindow

    opened: list[Database] = []

    def open_desk() -> Desk:
        from itadesk.service.office_data import OfficeData

        db = _open_asking_password(db_arg, migrate=True)
        opened.append(db)
        return OfficeData(db)

    settings = UiSettings(user_settings())
    desk = FirstLookDesk(look, open_desk)
    background = Background(errors)
    try:
        window = MainWindow(cast("Desk", desk), settings, errors, background)
        errors.set_parent_widget(lambda: window)
        guard.activated.connect(lambda: bring_to_front(window))

        def finish() -> None:
            """Right after the first paint: the database opened; clicks and keys meanwhile wait their turn."""
            from PySide6.QtGui import QGuiApplication

            guard.listen()  # a later copy asking meanwhile has kept asking
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            try:
                desk.finish()
            except NotOpenedError:  # the window was closed first
                return
            except Exception as error:  # found now what the first look could not see (a table gone)
                from itadesk.ui.common.errors import describe, is_known

                if not is_known(error):
                    raise
                window.enter_read_only(describe(error))
                errors.show_message(_tr("เปิดฐานข้อมูลไม่ได้"), describe(error))
                return
            finally:
                QGuiApplication.restoreOverrideCursor()
            db = opened[0]
            if db.read_only_reason:
                say_read_only(window, errors, db.read_only_reason)
            else:
                _check_then_back_up(db, window, errors, background)

        window.ui.measureTable.firstPainted.connect(finish, Qt.ConnectionType.QueuedConnection)
        window.show()
        QTimer.singleShot(0, collector.resume)  # shown: start-up is over
        from itadesk.ui.common.close_on_signal import close_on_signal

        with close_on_signal(window, app.closeAllWindows):
            return app.exec()
    finally:
        desk.abandon()  # closed before the database was opened: nothing opens it now
        background.wait()
        for db in opened:
            db.dispose()


def say_read_only(window: MainWindow, errors: ErrorHub, reason: str) -> None:
    """A database this user may only read: the title, the status bar and a message say so, and why."""
    window.read_only_reason = reason
    window.setWindowTitle(_tr("ITA Desk — เปิดแบบอ่านอย่างเดียว"))
    window.ui.statusbar.showMessage(_tr("เปิดแบบอ่านอย่างเดียว: %s") % reason)
    errors.show_message(
        _tr("เปิดแบบอ่านอย่างเดียว"),
        _tr("%s หน้าต่างนี้จึงดูและพิมพ์เอกสารได้ แต่แก้ไขหรือบันทึกไม่ได้") % reason,
    )


def _open_asking_password(db_arg: str | None, *, migrate: bool) -> Database:
    """Open the database; when the server wants a password the URL and libpq's password file do not give,
    ask for it (shown as dots) and try again. The password lives in this process's memory only: never in
    the settings, a log or a message."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from itadesk.storage.lifecycle.database import WINDOW_WAITS, Database
    from itadesk.storage.lifecycle.failures import needs_password

    password: str | None = None
    while True:
        try:
            return Database.open(db_arg, migrate=migrate, reading=True, password=password, waits=WINDOW_WAITS)
        except Exception as error:
            asking = needs_password(error)
            if asking is None:
                raise
            typed, ok = QInputDialog.getText(
                None,
                _tr("รหัสผ่านฐานข้อมูล"),
                asking,
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                raise
            password = typed


def bring_to_front(window: QWidget) -> None:
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _check_then_back_up(db: Database, window: MainWindow, errors: ErrorHub, background: Background) -> None:
    """Off the GUI thread, once the window is painted: integrity_check (what quick_check at start cannot
    see), then the automatic backup. A damaged database is never backed up: the window turns read-only."""
    from itadesk.service.safekeeping import backup_at_start
    from itadesk.ui.common.startup_backup import check_database

    def checked(problem: object) -> None:
        if isinstance(problem, str):
            window.enter_read_only(problem)
            errors.show_message(_tr("ฐานข้อมูลเสียหาย"), problem)
            return
        background.run(
            lambda _progress: backup_at_start(db, paths.backups_folder()),
            lambda _path: None,
            doing=_tr("สำรองฐานข้อมูลอัตโนมัติตอนเปิดโปรแกรม"),
        )

    background.run(lambda _progress: check_database(db), checked, doing=_tr("ตรวจความสมบูรณ์ของฐานข้อมูล"))


def first_run(desk: Desk, errors: ErrorHub) -> bool:
    """the organisation set-up, or an exchange file imported. False: the user left."""
    if desk.organization() is not None:
        return True  # the usual start: nothing to ask, and the set-up form is not even loaded
    collector.resume()  # the set-up may take the user a while
    from PySide6.QtWidgets import QDialog, QMessageBox

    from itadesk.ui.office.setup_dialog import IMPORT_INSTEAD, SetupDialog

    while desk.organization() is None:
        dialog = SetupDialog(desk, errors, None, first_run=True)
        result = dialog.exec()
        if result == IMPORT_INSTEAD and dialog.import_path is not None:
            with errors.guard(_tr("นำเข้าไฟล์ %s") % dialog.import_path.name):
                from itadesk.exchange.reader import read_exchange_file

                summary = desk.import_dataset(read_exchange_file(dialog.import_path)).thai_text()
                QMessageBox.information(None, _tr("นำเข้าแล้ว"), summary)
            continue
        if result != QDialog.DialogCode.Accepted:
            return False
    return True
