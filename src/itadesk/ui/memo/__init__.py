"""The memo composer: one memo's fields, its approvers, and starting one from an earlier memo."""
