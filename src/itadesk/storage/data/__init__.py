"""The office's data: the tables (`tables`, Core) and the ORM classes mapped onto them (`models`), reading a
whole year or dataset (`loading`), and the record-by-record services over the caller's session (`measures`,
`memos`, `years`, `office`, `settings`, `year_content`, `frameworks`), all taking and returning domain
records."""
