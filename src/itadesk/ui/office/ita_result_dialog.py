"""Last year's ITA result, typed from the NACC's report: the overall score (the grade follows), part and
indicator scores, the issues to fix and the recommendations."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from itadesk.domain.framework import Framework, framework_for
from itadesk.domain.model import IndicatorScore, ItaResult, PartScore
from itadesk.domain.rules import MAX_LONG_TEXT_CHARS, score_problem, score_text_problem, text_problem
from itadesk.ui.common.form_guard import ask_to_discard, enter_moves_on
from itadesk.ui.common.screen_fit import fit_window
from itadesk.ui.common.text_input import normalise_inputs

NO_SCORE = -1.0  # the spin boxes' "not given" value, shown as a dash
# The boxes take what is typed beyond 100 so that Save says why it is refused (domain/rules.py), rather than
# the box silently dropping the last digit typed.
TYPED_MAX = 999.99
INVALID_STYLE = "border: 2px solid #c62828;"


def _score_box(parent: QWidget) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(NO_SCORE, TYPED_MAX)
    box.setDecimals(2)
    box.setSpecialValueText("-")
    box.setValue(NO_SCORE)
    return box


def _score(box: QDoubleSpinBox) -> float | None:
    return None if box.value() <= NO_SCORE else round(box.value(), 2)


class ItaResultDialog(QDialog):
    def __init__(
        self,
        result: ItaResult | None,
        fiscal_year: int,
        parent: QWidget | None = None,
        frameworks: Sequence[Framework] = (),
    ) -> None:
        super().__init__(parent)
        self._frameworks = tuple(frameworks)  # the office's own, which win over the program's
        self.setWindowTitle(self.tr("ผลการประเมิน ITA ที่มาตรการปี %d ตอบ") % fiscal_year)
        result = result or ItaResult(assessed_year=fiscal_year - 1)
        self.assessed = QSpinBox(self)
        self.assessed.setRange(2500, 2700)
        self.assessed.setValue(result.assessed_year)
        self.score = _score_box(self)
        self.grade = QLabel(self)
        self.parts: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("ปีที่ประเมิน (พ.ศ.)"), self.assessed)
        form.addRow(self.tr("คะแนนรวม"), self.score)
        form.addRow(self.tr("ระดับผลการประเมิน"), self.grade)
        framework = framework_for(result.assessed_year, self._frameworks)
        given_parts = {p.code: p for p in result.parts}
        for part in framework.parts:
            box = _score_box(self)
            if given_parts.get(part.code) and given_parts[part.code].score is not None:
                box.setValue(given_parts[part.code].score or 0.0)
            self.parts[part.code] = box
            form.addRow(f"{part.code} {part.name}", box)
        self.indicators = QTableWidget(len(framework.indicators), 4, self)
        self.indicators.setHorizontalHeaderLabels(
            [self.tr("ที่"), self.tr("ตัวชี้วัด"), self.tr("คะแนน"), self.tr("ประเด็นที่ต้องแก้ไข/ปรับปรุง")]
        )
        self.indicators.verticalHeader().hide()
        header = self.indicators.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        given = {i.number: i for i in result.indicators}
        for row, info in enumerate(framework.indicators):
            existing = given.get(info.number)
            for column, text in enumerate((str(info.number), info.name)):
                fixed = QTableWidgetItem(text)
                fixed.setFlags(Qt.ItemFlag.ItemIsEnabled)  # the framework's, not the user's to change
                self.indicators.setItem(row, column, fixed)
            score = "" if existing is None or existing.score is None else f"{existing.score:.2f}"
            self.indicators.setItem(row, 2, QTableWidgetItem(score))
            self.indicators.setItem(row, 3, QTableWidgetItem(existing.issue if existing else ""))
        self._framework = framework
        self.recommendations = QPlainTextEdit("\n".join(result.recommendations), self)
        self.recommendations.setPlaceholderText(self.tr("ข้อเสนอแนะ หนึ่งบรรทัดต่อหนึ่งข้อ"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("บันทึก"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("คะแนนรายตัวชี้วัด (พิมพ์ในตาราง)"), self))
        layout.addWidget(self.indicators, 3)
        layout.addWidget(QLabel(self.tr("ข้อเสนอแนะ"), self))
        layout.addWidget(self.recommendations, 1)
        self.problem = QLabel(self)  # why Save was refused, in the import's words
        self.problem.setObjectName("problemLabel")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        fit_window(self, 900, 720)
        normalise_inputs(self)
        enter_moves_on(self)
        self.score.valueChanged.connect(self._show_grade)
        self.assessed.valueChanged.connect(self._show_grade)
        if result.score is not None:
            self.score.setValue(result.score)
        self._given_grade = result.grade
        self._show_grade()
        self._opened = self._typed()

    def _typed(self) -> tuple[ItaResult, list[str]]:
        """What the form holds, including score cells a Save would refuse."""
        cells = [self._cell(row, column) for row in range(self.indicators.rowCount()) for column in (2, 3)]
        return self.result_value(), cells

    def reject(self) -> None:
        """Esc, ยกเลิก and the close button: typed scores are thrown away only when the user says so."""
        saving = self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
        changed = saving and self._typed() != self._opened
        what = self.tr("ผลการประเมินที่พิมพ์ไว้ยังไม่ได้บันทึก ถ้าปิดตอนนี้สิ่งที่พิมพ์จะหายไป")
        if changed and not ask_to_discard(self, what):
            return
        super().reject()

    def _show_grade(self) -> None:
        score = _score(self.score)
        if score is None:
            self.grade.setText(self._given_grade or self.tr("- (ใส่คะแนนรวมแล้วระดับจะขึ้นเอง)"))
        else:
            self.grade.setText(framework_for(self.assessed.value(), self._frameworks).grade_for(score))

    def _cell(self, row: int, column: int) -> str:
        item = self.indicators.item(row, column)
        return item.text().strip() if item is not None else ""

    # -- the rules, kept at the field --------------------------------------------------------------
    def problems(self) -> list[tuple[QWidget, str]]:
        """Each field that breaks a rule the import keeps, with the Thai message the import would give."""
        found: list[tuple[QWidget, str]] = []
        boxes = [(self.tr("คะแนนรวม"), self.score)] + [(code, box) for code, box in self.parts.items()]
        for label, box in boxes:
            value = _score(box)
            problem = None if value is None else score_problem(value)
            if problem:
                found.append((box, f"{label}: {problem}"))
        for row, info in enumerate(self._framework.indicators):
            problem = score_text_problem(self._cell(row, 2))
            if problem:
                found.append((self.indicators, self.tr("ตัวชี้วัดที่ %d: %s") % (info.number, problem)))
            problem = text_problem(self._cell(row, 3), MAX_LONG_TEXT_CHARS)
            if problem:
                found.append((self.indicators, self.tr("ประเด็นของตัวชี้วัดที่ %d: %s") % (info.number, problem)))
        for line in self.recommendations.toPlainText().splitlines():
            problem = text_problem(line, MAX_LONG_TEXT_CHARS)
            if problem:
                found.append((self.recommendations, self.tr("ข้อเสนอแนะ: %s") % problem))
        return found

    def _mark(self, found: list[tuple[QWidget, str]]) -> None:
        marked = {id(widget) for widget, _ in found}
        for widget in [self.score, *self.parts.values(), self.indicators, self.recommendations]:
            widget.setStyleSheet(INVALID_STYLE if id(widget) in marked else "")
        self.problem.setText("\n".join(message for _, message in found))
        self.problem.setVisible(bool(found))
        if found:
            found[0][0].setFocus()

    def accept(self) -> None:
        """Save only values the import takes back: a broken rule marks its field and says why."""
        if self.indicators.state() == QAbstractItemView.State.EditingState:
            self.indicators.setCurrentIndex(QModelIndex())  # a cell still being typed in counts too
        found = self.problems()
        self._mark(found)
        if not found:
            super().accept()

    def set_read_only(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def result_value(self) -> ItaResult:
        indicators = []
        for row, info in enumerate(self._framework.indicators):
            score_text, issue = self._cell(row, 2), self._cell(row, 3)
            try:
                score = float(score_text.replace(",", ".")) if score_text else None
            except ValueError:  # refused by accept(); never saved
                score = None
            if score is not None or issue:
                indicators.append(IndicatorScore(number=info.number, name=info.name, part=info.part,
                                                 score=score, issue=issue))  # fmt: skip
        score = _score(self.score)
        return ItaResult(
            assessed_year=self.assessed.value(),
            score=score,
            grade="" if score is not None else self._given_grade,
            parts=[
                PartScore(code=code, score=_score(box)) for code, box in self.parts.items() if _score(box)
            ],
            indicators=indicators,
            recommendations=[r.strip() for r in self.recommendations.toPlainText().splitlines() if r.strip()],
        )
