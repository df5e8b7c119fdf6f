"""The session: exercise scripts, the pure engine, listening support and safety."""
