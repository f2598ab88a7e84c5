"""The office's domain: statuses, fiscal years, grades, the ITA catalogue, the records. No Qt, no database."""
