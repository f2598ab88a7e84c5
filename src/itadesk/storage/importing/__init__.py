"""Importing a `Dataset` (an exchange or Word file's records) into the database: the checks before anything is
written (`checks`), what the user decided (`choices`), the import itself (`run`), what it would change without
writing (`plan`) and what it did (`summary`)."""
