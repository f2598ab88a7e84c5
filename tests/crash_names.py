"""A crash of the test process names the test it happened in.

pytest's faulthandler plugin prints the Python stack when the process dies of a signal (a segmentation
fault in Qt), but a crash while pytest-qt processes events before or after a test shows only pytest's and
pytest-qt's frames. Each test is therefore run inside a frame whose name is the test's id, which
faulthandler prints with the rest of the stack ("… in test tests/ui/test_x.py::test_y"). Python processes
the tests start (the command line, a second copy of the window) inherit PYTHONFAULTHANDLER and print their
own stacks too.
"""

from __future__ import annotations

import os
import types

import pytest
from _pytest.runner import runtestprotocol

os.environ.setdefault("PYTHONFAULTHANDLER", "1")


def _run(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    runtestprotocol(item, nextitem=nextitem)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> bool:
    """pytest's own protocol (start, set-up, call, tear-down, finish) in a frame named for the test."""
    code = _run.__code__.replace(co_name=f"test {item.nodeid}", co_qualname=f"test {item.nodeid}")
    named = types.FunctionType(code, _run.__globals__)
    item.ihook.pytest_runtest_logstart(nodeid=item.nodeid, location=item.location)
    named(item, nextitem)
    item.ihook.pytest_runtest_logfinish(nodeid=item.nodeid, location=item.location)
    return True
