"""The editor beside the table: one measure's fields, its steps, units and dated results."""
