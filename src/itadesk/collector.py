"""Python's cycle collector around start-up: resting while libraries load, then never rescanning them.

Loading SQLAlchemy, ReportLab, PyThaiNLP or Qt allocates hundreds of thousands of objects and frees almost
none, so the collections it triggers find nothing and cost a cold start about a tenth of its import time. A
program rests the collector before loading (`rest`), and once loaded (`resume`) moves what it loaded out of
the collector's sight for good (`gc.freeze`) and turns it back on; `release` hands the frozen objects back,
for a caller that lives on (the tests).
"""

from __future__ import annotations

import gc


def rest() -> None:
    gc.disable()


def resume() -> None:
    """Start-up is over: what is loaded now stays loaded; collect what comes after as usual. Idempotent."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def release() -> None:
    resume()
    gc.unfreeze()
