"""Where the program keeps each user's things: every folder is named here, and only here.

                 Windows                                   Linux
    data         %LOCALAPPDATA%\\itadesk\\                   ~/.local/share/itadesk/
                 (itadesk.sqlite3, layout.toml, backups\\, locks\\)
    backups      %LOCALAPPDATA%\\itadesk\\backups\\           ~/.local/share/itadesk/backups/
    settings     %LOCALAPPDATA%\\itadesk\\settings.ini        ~/.config/itadesk/settings.ini
    logs         %LOCALAPPDATA%\\itadesk\\Logs\\              ~/.local/state/itadesk/log/
    cache        %LOCALAPPDATA%\\itadesk\\Cache\\             ~/.cache/itadesk/
                 (files the program can always rebuild; PyThaiNLP's data folder, pythainlp/, inside it)

None of them is inside the program's folder: an upgrade or an uninstall leaves the office's data alone.
The functions only name a folder; whoever writes into one creates it. (On Linux the XDG_*_HOME variables move
them, as for every program; the tests use that.)

Everything the program creates is the user's alone (0600 files, 0700 folders on Linux and macOS): on a PC
several people log into, the office's database, its backups, logs and settings are not for the others to read.
`keep_private()` sets the process's umask to 077 before anything is created, so every file made by us, SQLite
(which gives its -wal and -shm files the database file's own permissions: `findCreateFileMode()` in SQLite's
os_unix.c), Qt (settings.ini) or PyThaiNLP (its data in the cache folder) is born private. On Windows the
per-user profile (%LOCALAPPDATA%) already is.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

APP_NAME = "itadesk"
DATABASE_FILE_NAME = "itadesk.sqlite3"
PRIVATE_UMASK = 0o077
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def keep_private() -> None:
    """From now on, files and folders this process creates are readable by the user alone."""
    os.umask(PRIVATE_UMASK)


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and its missing parents) as 0700; one of ours that an older version left open to
    others (0755) is closed. Raises OSError."""
    missing = [f for f in (folder, *folder.parents) if not f.exists()]
    for each in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            each.mkdir(mode=PRIVATE_FOLDER_MODE)
    _close_to_others(folder)


def write_private_file(path: Path, data: bytes) -> None:
    """Write `data` into a new file readable by the user alone (0600). Raises OSError."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
    _close_to_others(path)


def _close_to_others(place: Path) -> None:
    if os.name != "posix":
        return
    try:
        status = place.stat()
        if status.st_uid == os.geteuid() and status.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            place.chmod(stat.S_IMODE(status.st_mode) & ~(stat.S_IRWXG | stat.S_IRWXO))
    except OSError:
        pass  # not there, or not ours: nothing to close


def data_folder() -> Path:
    """The database (SQLite), the office's layout.toml, backups and the single-instance locks."""
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    return data_folder() / DATABASE_FILE_NAME


def backups_folder() -> Path:
    """The automatic backups made when the window opens."""
    return data_folder() / "backups"


def locks_folder() -> Path:
    return data_folder() / "locks"


def settings_file() -> Path:
    """The window's settings (size, last year, last folder), an INI file."""
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "settings.ini"


def logs_folder() -> Path:
    """Crash logs: what went wrong, for the person who supports the office."""
    import platformdirs

    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def cache_folder() -> Path:
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME, appauthor=False)


def point_pythainlp_at_cache() -> None:
    """PyThaiNLP creates a data folder when it is imported, ~/pythainlp-data unless told otherwise: tell it to
    use one inside the program's cache folder. Called before pythainlp is first imported (itadesk.thai); a
    folder the user chose with PyThaiNLP's own variables is left as it is."""
    if not (os.environ.get("PYTHAINLP_DATA") or os.environ.get("PYTHAINLP_DATA_DIR")):
        os.environ["PYTHAINLP_DATA"] = str(cache_folder() / "pythainlp")
