"""A damaged database at start: why, looking at it read-only, restoring a chosen backup."""
