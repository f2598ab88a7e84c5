"""Files the program derives from something slow to prepare, kept in the user's cache folder.

A cached file is only ever a faster way to what the program can always rebuild: a name must say everything it
was made from (a hash of its inputs), a file is written whole or not at all and ends with a digest of what
it holds, so a file damaged since (a disk error, a copy cut short, another program) is never read as good;
any trouble reading or writing one just means doing the work again — never a failure, never a wrong result.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

KEEP_PER_KIND = 8  # enough for an office that changes its emblem now and then; old ones are removed


def cache_folder() -> Path:
    from itadesk.paths import cache_folder as folder

    return folder()


def key_of(*parts: object) -> str:
    """A short name for everything a cached file was made from."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part if isinstance(part, bytes) else repr(part).encode())
        digest.update(b"\0")
    return digest.hexdigest()[:24]


_DIGEST_SIZE = 32  # SHA-256 of the data, after it in the file (~1 ms for the 1.7 MB dictionary)


def read_cached(kind: str, key: str, suffix: str) -> bytes | None:
    """What `write_cached` stored under this name; None when there is none or it is not what was written."""
    try:
        stored = _path(kind, key, suffix).read_bytes()
    except OSError:
        return None
    data, digest = stored[:-_DIGEST_SIZE], stored[-_DIGEST_SIZE:]
    if len(stored) < _DIGEST_SIZE or hashlib.sha256(data).digest() != digest:
        return None
    return data


def write_cached(kind: str, key: str, suffix: str, data: bytes) -> None:
    """Store `data` atomically (a reader sees the whole file or none), then keep only the newest few."""
    path = _path(kind, key, suffix)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data + hashlib.sha256(data).digest())
        os.replace(temporary, path)
        _remove_old(kind, suffix, path)
    except OSError:
        pass


def _path(kind: str, key: str, suffix: str) -> Path:
    return cache_folder() / f"{kind}-{key}{suffix}"


def _remove_old(kind: str, suffix: str, written: Path) -> None:
    others = [p for p in cache_folder().glob(f"{kind}-*{suffix}") if p != written]
    for old in sorted(others, key=_modified, reverse=True)[KEEP_PER_KIND - 1 :]:
        with contextlib.suppress(OSError):
            old.unlink()


def _modified(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
