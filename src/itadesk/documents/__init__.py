"""The printed documents: the memo and the four report tables, laid out as PDF."""
