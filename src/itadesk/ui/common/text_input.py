"""Text typed or pasted into the window's fields, normalised as it comes in (`domain.rules.normalise_text`).

Text copied from Word or a web page carries characters that mean nothing in Thai (zero-width spaces, the BOM,
soft hyphens, no-break spaces); they are taken out or made plain spaces the moment they reach a field, by
the same rule every import follows, so the field shows and saves what a person would read. What the rules
still refuse (bidirectional controls, text over its limit) stays in the field for the form to explain.

A line field gets a validator that normalises (Qt puts the validator's text in the field before any signal
reports the edit); a text box is normalised from its own `textChanged`, connected before anyone else's, so
every later listener reads the normalised text from the box.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor, QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QWidget

from itadesk.domain.rules import normalise_text

# What `normalise_text` can change: characters it removes or makes plain, line ends, and the Thai sequences
# PyThaiNLP's reorder_vowels rewrites (เเ, a tone mark before a vowel, ํ, a following vowel before a tone mark,
# ๅ). Text without any of them is taken as it is without loading PyThaiNLP: a field filled at start-up with
# ordinary Thai must not load it before the first paint.
_MAY_CHANGE = re.compile(
    "[\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u2000-\u200a\u202f\u205f\u3000\r\u2028\u2029\u0e4d\u0e45]"
    "|\u0e40\u0e40|[\u0e48-\u0e4c][\u0e31\u0e34-\u0e37\u0e47\u0e38\u0e39]|[\u0e30\u0e32\u0e33\u0e45][\u0e48-\u0e4b]"
)


def may_change(text: str, *, single_line: bool) -> bool:
    return bool(_MAY_CHANGE.search(text)) or (single_line and ("\t" in text or "\n" in text))


def normalised_with_cursor(text: str, cursor: int, *, single_line: bool) -> tuple[str, int]:
    """`text` normalised, and where the cursor at `cursor` is in it (after the same characters)."""
    if not may_change(text, single_line=single_line):
        return text, cursor
    normal = normalise_text(text, single_line=single_line)
    if normal == text:
        return text, cursor
    before = normalise_text(text[:cursor], single_line=single_line)
    return normal, min(len(before), len(normal))


class NormalisingValidator(QValidator):
    """Accepts any text, normalised: a line field's paste and typing go through it before they show."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        normal, cursor = normalised_with_cursor(text, pos, single_line=True)
        return QValidator.State.Acceptable, normal, cursor


def normalise_line(edit: QLineEdit) -> None:
    if edit.validator() is None:
        edit.setValidator(NormalisingValidator(edit))


def normalise_plain(edit: QPlainTextEdit) -> None:
    """Call before anything else connects to the box's `textChanged`."""
    if edit.property("itadeskNormalised"):
        return
    edit.setProperty("itadeskNormalised", True)
    busy = [False]

    def normalise() -> None:
        if busy[0]:
            return
        text = edit.toPlainText()
        cursor = edit.textCursor()
        normal, position = normalised_with_cursor(text, cursor.position(), single_line=False)
        if normal == text:
            return
        busy[0] = True
        try:
            # One edit block: the user's undo (Ctrl+Z) takes back the paste, not a half of it.
            cursor.beginEditBlock()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(normal)
            cursor.endEditBlock()
            cursor.setPosition(position)
            edit.setTextCursor(cursor)
        finally:
            busy[0] = False

    edit.textChanged.connect(normalise)


def normalise_inputs(form: QWidget) -> None:
    """Every line field and text box inside `form` normalises what is typed or pasted into it."""
    for line in form.findChildren(QLineEdit):
        if isinstance(line.parent(), QAbstractSpinBox):
            continue  # a number box's own field: its validator is the box's
        if not line.isReadOnly() and line.echoMode() == QLineEdit.EchoMode.Normal:
            normalise_line(line)
    for box in form.findChildren(QPlainTextEdit):
        if not box.isReadOnly():
            normalise_plain(box)
