"""Qt's own strings in Thai: text fields' context menus, the standard buttons, Qt's file and print dialogs.

Qt ships no Thai translation of itself, so the program ships one: `resources/translations/qt_th.ts`, compiled
with `pyside6-lrelease` into `qt_th.qm` beside it (both committed). It is installed once per application.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from itadesk.resources import resource_path

_INSTALLED = "itadesk_qt_thai"


def install_qt_thai(app: QCoreApplication) -> None:
    """Load the Thai translation of Qt's strings into the application (once; a second call does nothing)."""
    if app.property(_INSTALLED):
        return
    translator = QTranslator(app)  # the application owns it: it lives as long as the application
    path = resource_path("translations", "qt_th.qm")
    if not translator.load(str(path)):
        from itadesk.resources import MissingResourceError

        raise MissingResourceError(f"อ่านไฟล์คำแปลภาษาไทยของ Qt ไม่ได้: {path}")
    app.installTranslator(translator)
    app.setProperty(_INSTALLED, True)
