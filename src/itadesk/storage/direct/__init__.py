"""An office's SQLite file read (and, for imports, written) with Python's own `sqlite3`, without SQLAlchemy:
`columns` names every stored column and how its value is kept, `reading` gives back the domain records
`storage.data.loading` gives, for a file of this program's schema. Everything else (a server, an older or
damaged file) goes through `storage.lifecycle.database` as always."""
