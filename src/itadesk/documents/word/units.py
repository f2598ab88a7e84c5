"""Lengths as WordprocessingML counts them: twips (1/20 pt), half-points for font sizes, EMU for pictures."""

from __future__ import annotations

from itadesk.documents.layout import CM

EMU_PER_PT = 12700


def twips(points: float) -> int:
    return round(points * 20)


def twips_cm(cm: float) -> int:
    return twips(cm * CM)


def half_points(points: float) -> int:
    return round(points * 2)


def emu(points: float) -> int:
    return round(points * EMU_PER_PT)
