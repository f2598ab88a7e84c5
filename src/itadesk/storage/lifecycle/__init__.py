"""The database's life: opening it (SQLite file or PostgreSQL server), migrating it, checking it, backing it
up and restoring it, and where an output may be written beside it.

This package is the one owner of a database's connections and files: nothing else opens, reads, copies or
renames the live SQLite file, its -wal or -shm (`database_file`). Passwords (`passwords`), failures told in
Thai (`failures`) and a silent server (`answering`) are handled here too, where the connections are made."""
