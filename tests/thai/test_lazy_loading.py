"""The segmentation dictionary (0.4–1 s, ~70 MiB) is never loaded just by importing or measuring text."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from itadesk.thai import dates, digits, drawing, fonts, paragraph
drawing.text_width("บันทึกข้อความ", fonts.REGULAR, 16)
dates.format_date_full(__import__("datetime").date(2023, 11, 22), "thai")
from itadesk.thai import segment
print(segment.dictionary_loaded(), "pythainlp.corpus" in sys.modules)
"""


def test_importing_and_measuring_do_not_load_the_dictionary() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]
