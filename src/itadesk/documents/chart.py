"""A horizontal bar chart of the indicator scores (0–100), labels through the Thai engine."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable

from itadesk.documents.layout import CM, ChartLayout
from itadesk.thai.drawing import draw_text, text_width
from itadesk.thai.fonts import REGULAR

AXIS_TICKS = (0, 25, 50, 75, 100)


class ScoreChart(Flowable):  # type: ignore[misc]
    """One bar per indicator: the label on the left, the bar scaled to 0–100, the score at its end."""

    def __init__(
        self, bars: Sequence[tuple[str, float, str]], c: ChartLayout, axis_labels: Sequence[str]
    ) -> None:
        """`bars`: (label, score, score as printed); `axis_labels`: the printed 0, 25, 50, 75, 100."""
        super().__init__()
        self._bars = list(bars)
        self._c = c
        self._axis_labels = list(axis_labels)
        self.plain_text = " ".join(label for label, _, _ in bars)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        pitch = self._c.bar_height_pt + self._c.bar_gap_pt
        self.height = len(self._bars) * pitch + self._c.axis_size_pt * 2
        return avail_width, self.height

    def draw(self) -> None:
        c = self._c
        canvas = self.canv
        label_w = c.label_width_cm * CM
        plot_x = label_w + 6
        plot_w = max(10.0, self.width - plot_x - c.value_width_cm * CM)
        pitch = c.bar_height_pt + c.bar_gap_pt
        axis_y = c.axis_size_pt * 2
        size = c.axis_size_pt
        for i, (label, score, printed) in enumerate(self._bars):
            y = self.height - (i + 1) * pitch + c.bar_gap_pt / 2
            baseline = y + (c.bar_height_pt - size * 0.6) / 2
            draw_text(canvas, label_w, baseline, _fit(label, label_w, size), REGULAR, size, "right")
            bar_w = plot_w * max(0.0, min(score, 100.0)) / 100
            canvas.setFillColor(colors.HexColor(c.bar_fill))
            canvas.rect(plot_x, y, bar_w, c.bar_height_pt, stroke=0, fill=1)
            canvas.setFillColor(colors.black)
            draw_text(canvas, plot_x + bar_w + 4, baseline, printed, REGULAR, size)
        canvas.setLineWidth(0.5)
        canvas.line(plot_x, axis_y, plot_x + plot_w, axis_y)
        canvas.line(plot_x, axis_y, plot_x, self.height)
        for value, printed in zip(AXIS_TICKS, self._axis_labels, strict=True):
            x = plot_x + plot_w * value / 100
            canvas.line(x, axis_y, x, axis_y - 3)
            draw_text(canvas, x, axis_y - 3 - size, printed, REGULAR, size, "center")


def _fit(label: str, width: float, size: float) -> str:
    """Shorten a label that would run into the bars, with an ellipsis (the table above has it whole)."""
    if text_width(label, REGULAR, size) <= width:
        return label
    label = label[: int(width / (size * 0.1))]  # no glyph is narrower than 0.1 em: skip what cannot fit
    while label and text_width(label + "…", REGULAR, size) > width:
        label = label[:-1]
    return label + "…"
