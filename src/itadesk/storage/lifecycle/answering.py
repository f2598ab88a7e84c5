"""A psycopg connection that never waits on a silent server for longer than its `answer_timeout`.

The server's statement_timeout stops a statement that runs too long, and TCP keep-alives notice a host that
is gone; neither helps when the server's process is alive but does not answer (stopped, swapped out, a
proxy that accepts and forwards nothing): its kernel still acknowledges every packet. psycopg (3.3) waits for
an answer through `Connection.wait`, which takes a timeout; here every wait gets one. Past it, the
connection is closed (nothing half-done can be committed on it) and an `OperationalError` says the server
did not answer, which `storage.lifecycle.failures` tells the user in Thai.
"""

from __future__ import annotations

from typing import Any, TypeVar

import psycopg
from psycopg import errors

RV = TypeVar("RV")

NO_ANSWER = "itadesk: the server did not answer within {seconds:g} s"


class AnsweringConnection(psycopg.Connection[Any]):
    answer_timeout: float = 40.0

    def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
        limit = self.answer_timeout if timeout is None else min(timeout, self.answer_timeout)
        try:
            return super().wait(gen, interval, limit)
        except errors._WaitTimeout:
            if timeout is not None and timeout <= self.answer_timeout:
                raise  # psycopg's own, shorter timeout: psycopg handles it
            self.pgconn.finish()
            raise psycopg.OperationalError(NO_ANSWER.format(seconds=self.answer_timeout)) from None
