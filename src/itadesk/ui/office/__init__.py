"""The office's own dialogs: first-run set-up, the ITA result, what the next fiscal year moved."""
