"""The printed documents: the memo and the four report tables, laid out as PDF."""

from itadesk import reportlab_patterns

reportlab_patterns.install()  # before anything here imports ReportLab
