"""Session records: the event log, the transcript, the reports."""
