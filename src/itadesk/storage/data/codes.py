"""New ids for records that come without one (`m-2567-1f3a9c0b`: a prefix, then 8 random hex digits), drawn
together against the ids already used. No SQLAlchemy here: the ORM's import (`lookup.new_codes`) and the one
written through Python's sqlite3 (`storage.direct.importing`) draw them alike, each asking its own connection
which of them are taken."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterable

CODES_PER_QUERY = 500  # codes per IN (…) query, well under every database's parameter limit


def draw_codes(prefix: str, count: int, used: Callable[[list[str]], Iterable[str]]) -> list[str]:
    """`count` fresh ids, all different, none of those `used(chunk)` says are taken (asked per 500)."""
    codes: list[str] = []
    while len(codes) < count:
        taken = set(codes)
        drawn = (f"{prefix}-{secrets.token_hex(4)}" for _ in range(count - len(codes)))
        wanted = list(dict.fromkeys(code for code in drawn if code not in taken))
        found: set[str] = set()
        for start in range(0, len(wanted), CODES_PER_QUERY):
            found.update(used(wanted[start : start + CODES_PER_QUERY]))
        codes += [code for code in wanted if code not in found]
    return codes
