"""Find the program's resources (fonts, Designer forms) in one place.

`resources/` sits at the top of the source tree. A wheel carries it as `itadesk/_resources`, a frozen bundle
(PyInstaller) next to the executable. Everything that needs a resource file asks this module.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


class MissingResourceError(RuntimeError):
    """A file the program ships with is not where it should be: the installation is broken."""


@cache
def resources_dir() -> Path:
    candidates = [
        _PACKAGE_DIR / "_resources",  # installed wheel
        _PACKAGE_DIR.parent.parent / "resources",  # source checkout (src layout)
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise MissingResourceError(
        "ไม่พบโฟลเดอร์ resources ของโปรแกรม (ติดตั้งไม่สมบูรณ์) — ค้นหาที่: " + ", ".join(map(str, candidates))
    )


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. resource_path("fonts", "THSarabunNew-Regular.ttf")."""
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise MissingResourceError(f"ไม่พบไฟล์ของโปรแกรม: {path}")
    return path
