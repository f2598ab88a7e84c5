"""The exchange file (itadesk/1): reading with validation, writing."""
