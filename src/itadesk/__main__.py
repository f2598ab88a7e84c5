"""Entry point: `itadesk` opens the window, `itadesk COMMAND …` runs the command line."""

from __future__ import annotations

import contextlib
import os
import sys


def main(argv: list[str] | None = None) -> int:
    from itadesk.cli.main import run

    return run(sys.argv[1:] if argv is None else argv)


def _exit_now(code: int) -> None:
    """End a finished process without the interpreter's teardown.

    Every file a command writes is already fsynced and closed when it returns; what is left is freeing the
    segmentation dictionary and ReportLab's caches object by object, which costs a cold `itadesk print memo`
    about 0.3 s. Output streams are flushed first so nothing the user should read is lost.
    """
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def entry() -> None:
    """The `itadesk` executable: a command ends at once; the window's process ends the ordinary way."""
    if getattr(sys, "frozen", False):  # the Windows bundle: a second process (print's reader) starts here
        import multiprocessing

        multiprocessing.freeze_support()
    code = main()
    if "itadesk.app" in sys.modules:  # the window ran: let Qt and the database close down as usual
        sys.exit(code)
    _exit_now(code)


if __name__ == "__main__":
    entry()
