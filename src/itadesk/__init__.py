"""ITA Desk: integrity and transparency measures for Thai local offices."""

__version__ = "0.1.0"
