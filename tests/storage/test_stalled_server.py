"""A PostgreSQL server process that stops answering in the middle of the work (SIGSTOP on its backend: the
kernel still acknowledges every packet, so neither keep-alives nor the server's own statement_timeout help):
the program gives up within its answer timeout with a Thai message, and works again once the server does."""

from __future__ import annotations

import contextlib
import os
import signal
import time

import pytest
from sqlalchemy import text

from itadesk.storage import Database, StorageError
from itadesk.storage.lifecycle.database import (
    WINDOW_WAITS,
    answer_timeout,
    postgresql_connect_args,
    resolve_url,
)
from tests.pg import PostgresServer

pytestmark = pytest.mark.postgres


def test_the_connection_asks_libpq_for_timeouts_and_keepalives() -> None:
    args = postgresql_connect_args(resolve_url("postgresql+psycopg://clerk@db.example/itadesk"))
    assert args["connect_timeout"] == 10 and args["keepalives"] == 1 and args["tcp_user_timeout"] == 30000
    assert "statement_timeout=30000" in args["options"]
    own = resolve_url("postgresql+psycopg://c@h/d?connect_timeout=3&options=-c%20statement_timeout%3D2s")
    assert {"connect_timeout", "options"}.isdisjoint(postgresql_connect_args(own))
    assert answer_timeout(own) == 2 + 2
    window = postgresql_connect_args(
        resolve_url("postgresql+psycopg://clerk@db.example/itadesk"), WINDOW_WAITS
    )
    assert window["connect_timeout"] == 4 and "statement_timeout=6000" in window["options"]


def test_a_stopped_backend_is_given_up_on_within_the_timeout(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    url = f"{postgres_url}?connect_timeout=2&options=-c%20statement_timeout%3D1500"
    db = Database.open(url)
    try:
        with db.session() as session:
            backend = int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
            os.kill(backend, signal.SIGSTOP)
            try:
                started = time.monotonic()
                with pytest.raises(StorageError, match="ไม่ตอบ") as refused:
                    session.execute(text("SELECT 1")).all()
                took = time.monotonic() - started
            finally:
                os.kill(backend, signal.SIGCONT)
        assert 1.0 < took < answer_timeout(resolve_url(url)) + 1.5, took
        assert "127.0.0.1" in str(refused.value)
    except StorageError:
        pass  # leaving the session's block may repeat the failure: the point is that nothing hangs
    finally:
        # The backend may already have ended with its session (the stop was answered as a failure): then
        # there is nothing left to wake.
        with contextlib.suppress(ProcessLookupError):
            os.kill(backend, signal.SIGCONT)
    # The server answers again: the next unit of work gets a fresh connection and works.
    with db.session(read_only=True) as session:
        assert session.execute(text("SELECT 1")).scalar_one() == 1
    db.dispose()
