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
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "itadesk"
DATABASE_FILE_NAME = "itadesk.sqlite3"


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
