"""Which status a key press in the measures table ticks: 1, 2 and 3 on any keyboard layout.

On the Thai Kedmanee layout the keys marked 1, 2 and 3 send "ๅ", "/" and "-" (with Shift "+", "๑", "๒"), so
Qt's key code alone misses them. A key is taken by its position (the platform's scan code of the 1, 2, 3 keys)
or by what the Thai layout sends for it; the Thai digits ๑ ๒ ๓ count as 1 2 3 too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from itadesk.domain.status import Status

_BY_ORDER = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.DONE)
_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}
# What the three keys send on the Kedmanee layout, and the Thai digits (Shift+2 and Shift+3 there; some
# input methods send them from the keypad).
_TEXTS = {"ๅ": 0, "/": 1, "-": 2, "๑": 0, "๒": 1, "๓": 2}
# The scan codes of the keys marked 1, 2, 3 above the letters, whatever the layout: X11 keycodes, Windows
# set-1 scan codes, macOS virtual key codes (which Qt reports as the native virtual key there).
_SCAN_CODES = {"xcb": (10, 11, 12), "wayland": (10, 11, 12), "windows": (2, 3, 4)}
_MAC_KEYS = (0x12, 0x13, 0x14)


def status_for_key(
    key: int,
    text: str,
    *,
    shift: bool = False,
    keypad: bool = False,
    scan_code: int = 0,
    virtual_key: int = 0,
    platform: str = "",
) -> Status | None:
    """The status a key ticks, or None when the key is not one of them. With Shift only a Thai digit counts
    (Shift+2 on Kedmanee is ๑), so Shift+1 there ("+") ticks nothing."""
    if shift:
        return _BY_ORDER[_TEXTS[text]] if text and text in "๑๒๓" else None
    if key in _KEYS:
        return _BY_ORDER[_KEYS[Qt.Key(key)]]
    if text in _TEXTS and not (keypad and text in "/-"):  # the keypad's / and - are not 2 and 3
        return _BY_ORDER[_TEXTS[text]]
    if scan_code and scan_code in _SCAN_CODES.get(platform, ()):
        return _BY_ORDER[_SCAN_CODES[platform].index(scan_code)]
    if platform == "cocoa" and virtual_key in _MAC_KEYS:
        return _BY_ORDER[_MAC_KEYS.index(virtual_key)]
    return None
