"""Saving a previewed report as a Word file: the button beside "บันทึกเป็น PDF…", over a real database."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from itadesk.domain.model import Measure
from itadesk.service.office_data import OfficeData
from itadesk.storage.lifecycle.database import Database
from itadesk.ui.common.background import Background
from itadesk.ui.common.errors import ErrorHub
from itadesk.ui.common.settings import UiSettings
from itadesk.ui.preview.report_preview import ReportPreview
from tests.ui.conftest import office_desk


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[OfficeData]:
    db = Database.open(str(tmp_path / "office.sqlite3"))
    desk = OfficeData(db)
    setup = office_desk()
    org = setup.organization()
    assert org is not None
    desk.save_setup(org, setup.units(), setup.people())
    for n in range(1, 4):
        desk.add_measure(2567, Measure(title=f"มาตรการทดสอบที่ {n}", part="IIT", responsible=["สำนักปลัด"]))
    yield desk
    db.dispose()


def test_a_previewed_report_is_saved_as_word(
    qtbot: QtBot,
    desk: OfficeData,
    errors: ErrorHub,
    background: Background,
    settings: UiSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    preview = ReportPreview(desk, "plan", 2567, 12, errors, background, settings)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.previewReady, timeout=60000):
        preview.show()
    button = preview.preview.word_button
    assert button.isVisible() and button.isEnabled()
    asked: list[str] = []
    chosen = tmp_path / "มาตรการ"  # typed without the extension: .docx is added

    def save_dialog(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(str(args[2]))
        return str(chosen), "ไฟล์ Word (*.docx)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    saved = chosen.with_suffix(".docx")
    assert asked and asked[0].endswith(".docx")  # the suggested name is a Word file's
    assert saved.exists()
    with zipfile.ZipFile(saved) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", document))
    assert "มาตรการทดสอบที่ ๓" in text
    assert "<w:tblHeader/>" in document
    assert preview.preview.status.text() == "บันทึกแล้ว: มาตรการ.docx"
    assert settings.last_folder == str(tmp_path)


def test_a_previewed_report_is_never_saved_into_the_backups_folder(
    qtbot: QtBot, desk: OfficeData, errors: ErrorHub, background: Background, settings: UiSettings
) -> None:
    from itadesk import paths

    preview = ReportPreview(desk, "plan", 2567, 12, errors, background, settings)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.previewReady, timeout=60000):
        preview.show()
    backups = paths.backups_folder()
    backups.mkdir(parents=True, exist_ok=True)
    preview.preview.save_to(backups / "มาตรการ.pdf")
    assert "ไม่เขียนทับ" in errors.last_message and "โฟลเดอร์ไฟล์สำรองอัตโนมัติ" in errors.last_message
    errors.last_message = ""
    preview.preview.save_word_to(backups / "มาตรการ.docx")
    assert "ไม่เขียนทับ" in errors.last_message
    assert list(backups.iterdir()) == []
