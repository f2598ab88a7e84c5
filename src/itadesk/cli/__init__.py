"""The `itadesk` command line."""
