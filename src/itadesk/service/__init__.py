"""The use cases the window and the command line both run, over storage, in plain Python (no Qt).

- `OfficeData` (`service.office_data`): one database, opened with `OfficeData.open` (or given an open
  `Database`); every method is one use case and one unit of work (one session, or one read-only connection
  for what only reads), taking and returning domain records: the office, years, measures (edits, statuses
  with their date and note), the year's content, ITA results, frameworks, memos, the data to print or
  export, importing, the next year, backing up and restoring.
- `service.first_look`: the window's first paint read from an SQLite file with plain `sqlite3`, before
  SQLAlchemy is loaded (the usual start: a whole, writable file of this schema).
- `service.reading`: the data to print read the same way (`storage.direct`), else through `OfficeData`.
- `service.safekeeping`: the backups that need no open database: the automatic one made at every start of
  the window (kept per database, pruned by age), and a backup put in place of a file that cannot be opened.

Layers: domain ← storage ← service ← ui and cli. Nothing here imports ui or cli, and the modules load
storage's ORM only when a use case writes (what only reads, such as `itadesk print` and the window's first
paint, runs without it).
"""
